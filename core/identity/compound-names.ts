/**
 * Theophoric compound names ("servant of …"): Abdul Rahman, Abdulrahman, Abd al-Rahman, Abdur
 * Rehman, Abdel Rahman and Somali Abdirahman are one name written with the article joined,
 * assimilated (ar-Rahman) or left out, and with or without a space. They are keyed as "abd" plus
 * the attribute, so every form meets; the attribute then goes through the phonetic rules.
 */

export interface NamePart {
  /** "abd" for a compound, "" otherwise. */
  prefix: string;
  stem: string;
}

// Written forms of "abd" + article that only ever begin a compound, so they join the next word.
const compoundStarts = new Set([
  "abd", "abdul", "abdel", "abdal", "abdil", "abdur", "abdar", "abder", "abdus", "abdas",
  "abdes", "abdush", "abdun", "abdan", "abduz", "abdaz",
]);

// Abdi, Abdu and Abdo are given names in their own right (Abdi Hassan), so they join the next
// word only when it is one of the divine attributes that follow "abd" (Abdi Rahman = Abdirahman).
const standaloneStarts = new Set(["abdi", "abdu", "abdo", "abdou"]);
const attributes = new Set([
  "rahman", "rehman", "rahim", "raheem", "karim", "kareem", "aziz", "azeez", "qadir", "kadir",
  "qader", "kader", "razak", "razaq", "razzaq", "rizak", "latif", "lateef", "hamid", "hameed",
  "majid", "majeed", "wahid", "waheed", "wahab", "wahhab", "salam", "salaam", "malik", "ghani",
  "gani", "jabbar", "hakim", "hakeem", "halim", "haleem", "nasir", "nasser", "basit", "samad",
  "shakur", "shakoor", "ghafur", "ghafoor", "hadi", "qayyum", "qayum", "rashid", "rasheed",
  "fatah", "fattah", "mannan", "jalil", "jaleel", "jamil", "jameel", "sattar", "rauf", "khaliq",
  "ahad", "baqi", "kabir", "bari", "wadud", "mutalib", "muttalib", "quddus", "nur", "noor",
  "allah", "ullah", "lahi", "llahi",
]);

/** Joins split compounds and separates "abd" from its attribute in every word. */
export function splitCompoundNames(words: readonly string[]): NamePart[] {
  const joined: string[] = [];
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index] ?? "";
    const next = words[index + 1];
    if (next !== undefined && (compoundStarts.has(word) || (standaloneStarts.has(word) && isAttribute(next)))) {
      joined.push(word + next);
      index += 1;
    } else {
      joined.push(word);
    }
  }
  return joined.map(splitAbd);
}

function isAttribute(word: string): boolean {
  return attributes.has(word) || attributes.has(word.replace(/^(?:al|el|ul|ur|ar|as|ad)/u, ""));
}

function splitAbd(word: string): NamePart {
  if (!word.startsWith("abd")) return { prefix: "", stem: word };
  // The connecting vowel of the article or of Somali "abdi" (abd-ul-, abd-el-, abd-i-).
  let stem = word.slice(3).replace(/^[aeiou]/u, "");
  if (stem.startsWith("l")) {
    const afterL = stem.slice(1);
    // The article's l goes (Abdul Rahman, Abdul Aziz → rahman, aziz), except where the attribute
    // itself begins with l and one l has been dropped in spelling (Abdulahi, Abdulatif).
    const isStemOwnL = /^(?:a$|ah|at)/u.test(afterL);
    if (!isStemOwnL) stem = afterL;
  }
  return stem.length >= 2 ? { prefix: "abd", stem } : { prefix: "", stem: word };
}
