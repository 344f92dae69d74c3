import { describe, expect, it } from "vitest";
import { specialisms } from "./matching.js";
import { defaultInterventionTypes } from "./vocabulary.js";

describe("support.vocabulary", () => {
  it("has one of each default intervention type, each needing a known specialism or none", () => {
    const codes = defaultInterventionTypes.map((type) => type.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const type of defaultInterventionTypes) {
      if (type.specialism !== null) expect(specialisms).toContain(type.specialism);
    }
  });

  it("includes the interventions the organisation runs: CBT for cravings, mentoring, theology, female support, family work, partner referral", () => {
    expect(defaultInterventionTypes.map((type) => type.code)).toEqual(
      expect.arrayContaining(["cbt_cravings", "one_to_one_mentoring", "lived_experience_mentoring", "theology_sessions", "female_support_worker", "family_work", "partner_referral"]),
    );
  });
});
