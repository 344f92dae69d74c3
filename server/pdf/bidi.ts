/**
 * Enough of the Unicode bidirectional algorithm for a printed summary, at the level of words: a
 * paragraph's direction, each word's direction (Arabic-script words read right to left; Latin,
 * digits, Gurmukhi and Bengali left to right; punctuation takes its neighbours' direction), and the
 * order words are drawn in on a line (rule L2: reverse each run at a higher level). Inside a word,
 * the shaping engine (fontkit) orders and joins the glyphs of each script run; mirrored brackets are
 * swapped here for right-to-left words. Pure: no fonts or PDF.
 */

export type Direction = "ltr" | "rtl";

// Arabic, Syriac, Thaana, NKo, Arabic supplements and presentation forms; Hebrew.
const strongRtl = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const strongLtr = /[\p{L}\p{Nd}]/u;

/** A word's own direction: null when it has no strong letter or digit (punctuation, symbols). */
export function directionOfWord(word: string): Direction | null {
  for (const char of word) {
    if (strongRtl.test(char)) return "rtl";
    if (strongLtr.test(char)) return "ltr";
  }
  return null;
}

/** A paragraph's direction from its first letter (digits are weak: "1." starts an Urdu goal too), else the fallback (the page's). */
export function paragraphDirection(text: string, fallback: Direction): Direction {
  for (const char of text) {
    if (strongRtl.test(char)) return "rtl";
    if (/\p{L}/u.test(char)) return "ltr";
  }
  return fallback;
}

/**
 * A word split into its leading punctuation, its core and its trailing punctuation, so that a full
 * stop after a date at the end of an Arabic sentence goes to the sentence's end (the far left)
 * rather than staying on the date's right. A word with no letter or digit stays whole.
 */
export function splitAffixes(word: string): string[] {
  const match = /^([^\p{L}\p{N}\p{M}]*)(.*?)([^\p{L}\p{N}\p{M}]*)$/su.exec(word);
  if (!match || match[2] === "") return [word];
  return [match[1] ?? "", match[2] ?? "", match[3] ?? ""].filter((part) => part !== "");
}

const mirrors: Record<string, string> = { "(": ")", ")": "(", "[": "]", "]": "[", "{": "}", "}": "{", "<": ">", ">": "<", "«": "»", "»": "«", "‹": "›", "›": "‹" };

/** A right-to-left word's brackets as they must be drawn (glyph order is reversed, so "(" shows as ")"). */
export const mirrored = (text: string): string => [...text].map((char) => mirrors[char] ?? char).join("");

/**
 * The order to draw a line's words from left to right, as indexes into `words`, and each word's
 * resolved direction. Neutral words take the direction of the strong word before them when the one
 * after agrees, else the paragraph's (rules N1 and N2, simplified to words).
 */
export function visualOrder(words: readonly string[], base: Direction): { order: number[]; directions: Direction[] } {
  const own = words.map(directionOfWord);
  const directions = own.map((direction, i): Direction => {
    if (direction) return direction;
    const before = own.slice(0, i).reverse().find((found) => found !== null) ?? base;
    const after = own.slice(i + 1).find((found) => found !== null) ?? base;
    return before === after ? before : base;
  });
  // Levels: the paragraph's, one above it for words against it (left-to-right numbers in
  // right-to-left text sit at level 2).
  const baseLevel = base === "rtl" ? 1 : 0;
  const levels = directions.map((direction) => (direction === base ? baseLevel : baseLevel + 1));
  const order = words.map((_, i) => i);
  const highest = Math.max(baseLevel, ...levels);
  for (let level = highest; level >= 1; level -= 1) {
    let i = 0;
    while (i < order.length) {
      if (levels[order[i]!]! < level) {
        i += 1;
        continue;
      }
      let end = i;
      while (end < order.length && levels[order[end]!]! >= level) end += 1;
      order.splice(i, end - i, ...order.slice(i, end).reverse());
      i = end;
    }
  }
  return { order, directions };
}
