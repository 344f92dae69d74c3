import { describe, expect, it } from "vitest";
import { maxMatchKeys, nameMatchKeys, validDateOfBirth } from "./match-keys.js";
import { blindIndexInput, matchKeyVersion } from "./match-kinds.js";

function shared(a: Parameters<typeof nameMatchKeys>[0], b: Parameters<typeof nameMatchKeys>[0]): string[] {
  const keysOfB = new Set(nameMatchKeys(b).map((key) => `${key.kind}:${key.value}`));
  return nameMatchKeys(a)
    .map((key) => `${key.kind}:${key.value}`)
    .filter((key) => keysOfB.has(key));
}

describe("identity.name-matching", () => {
  describe("nameMatchKeys", () => {
    it("keys a person by exact and phonetic name, name without a leading Muhammad, date of birth, and name with year of birth", () => {
      expect(nameMatchKeys({ givenName: "Mohammed Ali", familyName: "Khan", dateOfBirth: "1990-05-17" })).toEqual([
        { kind: "dob_initials", value: "1990-05-17|ak" },
        { kind: "family_phonetic_dob", value: "1990-05-17|kan" },
        { kind: "given_phonetic_dob", value: "1990-05-17|ali" },
        { kind: "name_birth_year", value: "1990|ali kan" },
        { kind: "name_exact", value: "ali khan mohammed" },
        { kind: "name_phonetic", value: "ali kan" },
        { kind: "name_phonetic", value: "ali kan muhamad" },
      ]);
    });

    it("gives no date-of-birth keys without a valid date", () => {
      const kinds = nameMatchKeys({ givenName: "Ali", familyName: "Khan", dateOfBirth: "17/05/1990" }).map((k) => k.kind);
      expect(kinds).toEqual(["name_exact", "name_phonetic"]);
    });

    it("gives no keys for a person with no name, even with a date of birth", () => {
      expect(nameMatchKeys({ givenName: " ", familyName: "--", dateOfBirth: "1990-05-17" })).toEqual([]);
    });

    it("keeps the shared keys when given and family name are swapped on one record", () => {
      const kinds = shared(
        { givenName: "Ali", familyName: "Khan", dateOfBirth: "1990-05-17" },
        { givenName: "Khan", familyName: "Ali", dateOfBirth: "1990-05-17" },
      ).map((key) => key.split(":")[0]);
      expect(kinds).toEqual(["dob_initials", "name_birth_year", "name_exact", "name_phonetic"]);
    });

    it("keeps name and year of birth in common when the day and month are mistyped or swapped", () => {
      const recorded = { givenName: "Mohammed", familyName: "Khan", dateOfBirth: "1999-08-19" };
      for (const mistyped of ["1999-08-18", "1999-09-08"]) {
        const kinds = shared(recorded, { givenName: "Muhammad", familyName: "Khan", dateOfBirth: mistyped }).map((key) => key.split(":")[0]);
        expect(kinds).toContain("name_birth_year");
        expect(kinds).not.toContain("family_phonetic_dob");
      }
      expect(shared(recorded, { givenName: "Mohammed", familyName: "Khan", dateOfBirth: "2000-08-19" }).map((key) => key.split(":")[0])).not.toContain("name_birth_year");
    });

    it("finds a woman under her maiden name when it is recorded as another name", () => {
      const married = { givenName: "Aisha", familyName: "Khan", otherNames: ["Aisha Begum"], dateOfBirth: "1985-01-31" };
      const maiden = { givenName: "Ayesha", familyName: "Begum", dateOfBirth: "1985-01-31" };
      expect(shared(married, maiden)).toContain("name_phonetic:aisha begum");
      expect(shared(married, maiden)).toContain("family_phonetic_dob:1985-01-31|begum");
    });

    it("does not pair a lone initial with the date of birth", () => {
      const keys = nameMatchKeys({ givenName: "A.", familyName: "Begum", dateOfBirth: "1985-01-31" });
      expect(keys.map((key) => key.kind)).not.toContain("given_phonetic_dob");
      expect(keys).toContainEqual({ kind: "dob_initials", value: "1985-01-31|ab" });
    });

    it("stays within the key budget however many other names are recorded, and ignores their order", () => {
      const otherNames = ["Aisha Khan", "Ayesha Chowdhury", "A. Begum", "Ayesha Rahman Khan", "Aisha Siddiqui"];
      const person = { givenName: "Aisha", familyName: "Begum", otherNames, dateOfBirth: "1985-01-31" };
      const keys = nameMatchKeys(person);
      expect(keys).toHaveLength(maxMatchKeys);
      expect(nameMatchKeys({ ...person, otherNames: [...otherNames].reverse() })).toEqual(keys);
    });

    it("keeps the primary name's keys when the budget is tight", () => {
      const primary = nameMatchKeys({ givenName: "Fatima Zahra", familyName: "Khan", dateOfBirth: "2001-09-09" });
      const withAliases = nameMatchKeys({
        givenName: "Fatima Zahra",
        familyName: "Khan",
        otherNames: ["F Z Khan", "Fatimah Zehra Khan", "Fatima Begum", "Fatima Z Chowdhury"],
        dateOfBirth: "2001-09-09",
      });
      for (const key of primary) expect(withAliases).toContainEqual(key);
    });
  });

  describe("validDateOfBirth", () => {
    it.each<[string | undefined, string | null, string]>([
      ["2000-02-29", "2000-02-29", "a leap day in a leap century"],
      ["2024-02-29", "2024-02-29", "a leap day"],
      ["1900-02-29", null, "a leap day in a century that is not a leap year"],
      ["1990-02-30", null, "a day past the end of the month"],
      ["1990-13-01", null, "a thirteenth month"],
      ["1990-00-10", null, "a month zero"],
      ["1990-5-7", null, "digits not padded"],
      ["17/05/1990", null, "another date format"],
      [undefined, null, "no date"],
    ])("reads %j as %j (%s)", (input, expected) => {
      expect(validDateOfBirth(input)).toBe(expected);
    });
  });

  describe("blindIndexInput", () => {
    it("separates kinds and versions the algorithm, so keys of different kinds never collide", () => {
      expect(blindIndexInput({ kind: "name_exact", value: "ali khan" })).toBe(`pathways.identity.v${matchKeyVersion}|name_exact|ali khan`);
      expect(blindIndexInput({ kind: "name_exact", value: "ali" })).not.toBe(blindIndexInput({ kind: "name_phonetic", value: "ali" }));
    });
  });
});
