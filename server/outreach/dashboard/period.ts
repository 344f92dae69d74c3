/**
 * The London days a dashboard or partner summary covers: as asked, or by default the last 12
 * months (from the first of the month eleven months back to today, so the charts show twelve whole
 * or current months). At most three years, and an end before the start is refused naming `to`.
 */
import { maxDashboardDays } from "../../../core/api/outreach-dashboard.js";
import { addDays } from "../../../core/instruments/reassessment.js";
import { endOfLondonDay, londonDay, startOfLondonDay } from "../../../core/london-time.js";
import { lastTwelveMonths } from "../../../core/outreach/dashboard-period.js";
import { AppError } from "../../http/errors.js";

export interface Period {
  from: string;
  to: string;
  /** The first and last instants of the period. */
  starts: Date;
  ends: Date;
}

export function resolvePeriod(asked: { from?: string | undefined; to?: string | undefined }, now: Date): Period {
  const to = asked.to ?? londonDay(now);
  const from = asked.from ?? lastTwelveMonths(to).from;
  if (to < from) throw new AppError("validation_failed", "The end cannot be before the start.", { fields: [{ path: "query.to", message: "The end cannot be before the start." }] });
  if (addDays(from, maxDashboardDays - 1) < to) throw new AppError("validation_failed", "At most three years at once.", { fields: [{ path: "query.to", message: "At most three years at once." }] });
  return { from, to, starts: startOfLondonDay(from), ends: endOfLondonDay(to) };
}
