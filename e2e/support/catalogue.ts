/**
 * The web app's own text catalogues, so the journeys find controls by the names people see in
 * either language and stay in step when wording changes.
 */
import { catalogueFiles } from "../../web/src/i18n/catalogue-files.js";

export type Language = "en" | "ur";
const catalogues: Record<Language, unknown> = { en: catalogueFiles.en, ur: catalogueFiles.ur };

function lookUp(language: Language, key: string): unknown {
  let entry: unknown = catalogues[language];
  for (const part of key.split(".")) {
    entry = entry !== null && typeof entry === "object" ? (entry as Record<string, unknown>)[part] : undefined;
  }
  return entry;
}

/**
 * Looks up `key` ("signIn.submit") and fills `{{name}}` placeholders; throws on a missing key. A key
 * with plural forms ("retention.due.caption_one", "_other") is chosen by `count`, as i18next does.
 */
export function text(language: Language, key: string, values: Record<string, string | number> = {}): string {
  let entry = lookUp(language, key);
  if (entry === undefined && typeof values.count === "number") entry = lookUp(language, `${key}_${new Intl.PluralRules(language).select(values.count)}`);
  if (typeof entry !== "string") throw new Error(`No "${key}" in the ${language} catalogue`);
  return entry.replace(/\{\{(\w+)\}\}/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No value for {{${name}}} in "${key}"`);
    return String(value);
  });
}

/** A lookup bound to one language: `const t = translator("ur"); t("nav.users")`. */
export const translator =
  (language: Language) =>
  (key: string, values?: Record<string, string | number>): string =>
    text(language, key, values);

/** A name or other value as the pages put it into a sentence: isolated, so it keeps its own direction. */
export const isolated = (value: string): string => `\u2068${value}\u2069`;
/** A reference as the pages show it: isolated, its hyphens non-breaking. */
export const isolatedReference = (value: string): string => isolated(value.replaceAll("-", "\u2011"));
