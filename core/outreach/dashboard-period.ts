/**
 * The periods outreach figures are shown for, in London days (`YYYY-MM-DD`): the last 12 months
 * (the default: from the first of the month eleven months back to today, so a chart shows twelve
 * months, the current one last), this quarter so far, and the last whole quarter; and the months
 * a period touches. Pure: the caller gives today.
 */
import { addDays } from "../instruments/reassessment.js";

export interface DayPeriod {
  from: string;
  to: string;
}

const monthIndex = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
const monthStart = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}-01`;
const lastDayOfMonth = (index: number) => addDays(monthStart(index + 1), -1);

/** The first day of the month `months` before the month holding `day` (negative: after). */
export const monthStartBefore = (day: string, months: number): string => monthStart(monthIndex(day) - months);

export const lastTwelveMonths = (today: string): DayPeriod => ({ from: monthStartBefore(today, 11), to: today });

/** This quarter (January, April, July, October) so far, or with `quartersBack` the whole quarter that many back. */
export function quarter(today: string, quartersBack = 0): DayPeriod {
  const first = monthIndex(today) - (monthIndex(today) % 3) - quartersBack * 3;
  return { from: monthStart(first), to: quartersBack === 0 ? today : lastDayOfMonth(first + 2) };
}

/** Each month (`YYYY-MM`) the period touches, in order. */
export function monthsOf(period: DayPeriod): string[] {
  const months: string[] = [];
  for (let index = monthIndex(period.from); index <= monthIndex(period.to); index += 1) months.push(monthStart(index).slice(0, 7));
  return months;
}
