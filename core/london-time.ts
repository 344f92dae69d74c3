/**
 * The London calendar, where the organisation works: which day an instant falls on, and the
 * instants a London day starts and ends. London is UTC (GMT) in winter and UTC+1 (BST) in summer,
 * and never changes its clocks at midnight, so a day's first and last instant are each one of two
 * guesses. Dates are written `YYYY-MM-DD`.
 */

const londonDate = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" });

/** `YYYY-MM-DD` of `at` in London. */
export const londonDay = (at: Date): string => londonDate.format(at);

/** 00:00 on `day` in London, as an instant. */
export function startOfLondonDay(day: string): Date {
  const midnightUtc = new Date(`${day}T00:00:00.000Z`);
  const summerMidnight = new Date(midnightUtc.getTime() - 3_600_000);
  return londonDay(summerMidnight) === day ? summerMidnight : midnightUtc;
}

/** 23:59:59.999 on `day` in London, as an instant. */
export function endOfLondonDay(day: string): Date {
  const asIfGmt = new Date(`${day}T23:59:59.999Z`);
  // If the GMT guess already falls on the next London day, BST applies.
  return londonDay(asIfGmt) === day ? asIfGmt : new Date(asIfGmt.getTime() - 3_600_000);
}

/** The first day of the London month holding `day`, and of the month after. */
export function londonMonth(day: string): { start: string; next: string } {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, "0")}-01`;
  return { start: `${day.slice(0, 7)}-01`, next };
}

const londonClock = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

/**
 * The instant a London wall-clock time (`HH:MM`) happens on `day`. In the hour the clocks go
 * forward (01:00 to 02:00 on the last Sunday of March) no such time exists, and the time an hour
 * later is given; in the hour that happens twice in October, the first (summer time) is given.
 */
export function londonInstant(day: string, time: string): Date {
  const asIfGmt = new Date(`${day}T${time}:00.000Z`);
  for (const candidate of [new Date(asIfGmt.getTime() - 3_600_000), asIfGmt]) {
    if (londonDay(candidate) === day && londonClock.format(candidate) === time) return candidate;
  }
  // In the spring gap: the same wall-clock reading an hour on.
  return asIfGmt;
}
