/** A London month (`YYYY-MM`) named in the reader's language: "May" and "May 2026". */
import { currentLanguage } from "../../i18n/i18n.js";

const locales = { en: "en-GB", ur: "ur-PK" } as const;
const readerLocale = (): string => locales[currentLanguage()];

const middleOf = (month: string) => new Date(`${month}-15T12:00:00Z`);

export function monthShort(month: string): string {
  return new Intl.DateTimeFormat(readerLocale(), { month: "short", timeZone: "UTC" }).format(middleOf(month));
}

export function monthLong(month: string): string {
  return new Intl.DateTimeFormat(readerLocale(), { month: "long", year: "numeric", timeZone: "UTC" }).format(middleOf(month));
}

export const yearOf = (month: string): string => month.slice(0, 4);
