/**
 * The phonetic skeleton of a name: one lower-case word per name word, equal for spellings of the
 * same name across transliterations (Mohammed/Muhammad/Mohamed, Hussain/Hussein/Hossain,
 * Chowdhury/Chaudhry, Kowalski/Kovalski, محمد) and different for different names
 * (Hassan/Hussain, Ali/Alia, Amir/Amira, Joseph/Yusuf). The rules and their reasons are in
 * `phonetic-rules.ts`; the name families that need a list are in `name-variants.ts`.
 *
 * Decisions a reader might not expect:
 * - e stays its own vowel. Merging it with a (as Soundex-style keys do) would join Ellen/Alan,
 *   Ellie/Ali and Jen/Jan; Arabic and Urdu names that write a or i as e are handled by the
 *   "eh" rule and the variant list instead.
 * - Initial vowels are kept: Imran/Omran and Ibrahim/Abraham stay apart (Ebrahim is listed).
 * - A silent final e is kept: dropping it would join Louise/Louis, Simone/Simon, Jane/Jan.
 * - Mehmet (Turkish) is not merged with Muhammad: its bearers spell it one way.
 */
import { splitCompoundNames } from "./compound-names.js";
import { normaliseNameTokens } from "./normalise-name.js";
import { canonicaliseVowels, collapseDoubles, consonantRules } from "./phonetic-rules.js";
import { skeletonVariants, spellingVariants } from "./name-variants.js";

/** The skeleton of one normalised word. Words in scripts without rules come back unchanged. */
export function phoneticToken(word: string): string {
  const listed = spellingVariants.get(word);
  if (listed !== undefined) return listed;
  let skeleton = word;
  for (const rule of consonantRules) skeleton = skeleton.replace(rule.pattern, rule.replacement);
  skeleton = collapseDoubles(canonicaliseVowels(skeleton));
  return skeletonVariants.get(skeleton) ?? skeleton;
}

/** Skeletons of a name's normalised words, with "abd" compounds joined (Abdul Rahman → one word). */
export function phoneticTokens(normalisedWords: readonly string[]): string[] {
  return splitCompoundNames(normalisedWords).map(({ prefix, stem }) => prefix + phoneticToken(stem));
}

/** The phonetic key of a name as typed: its skeleton words in their original order. */
export function phoneticKey(name: string): string {
  return phoneticTokens(normaliseNameTokens(name)).join(" ");
}
