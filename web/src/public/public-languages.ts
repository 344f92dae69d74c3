/**
 * Languages as their own speakers write them. These names are not translated: someone looking for
 * their language finds it in its own script whatever language the page is in. The support languages
 * are the ones a person can ask to be helped in; the page also names each in the reader's language.
 */
import { supportLanguages } from "../../../core/referrals/vocabulary.js";
import type { PublicLanguage } from "../i18n/i18n.js";

export type SupportLanguage = (typeof supportLanguages)[number];
export { supportLanguages };

export const endonyms: Record<Exclude<SupportLanguage, "other">, string> = {
  en: "English",
  ur: "اردو",
  pa: "ਪੰਜਾਬੀ",
  bn: "বাংলা",
  ar: "العربية",
  pl: "Polski",
  so: "Soomaali",
  gu: "ગુજરાતી",
  ps: "پښتو",
  fa: "فارسی",
  ro: "Română",
  ku: "Kurdî",
  ti: "ትግርኛ",
};

export const publicLanguageName = (language: PublicLanguage): string => endonyms[language];

// U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE: keeps a name in another script from
// reordering the punctuation around it, inside <option> elements where markup cannot do it.
export const isolate = (text: string): string => `\u2068${text}\u2069`;
