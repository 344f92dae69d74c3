/**
 * The public site's vocabulary: the kinds of content, the topics an article is filed under (issue
 * 11), the languages the public pages speak and which of them read right to left.
 */
export const contentKinds = ["article", "case_study"] as const;
export type ContentKind = (typeof contentKinds)[number];

export const contentTopics = [
  "drugs",
  "alcohol",
  "gangs_knife_crime",
  "grooming_exploitation",
  "radicalisation",
  "sexual_health",
  "mental_health",
  "family",
] as const;
export type ContentTopic = (typeof contentTopics)[number];

/** The public pages' languages, in the order the language switcher lists them. */
export const siteLanguages = ["en", "ur", "pa", "bn", "ar", "pl"] as const;
export type SiteLanguage = (typeof siteLanguages)[number];

const rightToLeft: ReadonlySet<SiteLanguage> = new Set(["ur", "ar"]);

export const directionOf = (language: SiteLanguage): "ltr" | "rtl" => (rightToLeft.has(language) ? "rtl" : "ltr");

export const isSiteLanguage = (value: unknown): value is SiteLanguage =>
  typeof value === "string" && (siteLanguages as readonly string[]).includes(value);

/** Each language's own name for itself, for the switcher and the editor's tabs. */
export const languageNames: Record<SiteLanguage, string> = {
  en: "English",
  ur: "اردو",
  pa: "ਪੰਜਾਬੀ",
  bn: "বাংলা",
  ar: "العربية",
  pl: "Polski",
};

/** An address-friendly name: lower-case ASCII letters and digits in words joined by hyphens. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A slug from a title: accents dropped, anything else that is not a letter or digit becomes a hyphen. */
export function slugFrom(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
}
