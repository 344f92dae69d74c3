import { describe, expect, it } from "vitest";
import { nameMatchKeys } from "./match-keys.js";
import type { MatchKeyKind } from "./match-kinds.js";
import {
  type MatchReason,
  type MatchStrength,
  matchStrength,
  possibleMatchThreshold,
  rankCandidates,
  scoreMatch,
  strongMatchThreshold,
} from "./rank-candidates.js";

const queryWithDateOfBirth = nameMatchKeys({ givenName: "Mohammed", familyName: "Hussain", dateOfBirth: "1990-05-17" });
const queryWithoutDateOfBirth = nameMatchKeys({ givenName: "Mohammed", familyName: "Hussain" });

function rankOne(kinds: readonly MatchKeyKind[], hasDateOfBirth = true) {
  return rankCandidates(queryWithDateOfBirth, [{ id: "c1", matchedKinds: kinds, hasDateOfBirth }])[0];
}

describe("identity.name-matching", () => {
  describe("rankCandidates", () => {
    it.each<[MatchKeyKind[], MatchStrength, MatchReason[], string]>([
      [["name_exact", "name_phonetic", "family_phonetic_dob", "given_phonetic_dob", "dob_initials"], "strong",
        ["same_date_of_birth_and_family_name", "same_date_of_birth_and_given_name", "same_name"], "same name and date of birth"],
      [["name_phonetic", "family_phonetic_dob", "given_phonetic_dob", "dob_initials"], "strong",
        ["same_date_of_birth_and_family_name", "same_date_of_birth_and_given_name", "similar_name"], "another spelling, same date of birth"],
      [["name_exact", "name_phonetic", "dob_initials"], "strong",
        ["same_name", "same_date_of_birth_and_initials"], "given and family name swapped, same date of birth"],
      [["nhs_number"], "strong", ["same_nhs_number"], "the same NHS number alone"],
      [["family_phonetic_dob", "dob_initials"], "possible",
        ["same_date_of_birth_and_family_name"], "a sibling or twin: same family name and birthday only"],
      [["given_phonetic_dob"], "possible", ["same_date_of_birth_and_given_name"], "same given name and birthday only"],
      [["dob_initials"], "possible", ["same_date_of_birth_and_initials"], "same initials and birthday only"],
      [["email"], "possible", ["same_email"], "a shared household email alone"],
      [["phone"], "possible", ["same_phone"], "a shared household phone alone"],
      [["name_exact", "name_phonetic", "phone"], "possible",
        ["same_name", "same_phone", "different_date_of_birth"], "father and son with one name and phone, different birthdays"],
    ])("ranks %j as %s with reasons %j: %s", (kinds, strength, reasons) => {
      expect(rankOne(kinds)).toMatchObject({ id: "c1", strength, reasons });
    });

    it("ranks a namesake born the same year above one born another year, as a possible match with a mistyped date", () => {
      const sameYear = rankOne(["name_exact", "name_phonetic", "name_birth_year"]);
      const otherYear = rankOne(["name_exact", "name_phonetic"]);
      expect(sameYear).toMatchObject({ strength: "possible", reasons: ["same_name", "same_name_and_year_of_birth", "different_date_of_birth"] });
      expect(sameYear!.score).toBeGreaterThan(otherYear!.score);
      // A similar spelling born the same year stays visible; one born another year does not.
      expect(rankOne(["name_phonetic", "name_birth_year"])).toMatchObject({ reasons: ["similar_name", "same_name_and_year_of_birth", "different_date_of_birth"] });
    });

    it("adds nothing for the year when the whole date of birth matches", () => {
      const full: MatchKeyKind[] = ["name_exact", "name_phonetic", "family_phonetic_dob", "given_phonetic_dob", "dob_initials"];
      expect(scoreMatch([...full, "name_birth_year"], true)).toEqual(scoreMatch(full, true));
    });

    it("keeps an exact name with a different date of birth just visible, and drops a similar one", () => {
      expect(rankOne(["name_phonetic"])).toBeUndefined();
      expect(rankOne(["name_exact", "name_phonetic"])).toMatchObject({ reasons: ["same_name", "different_date_of_birth"] });
    });

    it("does not call a date of birth different when the candidate has none recorded", () => {
      expect(rankOne(["name_phonetic"], false)).toMatchObject({ strength: "possible", reasons: ["similar_name"] });
    });

    it("does not call a date of birth different when the query has none", () => {
      const [ranked] = rankCandidates(queryWithoutDateOfBirth, [{ id: "c1", matchedKinds: ["name_phonetic"], hasDateOfBirth: true }]);
      expect(ranked?.reasons).toEqual(["similar_name"]);
    });

    it("orders candidates by score, then by id so that equal scores list the same way every time", () => {
      const ranked = rankCandidates(queryWithDateOfBirth, [
        { id: "b", matchedKinds: ["phone"] },
        { id: "c", matchedKinds: ["nhs_number"] },
        { id: "a", matchedKinds: ["phone"] },
        { id: "d", matchedKinds: [] },
      ]);
      expect(ranked.map((candidate) => candidate.id)).toEqual(["c", "a", "b"]);
    });

    it("counts a kind reported twice once", () => {
      expect(scoreMatch(["phone", "phone"], false).score).toBe(scoreMatch(["phone"], false).score);
    });
  });

  describe("scoreMatch", () => {
    it("never scores more for fewer matched kinds", () => {
      const all: MatchKeyKind[] = ["name_exact", "name_phonetic", "family_phonetic_dob", "given_phonetic_dob", "dob_initials", "phone", "email", "nhs_number"];
      for (const kind of all) {
        const without = all.filter((other) => other !== kind);
        expect(scoreMatch(without, false).score).toBeLessThanOrEqual(scoreMatch(all, false).score);
      }
    });

    it("gives 0 for no matched kinds", () => {
      expect(scoreMatch([], true)).toEqual({ score: 0, reasons: [] });
    });
  });

  describe("matchStrength", () => {
    it.each([
      [1, "strong"],
      [strongMatchThreshold, "strong"],
      [strongMatchThreshold - 0.001, "possible"],
      [possibleMatchThreshold, "possible"],
    ] as const)("calls a score of %s %s", (score, strength) => {
      expect(matchStrength(score)).toBe(strength);
    });
  });
});
