/**
 * Money and dates on the public funding page in whichever of the public site's languages is being
 * read (the staff pages' formatters know only English and Urdu). Pure but for Intl.
 */
import type { PublicLanguage } from "../i18n/i18n.js";

const locales: Record<PublicLanguage, string> = { en: "en-GB", ur: "ur-PK", pa: "pa-IN", bn: "bn-BD", ar: "ar", pl: "pl-PL" };

/** Whole pounds when the amount is whole (a grant of £45,000), else with pence. */
export function publicPounds(pence: number, language: PublicLanguage): string {
  const isWhole = pence % 100 === 0;
  return new Intl.NumberFormat(locales[language], { style: "currency", currency: "GBP", minimumFractionDigits: isWhole ? 0 : 2, maximumFractionDigits: isWhole ? 0 : 2 }).format(pence / 100);
}

/** A calendar day (`YYYY-MM-DD`) as "1 April 2026" in the reader's language. */
export function publicDay(day: string, language: PublicLanguage): string {
  return new Intl.DateTimeFormat(locales[language], { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));
}
