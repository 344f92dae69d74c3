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

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(locales[language]).format(value);
}

/** Formatters bound to the current language; re-render on language change through useTranslation. */
export function useFormat() {
  useTranslation();
  const language = currentLanguage();
  return {
    dateTime: (iso: string) => formatDateTime(iso, language),
    date: (iso: string) => formatDate(iso, language),
    number: (value: number) => formatNumber(value, language),
  };
}
