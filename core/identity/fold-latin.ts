/**
 * Folds Latin letters to plain a–z: accents and other combining marks are dropped (é→e, ś→s, ą→a)
 * and the letters that Unicode does not decompose are spelt out (ł→l, ß→ss, æ→ae). Polish, Czech,
 * Slovak, Romanian, Turkish and Western European names are then written the way UK forms receive
 * them when the keyboard has no accents.
 */

// Letters with no canonical decomposition, so NFD alone would leave them untouched.
const undecomposedLetters: Readonly<Record<string, string>> = {
  ł: "l",
  ß: "ss",
  æ: "ae",
  ø: "o",
  œ: "oe",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
  ħ: "h",
  ŀ: "l",
  ŋ: "ng",
  ſ: "s",
  ƒ: "f",
};

/** Folds lower-case text; characters outside Latin pass through unchanged. */
export function foldLatin(text: string): string {
  // Only the combining diacritics block is dropped: marks of other scripts (Devanagari vowel signs,
  // Hebrew points) carry meaning, and removing them would make different names collide.
  const stripped = text.normalize("NFD").replace(/[\u0300-\u036f]/gu, "");
  let folded = "";
  for (const character of stripped) folded += undecomposedLetters[character] ?? character;
  // Recompose what was not a Latin diacritic, so other scripts come back in their usual form.
  return folded.normalize("NFC");
}
