/**
 * Outreach happens in London, so its pages show London times and London days whatever the
 * reader's device says: the week shown (Monday to Sunday), a day's heading, a time of day.
 */
import { addDays } from "../../../../core/instruments/reassessment.js";
import { londonDay } from "../../../../core/london-time.js";
import { weekdayOf } from "../../../../core/outreach/schedule.js";
import { currentLanguage } from "../../i18n/i18n.js";

const locales = { en: "en-GB", ur: "ur-PK" } as const;

/** The locale outreach's dates and months are written in, by the reader's language. */
export const readerLocale = (): string => locales[currentLanguage()];

/** Whether an address's value is a day written `YYYY-MM-DD`, as a date box gives it. */
export const isDay = (value: string | null): value is string => value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value);

export const todayInLondon = (): string => londonDay(new Date());

/** The Monday of the week holding `day`. */
export const mondayOf = (day: string): string => addDays(day, 1 - weekdayOf(day));

export { addDays };

/** "Friday 27 March". */
export function dayHeading(day: string): string {
  return new Intl.DateTimeFormat(readerLocale(), { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" }).format(new Date(`${day}T12:00:00Z`));
}

/** "13:00", as the clocks in London show it. */
export function londonTime(iso: string): string {
  return new Intl.DateTimeFormat(readerLocale(), { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "Europe/London" }).format(new Date(iso));
}

/** The London day and wall-clock time of an instant, for a form's date and time fields. */
export function londonParts(iso: string): { day: string; time: string } {
  const time = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "Europe/London" }).format(new Date(iso));
  return { day: londonDay(new Date(iso)), time };
}

/** "Fri 9 May 2026, 13:00", as the clocks in London showed it: when a session started. */
export function londonDayTime(iso: string): string {
  return new Intl.DateTimeFormat(readerLocale(), { weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "Europe/London" }).format(new Date(iso));
}

/** "Fri 27 March 2026", for lists that reach back past this year. */
export function dayWithYear(day: string): string {
  return new Intl.DateTimeFormat(readerLocale(), { weekday: "short", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${day}T12:00:00Z`));
}

/** "13:00–14:30" kept left to right inside Urdu text, so the start stays first. */
export const timeRange = (text: string): string => `\u2066${text}\u2069`;
