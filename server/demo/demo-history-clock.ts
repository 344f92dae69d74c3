/**
 * Days and times for the demo history, on the London calendar the organisation works to: the
 * fifteen months it covers, weekdays, and wall-clock times turned into instants.
 *
 * The history handles tens of thousands of instants, so London's offset is worked out here from
 * the rule (British Summer Time from 01:00 UTC on the last Sunday of March to 01:00 UTC on the
 * last Sunday of October) rather than through Intl for each one; the test checks it agrees with
 * core/london-time.ts. Wall-clock times are only ever office and evening hours, never the hour
 * the clocks change.
 */

const dayMs = 86_400_000;
const hourMs = 3_600_000;
const summerTimes = new Map<number, readonly [number, number]>();

/** When British Summer Time starts and ends in `year`, as UTC milliseconds. */
function summerTimeOf(year: number): readonly [number, number] {
  const known = summerTimes.get(year);
  if (known) return known;
  const lastSunday = (month: number) => {
    const last = new Date(Date.UTC(year, month + 1, 0));
    return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
  };
  const range = [lastSunday(2), lastSunday(9)] as const;
  summerTimes.set(year, range);
  return range;
}

const isSummerTime = (ms: number): boolean => {
  const [starts, ends] = summerTimeOf(Number(dayText(ms).slice(0, 4)));
  return ms >= starts && ms < ends;
};

// Days as text and as UTC milliseconds, each worked out once: the history asks for a few
// hundred distinct days tens of thousands of times.
const texts = new Map<number, string>();
const numbers = new Map<string, number>();

function dayText(ms: number): string {
  const index = Math.floor(ms / dayMs);
  let text = texts.get(index);
  if (text === undefined) {
    text = new Date(index * dayMs).toISOString().slice(0, 10);
    texts.set(index, text);
  }
  return text;
}

function dayNumber(day: string): number {
  let ms = numbers.get(day);
  if (ms === undefined) {
    ms = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
    numbers.set(day, ms);
  }
  return ms;
}

/** `YYYY-MM-DD` of `instant` in London. */
export const londonDay = (instant: Date): string => dayText(instant.getTime() + (isSummerTime(instant.getTime()) ? hourMs : 0));

export const addDays = (day: string, days: number): string => dayText(dayNumber(day) + days * dayMs);

/** How many calendar months the history covers, the current one included. */
export const historyMonths = 15;

/** `YYYY-MM` of `at` in London. */
export const monthOf = (at: Date): string => londonDay(at).slice(0, 7);

/** The month `offset` months after `month` (`YYYY-MM`). */
export function shiftMonth(month: string, offset: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** The history's months, oldest first, ending with the month of `now`. */
export const windowMonths = (now: Date): string[] => Array.from({ length: historyMonths }, (_, i) => shiftMonth(monthOf(now), i - historyMonths + 1));

export function daysIn(month: string): number {
  return new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
}

/** 0 for Sunday to 6 for Saturday (1 January 1970 was a Thursday). */
export const weekdayOf = (day: string): number => (((dayNumber(day) / dayMs + 4) % 7) + 7) % 7;

export const isWeekday = (day: string): boolean => {
  const weekday = weekdayOf(day);
  return weekday !== 0 && weekday !== 6;
};

/** `day` itself if it is a weekday, else the Monday after. */
export function weekdayFrom(day: string): string {
  let next = day;
  while (!isWeekday(next)) next = addDays(next, 1);
  return next;
}

/** The `count`-th weekday after `day`. */
export function weekdaysAfter(day: string, count: number): string {
  let next = day;
  for (let left = count; left > 0; ) {
    next = addDays(next, 1);
    if (isWeekday(next)) left -= 1;
  }
  return next;
}

/** The instant of `hour:minute` London time on `day` (an hour from 03:00 on, where the offset is the day's). */
export function at(day: string, hour: number, minute = 0): Date {
  const asIfGmt = dayNumber(day) + hour * hourMs + minute * 60_000;
  return new Date(asIfGmt - (isSummerTime(dayNumber(day) + 12 * hourMs) ? hourMs : 0));
}

export const plusMinutes = (instant: Date, minutes: number): Date => new Date(instant.getTime() + minutes * 60_000);

export const daysBetween = (from: string, to: string): number => Math.round((dayNumber(to) - dayNumber(from)) / dayMs);

/** The UK financial year (1 April to 31 March) holding `day`, as its first and last days. */
export function financialYearOf(day: string): { startsOn: string; endsOn: string } {
  const year = Number(day.slice(0, 4));
  const first = Number(day.slice(5, 7)) >= 4 ? year : year - 1;
  return { startsOn: `${first}-04-01`, endsOn: `${first + 1}-03-31` };
}
