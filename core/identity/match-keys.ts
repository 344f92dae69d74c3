/**
 * Match keys for duplicate detection. Identity is stored encrypted, so the server finds possible
 * duplicates by looking up keyed blind indexes (HMAC of `blindIndexInput(key)`); these are the
 * values it indexes. The same person written differently (other transliteration, script, order,
 * middle names, title) shares at least one key; different people rarely do.
 *
 * Per name: the exact normalised words and their phonetic skeletons, both sorted so that given and
 * family order does not matter; the skeletons of first given + family name alone (middle names
 * and a leading "Muhammad" or "Syed" come and go between forms); and, when the date of birth is
 * known, family name + date, given name + date, date + initials (which survives swapped fields
 * and misspellings), and name + year of birth (which survives a mistyped day or month). Other names (maiden names, aliases) get the same keys, within a fixed budget.
 */
import { type MatchKey, type NameKeyKind } from "./match-kinds.js";
import { normaliseNameTokens } from "./normalise-name.js";
import { phoneticTokens } from "./phonetic-key.js";

export interface PersonName {
  givenName: string;
  familyName: string;
  otherNames?: readonly string[];
  /** "YYYY-MM-DD"; anything else is ignored rather than keyed. */
  dateOfBirth?: string;
}

/** At most this many keys per person, so lookups and index rows stay bounded. */
export const maxMatchKeys = 12;
/** At most this many other names are keyed (after sorting, so the choice is deterministic). */
export const maxOtherNames = 3;

// Name words that precede the name a person goes by and are often left off a form.
const devotionalPrefixes = new Set(["muhamad", "sayid"]);

interface NameParts {
  exactWords: string[];
  given: string[];
  family: string[];
}

/** The match keys for one person: sorted by kind then value, de-duplicated, at most `maxMatchKeys`. */
export function nameMatchKeys(person: PersonName): MatchKey[] {
  const dateOfBirth = validDateOfBirth(person.dateOfBirth);
  const givenWords = normaliseNameTokens(person.givenName);
  const familyWords = normaliseNameTokens(person.familyName);
  const primary = keysForName(
    { exactWords: [...givenWords, ...familyWords], given: phoneticTokens(givenWords), family: phoneticTokens(familyWords) },
    dateOfBirth,
  );
  const otherNames = [...new Set((person.otherNames ?? []).map((name) => normaliseNameTokens(name).join(" ")))]
    .filter((name) => name.length > 0)
    .sort(compare)
    .slice(0, maxOtherNames);
  // Other names take turns, most useful kind first, so the budget never spends itself on one alias.
  const others = otherNames
    .flatMap((otherName) => {
      // An other name is one string: its last word is taken as the family name.
      const words = otherName.split(" ");
      const phonetic = phoneticTokens(words);
      const parts = { exactWords: words, given: phonetic.slice(0, -1), family: phonetic.slice(-1) };
      return keysForName(parts, dateOfBirth).map((key, position) => ({ key, position }));
    })
    .sort((a, b) => a.position - b.position)
    .map(({ key }) => key);
  const keys = new Map<string, MatchKey>();
  for (const key of [...primary, ...others]) {
    if (keys.size >= maxMatchKeys) break;
    keys.set(`${key.kind}|${key.value}`, key);
  }
  return [...keys.values()].sort((a, b) => compare(a.kind, b.kind) || compare(a.value, b.value));
}

// Most useful first: the budget drops the tail of other names' keys.
function keysForName({ exactWords, given, family }: NameParts, dateOfBirth: string | null): MatchKey[] {
  const keys: { kind: NameKeyKind; value: string }[] = [];
  const phonetic = [...given, ...family];
  if (phonetic.length > 0) keys.push({ kind: "name_phonetic", value: sortedWords(phonetic) });
  if (exactWords.length > 0) keys.push({ kind: "name_exact", value: sortedWords(exactWords) });
  const goesBy = significantGivenName(given);
  const firstFamily = family[0];
  const lastFamily = family.at(-1);
  if (dateOfBirth !== null && lastFamily !== undefined) {
    keys.push({ kind: "family_phonetic_dob", value: `${dateOfBirth}|${lastFamily}` });
  }
  // A lone initial (the "A." of "A. Begum") says too little to pair with a date on its own.
  if (dateOfBirth !== null && goesBy !== undefined && [...goesBy].length > 1) {
    keys.push({ kind: "given_phonetic_dob", value: `${dateOfBirth}|${goesBy}` });
  }
  if (dateOfBirth !== null && goesBy !== undefined && lastFamily !== undefined) {
    keys.push({ kind: "dob_initials", value: `${dateOfBirth}|${[initial(goesBy), initial(lastFamily)].sort(compare).join("")}` });
    // Day and month get mistyped or swapped; the year and the name usually survive.
    keys.push({ kind: "name_birth_year", value: `${dateOfBirth.slice(0, 4)}|${sortedWords([goesBy, lastFamily])}` });
  }
  if (goesBy !== undefined && firstFamily !== undefined && lastFamily !== undefined) {
    keys.push({ kind: "name_phonetic", value: sortedWords([goesBy, lastFamily]) });
    keys.push({ kind: "name_phonetic", value: sortedWords([goesBy, firstFamily]) });
  }
  return keys;
}

// The name a person goes by: the first given word that is neither a devotional prefix nor an initial.
function significantGivenName(given: readonly string[]): string | undefined {
  const candidates = given.filter((word) => !devotionalPrefixes.has(word));
  return candidates.find((word) => [...word].length > 1) ?? candidates[0] ?? given[0];
}

function initial(word: string): string {
  return [...word][0] ?? "";
}

function sortedWords(words: readonly string[]): string {
  return [...words].sort(compare).join(" ");
}

// Code-unit order, not locale order: keys must be identical on every server and browser.
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The date when it is a real calendar date written YYYY-MM-DD, otherwise null. */
export function validDateOfBirth(value: string | undefined): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value ?? "");
  if (match === null) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const isLeapYear = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = [31, isLeapYear ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return daysInMonth !== undefined && day >= 1 && day <= daysInMonth ? (value ?? null) : null;
}
