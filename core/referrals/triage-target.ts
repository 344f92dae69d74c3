/**
 * When a referral must be triaged by: a number of working days after it arrived, counted on the
 * London calendar (weekends and the organisation's listed bank holidays are not working days).
 */

import { endOfLondonDay, londonDay } from "../london-time.js";

/** Kept here too: much of the app reads the London day from this module. */
export { londonDay };

function isWorkingDay(day: string, holidays: ReadonlySet<string>): boolean {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(day);
}

function nextDay(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/**
 * The due moment: the end (23:59:59 London) of the `workingDays`-th working day after the day the
 * referral arrived. A referral arriving on a Friday with a 2-day target is due by Tuesday night.
 */
export function triageDueAt(receivedAt: Date, workingDays: number, holidays: ReadonlySet<string> = new Set()): Date {
  let day = londonDay(receivedAt);
  let remaining = workingDays;
  while (remaining > 0) {
    day = nextDay(day);
    if (isWorkingDay(day, holidays)) remaining -= 1;
  }
  return endOfLondonDay(day);
}
