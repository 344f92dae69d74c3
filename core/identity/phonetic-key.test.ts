import { describe, expect, it } from "vitest";
import { skeletonVariants, spellingVariants } from "./name-variants.js";
import { phoneticKey, phoneticToken } from "./phonetic-key.js";
import { consonantRules, vowelRules } from "./phonetic-rules.js";

describe("identity.name-matching", () => {
  describe("phonetic rules", () => {
    it.each([...consonantRules, ...vowelRules].map((rule) => [rule.reason, ...rule.example] as const))(
      "applies the rule that %s (%s → %s)",
      (_reason, spelling, skeleton) => {
        expect(phoneticToken(spelling)).toBe(skeleton);
      },
    );

    it("collapses doubled letters", () => {
      expect(phoneticToken("hussain")).toBe("husain");
      expect(phoneticToken("abbas")).toBe("abas");
    });

    it("keeps the y of a word-initial consonant (Yusuf, Yasmin)", () => {
      expect(phoneticToken("yasmin")).toBe("yasmin");
      expect(phoneticToken("yvonne")).toBe("ivune");
    });
  });

  describe("variant lists", () => {
    it.each([...skeletonVariants.values()].map((skeleton) => [skeleton]))(
      "lists %s as a skeleton the rules themselves produce, so canonical spellings stay put",
      (skeleton) => {
        expect(phoneticToken(skeleton)).toBe(skeleton);
      },
    );

    it.each([...spellingVariants.entries()])("maps the listed spelling %s straight to %s", (spelling, skeleton) => {
      expect(phoneticToken(spelling)).toBe(skeleton);
    });
  });

  describe("phoneticKey", () => {
    it.each([
      ["Abdul Rahman Khan", "abdrahman kan", "joins an abd compound written as two words"],
      ["Abd ur Rahman", "abdrahman", "drops an assimilated article inside a compound"],
      ["Abdullah", "abdla", "keeps the attribute's own l (Allah)"],
      ["Abdulatif", "abdlatif", "keeps the l of Latif when one l is dropped in spelling"],
      ["Abdul Aziz", "abdaziz", "drops the article's l before a vowel"],
      ["Abdul", "abdul", "leaves Abdul alone when nothing follows it"],
      ["Abdi Hassan", "abdi hasan", "leaves Somali Abdi alone before a name that is not an attribute"],
      ["Abdi Rahman", "abdrahman", "joins Somali Abdi with a divine attribute"],
      ["Mohammed Ali", "muhamad ali", "keeps word order"],
      ["", "", "gives an empty key for an empty name"],
    ])("keys %j as %j: %s", (name, key) => {
      expect(phoneticKey(name)).toBe(key);
    });
  });
});
