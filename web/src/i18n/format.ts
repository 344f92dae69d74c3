/** Dates and numbers written the way each language writes them. */
import { useTranslation } from "react-i18next";
import type { Language } from "../../../core/api/auth.js";
import { currentLanguage } from "./i18n.js";

const locales: Record<Language, string> = { en: "en-GB", ur: "ur-PK" };

export function formatDateTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(locales[language], { dateStyle: "medium", timeStyle: "short", hourCycle: "h23" }).format(new Date(iso));
}

export function formatDate(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(locales[language], { dateStyle: "medium" }).format(new Date(iso));
}

/** A calendar day such as 2025-03-14 (an assessment's date), read as that day wherever the reader is. */
export function formatDay(isoDate: string, language: Language): string {
  return new Intl.DateTimeFormat(locales[language], { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}

/** The calendar day of a moment where the reader is, as YYYY-MM-DD (today's date for a form). */
export function localIsoDate(moment: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** The time of day, "10:42", for "Saved at 10:42". */
export function formatTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(locales[language], { timeStyle: "short", hourCycle: "h23" }).format(new Date(iso));
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(locales[language]).format(value);
}

/** Each unit and how many of it make the next one up. */
const relativeSteps: [Intl.RelativeTimeFormatUnit, number][] = [
  ["minute", 60],
  ["hour", 24],
  ["day", 7],
  ["week", 4.35],
  ["month", 12],
  ["year", Number.POSITIVE_INFINITY],
];

/** "3 days ago", "in 2 hours": how far `iso` is from `now`, in the largest unit that fits. */
export function formatRelative(iso: string, language: Language, now: Date = new Date()): string {
  let amount = (new Date(iso).getTime() - now.getTime()) / 60_000;
  let unit: Intl.RelativeTimeFormatUnit = "minute";
  for (const [stepUnit, size] of relativeSteps) {
    unit = stepUnit;
    if (Math.abs(amount) < size) break;
    amount /= size;
  }
  return new Intl.RelativeTimeFormat(locales[language], { numeric: "auto" }).format(Math.round(amount), unit);
}

/**
 * A value inside a sentence that may run the other way — a Latin name, a site or a date in Urdu, a
 * reason typed in either script — wrapped in Unicode isolates so that it keeps its own direction
 * and does not pull neighbouring words or punctuation into it.
 */
export const isolate = (value: string): string => `\u2068${value}\u2069`;

/** A reference (C-7K2M-9QXP) inside a sentence: isolated, and never broken over two lines at a hyphen. */
export const isolateReference = (value: string): string => isolate(value.replaceAll("-", "\u2011"));

/** Formatters bound to the current language; re-render on language change through useTranslation. */
export function useFormat() {
  useTranslation();
  const language = currentLanguage();
  return {
    dateTime: (iso: string) => formatDateTime(iso, language),
    date: (iso: string) => formatDate(iso, language),
    time: (iso: string) => formatTime(iso, language),
    day: (isoDate: string) => formatDay(isoDate, language),
    number: (value: number) => formatNumber(value, language),
    relative: (iso: string) => formatRelative(iso, language),
  };
}
