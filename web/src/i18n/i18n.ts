/**
 * i18next set up with the staff UI catalogues. The language decides the document's `lang` and `dir`
 * (Urdu reads right to left); before sign-in the choice is remembered in localStorage, after sign-in
 * the server's saved preference wins.
 */
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { languageSchema, type Language } from "../../../core/api/auth.js";
import en from "./en.json";
import ur from "./ur.json";

export const catalogues: Record<Language, Record<string, unknown>> = { en, ur };

const storageKey = "pathways.language";

export function directionOf(language: Language): "ltr" | "rtl" {
  return language === "ur" ? "rtl" : "ltr";
}

/** The language to start in: the last one chosen on this device, else the browser's, else English. */
export function initialLanguage(): Language {
  const stored = languageSchema.safeParse(readStorage());
  if (stored.success) return stored.data;
  return navigator.language.toLowerCase().startsWith("ur") ? "ur" : "en";
}

export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // Storage can be blocked (private mode, policy); the choice then lasts for this page only.
  }
}

function readStorage(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

/** The active language, narrowed to the ones the staff UI supports. */
export function currentLanguage(): Language {
  const parsed = languageSchema.safeParse(i18next.resolvedLanguage ?? i18next.language);
  return parsed.success ? parsed.data : "en";
}

function applyToDocument(language: Language): void {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

export async function initI18n(): Promise<typeof i18next> {
  const language = initialLanguage();
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, ur: { translation: ur } },
    lng: language,
    fallbackLng: "en",
    supportedLngs: ["en", "ur"],
    // React escapes text already.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyToDocument(language);
  i18next.on("languageChanged", () => applyToDocument(currentLanguage()));
  return i18next;
}
