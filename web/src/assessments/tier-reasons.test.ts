import { describe, expect, it } from "vitest";
import { suggestTier } from "../../../core/instruments/suggest-tier.js";
import { readReasons, reasonLines } from "./tier-reasons.js";

describe("assessments.tier-reasons", () => {
  it("says which areas have high need, with the sum that gives each", () => {
    const { reasons } = suggestTier({ criminal_exploitation_gangs_push: "3", criminal_exploitation_gangs_pull: "1", criminal_exploitation_gangs_protective: "0" });
    expect(reasonLines(reasons)).toEqual([
      {
        key: "assessments.tier.reasons.high_need",
        values: { count: 1, threshold: 4, panelDomains: 3 },
        domains: [
          {
            key: "assessments.tier.reasons.domainHigh",
            domain: "criminal_exploitation_gangs",
            values: { need: 4, push: 3, pull: 1, protective: 0, threshold: 4 },
          },
        ],
      },
    ]);
  });

  it("gives the extremism concern its total and threshold", () => {
    const { reasons } = suggestTier({ radicalisation_extremism_push: "2", radicalisation_extremism_pull: "1" });
    expect(reasonLines(reasons)[0]).toEqual({
      key: "assessments.tier.reasons.extremism_concern",
      values: { push: 2, pull: 1, total: 3, threshold: 3 },
      domains: [],
    });
  });

  it("reads the server's reasons back, skipping any kind it does not know", () => {
    const reasons = readReasons([
      { kind: "significant_harm" },
      { kind: "something_new", detail: 1 },
      { kind: "moderate_need", threshold: 2, domains: [{ domain: "housing", push: 1, pull: 1, protective: 0, need: 2 }] },
    ]);
    expect(reasons.map((reason) => reason.kind)).toEqual(["significant_harm", "moderate_need"]);
    expect(reasonLines(reasons)[1]?.domains[0]?.key).toBe("assessments.tier.reasons.domainModerate");
  });
});
