/**
 * Arabic, Persian and Urdu script to a rough Latin spelling. Known names come from the lexicon
 * (with the vowels that the script leaves out); the prefixes عبد ("abd", servant of) and ال ("al",
 * the) are split off so that عبدالرحمن and عبد الرحمن both reach "abd" + "al" + "rahman". Anything
 * else is transliterated letter by letter, which keeps the consonants and long vowels: enough for
 * an exact-spelling match, and a starting point for the phonetic key.
 */
import { arabicLookupForm, lookUpArabicName } from "./arabic-name-lexicon.js";

// Harakat, superscript alef, Quranic annotation marks and tatweel carry no consonant or long vowel.
const vowelMarks = /[\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/gu;

// Urdu values where Arabic and Urdu differ (ث, ذ, ض, ظ are pronounced s and z in Urdu, the larger
// community here); the phonetic key merges the few names where that matters (Uthman/Usman).
const letters: Readonly<Record<string, string>> = {
  ا: "a", آ: "a", أ: "a", إ: "i", ٱ: "a", ء: "", ؤ: "u", ئ: "i",
  ب: "b", پ: "p", ت: "t", ٹ: "t", ث: "s", ج: "j", چ: "ch", ح: "h", خ: "kh",
  د: "d", ڈ: "d", ذ: "z", ر: "r", ڑ: "r", ز: "z", ژ: "zh", س: "s", ش: "sh",
  ص: "s", ض: "z", ط: "t", ظ: "z", ع: "", غ: "gh", ف: "f", ق: "q", ک: "k",
  ك: "k", گ: "g", ل: "l", م: "m", ن: "n", ں: "n", ھ: "h", ى: "a", ے: "e", ۓ: "e",
};

const vowelLetters = new Set(["ا", "آ", "و", "ی", "ي", "ى", "ے"]);

/** Transliterates one run of Arabic-script letters (one word) to Latin. */
export function transliterateArabic(run: string): string {
  const word = run.replace(vowelMarks, "");
  return transliterateWord(word);
}

function transliterateWord(word: string): string {
  if (word.length === 0) return "";
  const known = lookUpArabicName(arabicLookupForm(word));
  if (known !== undefined) return known;
  const lookupForm = arabicLookupForm(word);
  // Only split prefixes off words long enough to hold a name after them (عبد alone is a name part).
  if (lookupForm.startsWith("عبد") && lookupForm.length > 4) return `abd${transliterateWord(word.slice(3))}`;
  if (lookupForm.startsWith("ال") && lookupForm.length > 3) return `al${transliterateWord(word.slice(2))}`;
  return spellLetters(word);
}

function spellLetters(word: string): string {
  const characters = [...word];
  let latin = "";
  characters.forEach((character, index) => {
    const isFirst = index === 0;
    const isLast = index === characters.length - 1;
    const previous = characters[index - 1];
    const afterConsonant = previous !== undefined && !vowelLetters.has(previous);
    latin += spellLetter(character, isFirst, isLast, afterConsonant);
  });
  return latin;
}

function spellLetter(character: string, isFirst: boolean, isLast: boolean, afterConsonant: boolean): string {
  switch (character) {
    // و and ی are consonants at the start of a word (Waqas, Yasir) and long vowels elsewhere.
    case "و":
      return isFirst ? "w" : "u";
    case "ی":
    case "ي":
      return isFirst ? "y" : "i";
    // A final he after a consonant, and a final ta marbuta, are the "-a/-ah" ending (Fatima).
    case "ہ":
    case "ه":
      return isLast && afterConsonant ? "a" : "h";
    case "ة":
    case "ۃ":
      return isLast ? "a" : "t";
    // An initial ain stands for a vowel the script does not write; "a" is the commonest reading.
    case "ع":
      return isFirst ? "a" : "";
    default:
      return letters[character] ?? "";
  }
}
