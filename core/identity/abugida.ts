/**
 * Transliteration engine for Brahmic scripts (Bengali, Gurmukhi). Each consonant carries an
 * inherent "a" unless a vowel sign or virama replaces it; names are then spelt the way they are
 * said, which drops that "a" at the end of a word and between syllables (রহমান is "rahman", not
 * "rahamana"). The schwa-deletion rule is the usual simplified one for Indo-Aryan languages:
 * delete an inherent vowel that has a vowel before it and a consonant with a vowel after it.
 */

export interface AbugidaTable {
  consonants: Readonly<Record<string, string>>;
  /** Consonant + nukta (NFKC splits precomposed nukta letters into the pair). */
  nuktaConsonants: Readonly<Record<string, string>>;
  independentVowels: Readonly<Record<string, string>>;
  vowelSigns: Readonly<Record<string, string>>;
  /** Anusvara, tippi, bindi, chandrabindu, visarga: appended to the syllable. */
  syllableEndings: Readonly<Record<string, string>>;
  virama: string;
  nukta: string;
  /** Gurmukhi addak: doubles the next consonant. */
  gemination?: string;
}

interface Syllable {
  consonant: string;
  vowel: string;
  hasInherentVowel: boolean;
  hasVirama: boolean;
  ending: string;
}

/** Transliterates one word written in the table's script; unknown characters are dropped. */
export function transliterateAbugida(word: string, table: AbugidaTable): string {
  const syllables = parseSyllables([...word], table);
  deleteSchwas(syllables);
  return syllables.map((s) => s.consonant + s.vowel + s.ending).join("");
}

function parseSyllables(characters: readonly string[], table: AbugidaTable): Syllable[] {
  const syllables: Syllable[] = [];
  let doubleNext = false;
  for (let index = 0; index < characters.length; index += 1) {
    const character = characters[index] ?? "";
    const current = syllables.at(-1);
    let consonant = table.consonants[character];
    if (consonant !== undefined && characters[index + 1] === table.nukta) {
      consonant = table.nuktaConsonants[character] ?? consonant;
      index += 1;
    }
    if (consonant !== undefined) {
      const spelt = doubleNext ? consonant + consonant : consonant;
      doubleNext = false;
      syllables.push({ consonant: spelt, vowel: "a", hasInherentVowel: true, hasVirama: false, ending: "" });
    } else if (table.independentVowels[character] !== undefined) {
      const vowel = table.independentVowels[character] ?? "";
      syllables.push({ consonant: "", vowel, hasInherentVowel: false, hasVirama: false, ending: "" });
    } else if (current !== undefined && table.vowelSigns[character] !== undefined) {
      current.vowel = table.vowelSigns[character] ?? "";
      current.hasInherentVowel = false;
    } else if (current !== undefined && character === table.virama) {
      current.vowel = "";
      current.hasInherentVowel = false;
      current.hasVirama = true;
    } else if (current !== undefined && table.syllableEndings[character] !== undefined) {
      current.ending += table.syllableEndings[character] ?? "";
    } else if (character === table.gemination) {
      doubleNext = true;
    }
  }
  return syllables;
}

function deleteSchwas(syllables: Syllable[]): void {
  const last = syllables.at(-1);
  if (last?.hasInherentVowel === true && last.ending === "") last.vowel = "";
  // Right to left, so each decision sees the final form of the syllables after it.
  for (let index = syllables.length - 2; index >= 1; index -= 1) {
    const syllable = syllables[index];
    const previous = syllables[index - 1];
    if (syllable === undefined || previous === undefined) continue;
    if (!syllable.hasInherentVowel || syllable.ending !== "" || previous.vowel === "") continue;
    if (nextVowelFollowsConsonants(syllables, index + 1)) syllable.vowel = "";
  }
}

// True when the syllables from `start` are a consonant (or a virama-joined cluster) with a vowel.
// A consonant whose own inherent vowel was deleted does not count: deleting both would leave
// three consonants together, which these languages avoid (Karamjit, not Karmjit).
function nextVowelFollowsConsonants(syllables: readonly Syllable[], start: number): boolean {
  for (let index = start; index < syllables.length; index += 1) {
    const syllable = syllables[index];
    if (syllable === undefined || syllable.consonant === "") return false;
    if (syllable.hasVirama) continue;
    return syllable.vowel !== "";
  }
  return false;
}
