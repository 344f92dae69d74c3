/**
 * How alike two names sound, from 0 (nothing in common) to 1 (same skeleton), for re-ranking
 * candidates when a worker is allowed to see decrypted names. Jaro-Winkler over the phonetic
 * skeletons, so transliteration differences cost nothing and typing slips cost a little; words are
 * paired with their best match in either order (Monge-Elkan, averaged both ways), so word order
 * does not matter and an extra middle name lowers the score without sinking it.
 */
import { normaliseNameTokens } from "./normalise-name.js";
import { phoneticTokens } from "./phonetic-key.js";

/** Similarity of two full names as typed, 0..1. */
export function nameSimilarity(a: string, b: string): number {
  const wordsA = phoneticTokens(normaliseNameTokens(a));
  const wordsB = phoneticTokens(normaliseNameTokens(b));
  if (wordsA.length === 0 || wordsB.length === 0) return 0;
  const score = (bestMatchAverage(wordsA, wordsB) + bestMatchAverage(wordsB, wordsA)) / 2;
  return Math.round(score * 1000) / 1000;
}

function bestMatchAverage(from: readonly string[], to: readonly string[]): number {
  const total = from.reduce((sum, word) => sum + Math.max(...to.map((other) => jaroWinkler(word, other))), 0);
  return total / from.length;
}

/** Jaro-Winkler similarity of two strings, by code point, 0..1. */
export function jaroWinkler(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  if (left.length === 0 && right.length === 0) return 1;
  if (left.length === 0 || right.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(left.length, right.length) / 2) - 1);
  const rightMatched = right.map(() => false);
  const leftMatches: string[] = [];
  left.forEach((character, index) => {
    const start = Math.max(0, index - window);
    const end = Math.min(right.length - 1, index + window);
    for (let other = start; other <= end; other += 1) {
      if (!rightMatched[other] && right[other] === character) {
        rightMatched[other] = true;
        leftMatches.push(character);
        return;
      }
    }
  });
  if (leftMatches.length === 0) return 0;
  const rightMatches = right.filter((_, index) => rightMatched[index]);
  const transpositions = leftMatches.filter((character, index) => character !== rightMatches[index]).length / 2;
  const m = leftMatches.length;
  const jaro = (m / left.length + m / right.length + (m - transpositions) / m) / 3;
  let prefix = 0;
  while (prefix < 4 && left[prefix] !== undefined && left[prefix] === right[prefix]) prefix += 1;
  return jaro + prefix * 0.1 * (1 - jaro);
}
