/**
 * When a data-rights request must be answered. The rules are the ICO's, for subject access and
 * likewise for erasure and restriction (UK GDPR Art 12(3)); source:
 * https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/individual-rights/right-of-access/what-should-we-consider-when-responding-to-a-request/
 *
 * - The clock starts on the day the request is received, whatever day of the week that is. If
 *   identity had to be confirmed first, it starts the day that was done: the register counts from
 *   the day logged as received, so the officer logs that day.
 * - The deadline is the corresponding calendar date in the next month; if the next month has no
 *   such date (a request received on 31 January), it is the last day of that month.
 * - If that day falls on a weekend or a bank holiday, the deadline is the next working day.
 * - It may be extended by two further months (counted the same way from the day received) if the
 *   request is complex or the person has made a number of requests; the person must be told of
 *   the extension, and why, within the first month.
 *
 * Days are `YYYY-MM-DD` in the London calendar; nothing here reads a clock.
 */

const DAY_MS = 86_400_000;

function parts(day: string): { year: number; month: number; date: number } {
  return { year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)), date: Number(day.slice(8, 10)) };
}

const format = (year: number, month: number, date: number): string =>
  `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(date).padStart(2, "0")}`;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The corresponding date `months` calendar months after `day`, or that month's last day if it has none. */
export function addCalendarMonths(day: string, months: number): string {
  const { year, month, date } = parts(day);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return format(targetYear, targetMonth, Math.min(date, daysInMonth(targetYear, targetMonth)));
}

/** The day `days` days after `day`. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The day after `day`. */
export const nextDay = (day: string): string => addDays(day, 1);

function isWorkingDay(day: string, holidays: ReadonlySet<string>): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(day);
}

/** `day`, or the first working day after it. */
export function onOrAfterWorkingDay(day: string, holidays: ReadonlySet<string> = new Set()): string {
  let candidate = day;
  while (!isWorkingDay(candidate, holidays)) candidate = nextDay(candidate);
  return candidate;
}

/** The deadline of a request received (or whose clock started) on `receivedOn`: one calendar month. */
export function responseDueOn(receivedOn: string, holidays: ReadonlySet<string> = new Set()): string {
  return onOrAfterWorkingDay(addCalendarMonths(receivedOn, 1), holidays);
}

/** The deadline after an extension by two further months: three calendar months from receipt. */
export function extendedDueOn(receivedOn: string, holidays: ReadonlySet<string> = new Set()): string {
  return onOrAfterWorkingDay(addCalendarMonths(receivedOn, 3), holidays);
}

/** Whole days from `today` to `dueOn`: 0 on the day itself, negative once it has passed. */
export function daysLeft(today: string, dueOn: string): number {
  return Math.round((Date.parse(`${dueOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
}

/** Seven days or fewer left: the dashboard marks it due soon (the ICO's 28-day working clock leaves a few spare days). */
export const dueSoonDays = 7;

export type Urgency = "overdue" | "due_soon" | "on_track";

export function urgencyOf(today: string, dueOn: string): Urgency {
  const left = daysLeft(today, dueOn);
  if (left < 0) return "overdue";
  return left <= dueSoonDays ? "due_soon" : "on_track";
}

/**
 * Whether an extension may be recorded: the person must be told within the first month, so the
 * day they were told must be on or after the day received and no later than the original deadline.
 */
export function isExtensionNoticeInTime(receivedOn: string, toldOn: string, holidays: ReadonlySet<string> = new Set()): boolean {
  return toldOn >= receivedOn && toldOn <= responseDueOn(receivedOn, holidays);
}
