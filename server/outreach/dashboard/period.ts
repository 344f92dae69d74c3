/**
 * The London days a dashboard or partner summary covers: as asked, or by default the last 12
 * months (from the first of the month eleven months back to today, so the charts show twelve whole
 * or current months). At most three years, and an end before the start is refused naming `to`.
 */
import { maxDashboardDays } from "../../../core/api/outreach-dashboard.js";
import { addDays } from "../../../core/instruments/reassessment.js";
import { endOfLondonDay, londonDay, startOfLondonDay } from "../../../core/london-time.js";
import { AppError } from "../../http/errors.js";

export interface Period {
  from: string;
  to: string;
  /** The first and last instants of the period. */
  starts: Date;
  ends: Date;
}

/** The first day of the month `months` before the month holding `day`. */
export function monthsBefore(day: string, months: number): string {
  const index = Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1 - months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}-01`;
}

export function resolvePeriod(asked: { from?: string | undefined; to?: string | undefined }, now: Date): Period {
  const to = asked.to ?? londonDay(now);
  const from = asked.from ?? monthsBefore(to, 11);
  if (to < from) throw new AppError("validation_failed", "The end cannot be before the start.", { fields: [{ path: "query.to", message: "The end cannot be before the start." }] });
  if (addDays(from, maxDashboardDays - 1) < to) throw new AppError("validation_failed", "At most three years at once.", { fields: [{ path: "query.to", message: "At most three years at once." }] });
  return { from, to, starts: startOfLondonDay(from), ends: endOfLondonDay(to) };
}

/** Each London month (YYYY-MM) the period touches, in order. */
export function monthsOf(period: Pick<Period, "from" | "to">): string[] {
  const months: string[] = [];
  for (let first = `${period.from.slice(0, 7)}-01`; first <= period.to; first = monthsBefore(first, -1)) months.push(first.slice(0, 7));
  return months;
}
