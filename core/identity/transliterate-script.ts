/**
 * Rewrites the runs of Arabic-script, Bengali, Gurmukhi and Cyrillic letters in a word as Latin,
 * leaving everything else alone. Scripts without a transliterator here (Gujarati, Devanagari,
 * Greek, Chinese…) keep their own letters: exact-spelling keys still work for them.
 */
import { transliterateArabic } from "./transliterate-arabic.js";
import { transliterateCyrillic } from "./transliterate-cyrillic.js";
import { transliterateBengali, transliterateGurmukhi } from "./transliterate-indic.js";

const scripts: readonly { pattern: RegExp; transliterate: (run: string) => string }[] = [
  // Arabic, Arabic Supplement and Arabic Extended-A. Presentation forms are folded by NFKC first.
  { pattern: /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]+/gu, transliterate: transliterateArabic },
  { pattern: /[\u0980-\u09ff]+/gu, transliterate: transliterateBengali },
  { pattern: /[\u0a00-\u0a7f]+/gu, transliterate: transliterateGurmukhi },
  { pattern: /[\u0400-\u04ff]+/gu, transliterate: transliterateCyrillic },
];

/** Transliterates the supported scripts in one lower-case word. */
export function transliterateScripts(word: string): string {
  let latin = word;
  for (const { pattern, transliterate } of scripts) latin = latin.replace(pattern, (run) => transliterate(run));
  return latin;
}
