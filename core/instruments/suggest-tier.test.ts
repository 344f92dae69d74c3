import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { vulnerabilityDomains } from "../referrals/vocabulary.js";
import { domainNeeds, domainNeedsFromScores, suggestTier, supportTiers } from "./suggest-tier.js";
import { scoreInstrument } from "./score.js";
import { crossVulnerability, crossVulnerabilityAnswers } from "./built-in/cross-vulnerability.js";

/** Answers with every rating 0, then the given ratings ("gangs push 3" → criminal_exploitation_gangs_push: "3"). */
const profile = (ratings: Record<string, number> = {}, extra: Record<string, string | boolean> = {}) => ({ ...crossVulnerabilityAnswers(ratings), ...extra });

describe("instruments.suggest-tier", () => {
  it("computes each domain's need as push plus pull less protective", () => {
    const needs = domainNeeds(profile({ alcohol_push: 3, alcohol_pull: 2, alcohol_protective: 1 }));
    expect(needs.find((need) => need.domain === "alcohol")).toEqual({ domain: "alcohol", push: 3, pull: 2, protective: 1, need: 4 });
  });

  it.each([
    ["no need anywhere", {}, {}, "low_level", ["no_high_need"]],
    ["one moderate domain", { family_push: 2 }, {}, "low_level", ["no_high_need"]],
    ["two moderate domains", { family_push: 2, housing_pull: 2 }, {}, "intensive", ["moderate_need"]],
    ["one high domain", { criminal_exploitation_gangs_push: 3, criminal_exploitation_gangs_pull: 1 }, {}, "intensive", ["high_need"]],
    ["a high domain held back by protective factors", { criminal_exploitation_gangs_push: 3, criminal_exploitation_gangs_pull: 1, criminal_exploitation_gangs_protective: 3 }, {}, "low_level", ["no_high_need"]],
    ["three high domains", { alcohol_push: 3, alcohol_pull: 1, substance_misuse_push: 2, substance_misuse_pull: 2, mental_health_push: 3, mental_health_pull: 3 }, {}, "panel_referral", ["high_need"]],
    ["an extremism concern", { radicalisation_extremism_push: 1, radicalisation_extremism_pull: 2, radicalisation_extremism_protective: 3 }, {}, "panel_referral", ["extremism_concern"]],
    ["a risk of significant harm", { family_push: 1 }, { significant_harm: true }, "statutory_referral", ["significant_harm"]],
  ])("suggests for %s", (_label, ratings, extra, tier, reasons) => {
    const suggestion = suggestTier(profile(ratings, extra));
    expect(suggestion.tier).toBe(tier);
    expect(suggestion.reasons.map((reason) => reason.kind)).toEqual(reasons);
  });

  it("names the domains behind a suggestion of intensive support", () => {
    const { reasons } = suggestTier(profile({ online_harm_push: 2, online_harm_pull: 2 }));
    expect(reasons).toEqual([{ kind: "high_need", threshold: 4, domains: [expect.objectContaining({ domain: "online_harm", need: 4 })] }]);
  });

  it("never suggests a lower tier when need rises", () => {
    const order = (tier: string) => supportTiers.indexOf(tier as (typeof supportTiers)[number]);
    const ratingFor = fc.constantFrom(0, 1, 2, 3);
    fc.assert(
      fc.property(fc.constantFrom(...vulnerabilityDomains), fc.constantFrom("push", "pull"), fc.array(fc.tuple(fc.constantFrom(...vulnerabilityDomains), fc.constantFrom("push", "pull", "protective"), ratingFor), { maxLength: 12 }), (domain, kind, base) => {
        const ratings = Object.fromEntries(base.map(([d, k, r]) => [`${d}_${k}`, r]));
        const before = suggestTier(profile(ratings));
        const current = Number(ratings[`${domain}_${kind}`] ?? 0);
        const after = suggestTier(profile({ ...ratings, [`${domain}_${kind}`]: Math.min(3, current + 1) }));
        expect(order(after.tier)).toBeGreaterThanOrEqual(order(before.tier));
      }),
      { numRuns: 400 },
    );
  });

  it("reads the same needs back from a submitted toolkit's stored scores as from its answers", () => {
    const rating = fc.tuple(fc.constantFrom(...vulnerabilityDomains), fc.constantFrom("push", "pull", "protective"), fc.constantFrom(0, 1, 2, 3));
    fc.assert(
      fc.property(fc.array(rating, { maxLength: 15 }), (base) => {
        const answers = profile(Object.fromEntries(base.map(([d, k, r]) => [`${d}_${k}`, r])));
        expect(domainNeedsFromScores(scoreInstrument(crossVulnerability, answers).scores)).toEqual(domainNeeds(answers));
      }),
      { numRuns: 200 },
    );
  });
});
