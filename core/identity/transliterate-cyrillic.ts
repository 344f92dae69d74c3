/**
 * Cyrillic to Latin for Russian, Ukrainian and Bulgarian names, following the UK passport-style
 * spellings (ж → zh, х → kh, щ → shch). Eastern European clients often hold documents in both
 * scripts, and a worker may copy either.
 */

const letters: Readonly<Record<string, string>> = {
  а: "a", б: "b", в: "v", г: "g", ґ: "g", д: "d", е: "e", ё: "yo", є: "ye", ж: "zh", з: "z",
  и: "i", і: "i", ї: "yi", й: "y", к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r",
  с: "s", т: "t", у: "u", ў: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch",
  ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya", ј: "j", љ: "lj", њ: "nj", ћ: "c", ђ: "dj",
  џ: "dz", ѓ: "g", ќ: "k", ѕ: "dz",
};

/** Transliterates one run of lower-case Cyrillic; letters outside the table are dropped. */
export function transliterateCyrillic(word: string): string {
  let latin = "";
  for (const character of word) latin += letters[character] ?? "";
  return latin;
}
