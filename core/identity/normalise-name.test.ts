import { describe, expect, it } from "vitest";
import { maxNameTokenLength, maxNameTokens, normaliseName } from "./normalise-name.js";

describe("identity.name-matching", () => {
  describe("normaliseName", () => {
    it.each([
      ["  FATIMA   Begum ", "fatima begum", "lower-cases and collapses whitespace"],
      ["Zoë Brontë", "zoe bronte", "drops accents"],
      ["Łukasz Wróbel", "lukasz wrobel", "folds Polish ł and ó"],
      ["Małgorzata Żółć-Gęś", "malgorzata zolc ges", "folds ż, ó, ł, ć, ę, ś and splits at the hyphen"],
      ["Przemysław Ń Ą", "przemyslaw n a", "folds ń and ą"],
      ["Straße", "strasse", "spells ß as ss"],
      ["Søren Ærø", "soren aero", "spells ø and æ"],
      ["O'Brien", "obrien", "removes apostrophes without splitting"],
      ["Sa\u2019id ʿAlī", "said ali", "removes curly apostrophes and transliteration signs for ain"],
      ["Anna-Maria", "anna maria", "treats a hyphen as a space"],
      ["Md. Rahim, Jr", "md rahim jr", "treats other punctuation as a space"],
      ["ＦＡＴＩＭＡ", "fatima", "folds full-width letters (NFKC)"],
      ["Mr Ali Khan", "ali khan", "drops a leading title"],
      ["Dr. Mrs Ayesha Siddiqui", "ayesha siddiqui", "drops several leading titles"],
      ["Haji", "haji", "keeps a title-like word when it is the whole field (Haji is a surname too)"],
      ["Ali Haji", "ali haji", "drops titles only at the start"],
      ["Syed Ali", "syed ali", "keeps Syed, which is also a surname"],
      ["Sheikh Hasina", "sheikh hasina", "keeps Sheikh, which is also a surname"],
      ["Al-Haj Mohammed", "mohammed", "drops Al-Haj once its article is attached"],
      ["Abd al-Rahman", "abd alrahman", "attaches the article to the word after it"],
      ["Zia ul Haq", "zia ulhaq", "attaches Urdu ul to the word after it"],
      ["Mohammed bin Rashid", "mohammed rashid", "drops bin between names"],
      ["Bin", "bin", "keeps bin when it is the whole field"],
      ["Shri Ramesh", "ramesh", "drops Hindu honorifics"],
      ["Ali 2nd", "ali nd", "drops digits"],
      ["محمد", "muhammad", "transliterates Arabic script"],
      ["مُحَمَّد", "muhammad", "ignores Arabic vowel marks"],
      ["عبدالرحمن", "abdalrahman", "splits the abd and al prefixes in Arabic script"],
      ["ﻣﺤﻤﺪ", "muhammad", "folds Arabic presentation forms"],
      ["مـحـمـد", "muhammad", "ignores tatweel"],
      ["چودھری", "chaudhry", "knows Urdu-only letters"],
      ["ٹھاکر", "thakr", "spells unknown Urdu names letter by letter"],
      ["মোহাম্মদ রহমান", "mohammad rahman", "transliterates Bengali with the inherent vowel"],
      ["ਸਿੰਘ", "singh", "transliterates Gurmukhi with tippi"],
      ["ਗੁਰਪ੍ਰੀਤ ਕੌਰ", "gurprit kaur", "transliterates Gurmukhi conjuncts"],
      ["Ольга Щербакова", "olga shcherbakova", "transliterates Cyrillic"],
      ["王伟", "王伟", "keeps letters of scripts without a transliterator"],
      ["?!-- ", "", "gives nothing for a field without letters"],
    ])("normalises %j to %j: %s", (raw, expected) => {
      expect(normaliseName(raw)).toBe(expected);
    });

    it("bounds the number and length of words whatever is pasted in", () => {
      const words = normaliseName(`${"x".repeat(100)} ${"a ".repeat(50)}`).split(" ");
      expect(words.length).toBeLessThanOrEqual(maxNameTokens);
      expect(words[0]).toHaveLength(maxNameTokenLength);
    });
  });
});
