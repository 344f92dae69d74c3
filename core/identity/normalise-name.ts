/**
 * Normalises a name as written on a form into lower-case Latin words: NFKC, lower case, Arabic,
 * Urdu, Bengali, Gurmukhi and Cyrillic script transliterated, accents folded (é→e, ł→l, ß→ss),
 * apostrophes removed (O'Brien → obrien, Sa'id → said), hyphens and other punctuation treated as
 * spaces. Titles that are used inconsistently are dropped, and Arabic articles are attached to the
 * word they belong to, so "Abd al-Rahman", "Abd Al Rahman" and "abd alrahman" normalise alike.
 */
import { foldLatin } from "./fold-latin.js";
import { transliterateScripts } from "./transliterate-script.js";

/** Bounds that keep keys small whatever is typed or pasted into a name field. */
export const maxNameInputLength = 200;
export const maxNameTokens = 8;
export const maxNameTokenLength = 40;

// Leading titles only, and never the last word: Haji, Mian and Begum are also surnames, so a
// field holding just "Haji" keeps it. Syed, Sheikh, Sardar, Hafiz, Mufti and Chaudhry are left
// alone because they are at least as often surnames or given names as titles.
const honorifics = new Set([
  "mr", "mrs", "ms", "miss", "mx", "mstr", "master", "dr", "prof", "rev", "revd",
  "haji", "hajji", "hajj", "haj", "hajee", "hadji", "alhaj", "alhaji", "alhajj", "alhajji",
  "hajia", "hajiya", "hajja", "hajjah", "maulana", "moulana", "molana", "mawlana", "maulvi",
  "molvi", "moulvi", "sri", "shri", "shree", "smt", "shrimati",
]);

// Arabic "the" and its sun-letter forms (ar-, as-, ash-, ad-, az-, un-) and Urdu "ul/ur/ud".
const articles = new Set(["al", "el", "ul", "ur", "ud", "ad", "ar", "as", "ash", "us", "un", "uz", "az"]);

// "son/daughter of": present on one form and left out on the next.
const connectors = new Set(["bin", "ibn", "bint", "binti", "binte"]);

// Invisible format characters (joiners, marks, tatweel) that must not split or alter a word.
const invisible = /[\u00ad\u0640\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/gu;
// Apostrophes and the transliteration signs for ain and hamza (ʿ ʾ), removed without a space.
const apostrophes = /['`´ʹʻʼʽʾʿˈ‘’‛′]/gu;
const separators = /[^\p{L}\p{M}]+/gu;

/** The normalised words of one name field. */
export function normaliseNameTokens(raw: string): string[] {
  const text = [...raw.normalize("NFKC")].slice(0, maxNameInputLength).join("").toLowerCase();
  const words = text
    .replace(invisible, "")
    .replace(apostrophes, "")
    .replace(separators, " ")
    .split(" ")
    .flatMap((word) => foldLatin(transliterateScripts(word)).replace(separators, " ").split(" "))
    .filter((word) => /\p{L}/u.test(word))
    .map((word) => [...word].slice(0, maxNameTokenLength).join(""));
  return dropConnectors(dropHonorifics(attachArticles(words))).slice(0, maxNameTokens);
}

/** The normalised name as one string of words separated by single spaces. */
export function normaliseName(raw: string): string {
  return normaliseNameTokens(raw).join(" ");
}

function attachArticles(words: readonly string[]): string[] {
  const attached: string[] = [];
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index] ?? "";
    const next = words[index + 1];
    if (articles.has(word) && next !== undefined) {
      attached.push(word + next);
      index += 1;
    } else if (!articles.has(word) || words.length === 1) {
      attached.push(word);
    }
  }
  return attached;
}

function dropHonorifics(words: readonly string[]): string[] {
  let start = 0;
  while (start < words.length - 1 && honorifics.has(words[start] ?? "")) start += 1;
  return words.slice(start);
}

function dropConnectors(words: readonly string[]): string[] {
  return words.filter((word, index) => !(connectors.has(word) && index > 0 && index < words.length - 1));
}
