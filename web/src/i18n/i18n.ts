/**
 * i18next set up with the catalogues. The staff UI speaks English and Urdu; the public pages (get
 * help, the referral form, the status check) also speak Punjabi, Bengali, Arabic and Polish, whose
 * catalogues hold only the public pages' messages. The language decides the document's `lang` and
 * `dir` (Urdu and Arabic read right to left); the choice is remembered on this device, and after
 * sign-in the server's saved preference wins.
 */
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { languageSchema, type Language } from "../../../core/api/auth.js";
import { catalogueFiles } from "./catalogue-files.js";

/** Every language the app has text in, in the order the public language picker shows them. */
export const publicLanguages = ["en", "ur", "pa", "bn", "ar", "pl"] as const;
export type PublicLanguage = (typeof publicLanguages)[number];

export const catalogues: Record<PublicLanguage, Record<string, unknown>> = catalogueFiles;

const storageKey = "pathways.language";
const rightToLeft: ReadonlySet<string> = new Set(["ur", "ar"]);

export function directionOf(language: PublicLanguage): "ltr" | "rtl" {
  return rightToLeft.has(language) ? "rtl" : "ltr";
}

export function isPublicLanguage(value: unknown): value is PublicLanguage {
  return typeof value === "string" && (publicLanguages as readonly string[]).includes(value);
}

/** The language last chosen on this device, if any. */
export function rememberedLanguage(): PublicLanguage | null {
  const stored = readStorage();
  return isPublicLanguage(stored) ? stored : null;
}

/** The language to start in: the last one chosen on this device, else the browser's, else English. */
export function initialLanguage(): PublicLanguage {
  const stored = rememberedLanguage();
  if (stored) return stored;
  for (const tag of navigator.languages.length > 0 ? navigator.languages : [navigator.language]) {
    const lower = tag.toLowerCase();
    // Punjabi written in Shahmukhi (Pakistan) is not the Gurmukhi catalogue; try the next preference.
    if (lower.startsWith("pa-arab") || lower === "pa-pk") continue;
    const primary = lower.split("-")[0];
    if (isPublicLanguage(primary)) return primary;
  }
  return "en";
}

export function rememberLanguage(language: PublicLanguage): void {
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

/** The active language, whichever page is showing. */
export function activeLanguage(): PublicLanguage {
  const language = i18next.resolvedLanguage ?? i18next.language;
  return isPublicLanguage(language) ? language : "en";
}

/** The active language, narrowed to the ones the staff UI supports. */
export function currentLanguage(): Language {
  const parsed = languageSchema.safeParse(activeLanguage());
  return parsed.success ? parsed.data : "en";
}

/** True when the staff UI has a full catalogue in this language. */
export function isStaffLanguage(language: PublicLanguage): language is Language {
  return languageSchema.safeParse(language).success;
}

function applyToDocument(language: PublicLanguage): void {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

export async function initI18n(): Promise<typeof i18next> {
  const language = initialLanguage();
  await i18next.use(initReactI18next).init({
    resources: Object.fromEntries(publicLanguages.map((code) => [code, { translation: catalogues[code] }])),
    lng: language,
    fallbackLng: "en",
    supportedLngs: [...publicLanguages],
    // React escapes text already.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyToDocument(language);
  i18next.on("languageChanged", () => applyToDocument(activeLanguage()));
  return i18next;
}
