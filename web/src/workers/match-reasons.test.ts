import { describe, expect, it } from "vitest";
import { exclusionLine, reasonLine, signedPoints, type Namers } from "./match-reasons.js";

const names: Namers = {
  language: (code) => `language:${code}`,
  domain: (code) => `domain:${code}`,
  specialism: (code) => `specialism:${code}`,
  gender: (code) => `gender:${code}`,
  genderLabel: (code) => `Gender:${code}`,
  day: (date) => `day:${date}`,
  list: (items) => items.join(" & "),
};

describe("workers.match-reasons", () => {
  it("says each reason in words with its points", () => {
    expect(reasonLine({ kind: "language_match", points: 30, language: "ur" }, names, "female")).toEqual({ key: "workers.matches.reasons.languageMatch", values: { language: "language:ur" }, points: 30 });
    expect(reasonLine({ kind: "gender_match", points: 40 }, names, "female")).toEqual({ key: "workers.matches.reasons.genderMatch", values: { gender: "Gender:female" }, points: 40 });
    expect(reasonLine({ kind: "gender_mismatch", points: -40, preferred: "female" }, names, "female").values).toEqual({ gender: "gender:female" });
    expect(reasonLine({ kind: "need_met", points: 15, domain: "radicalisation_extremism", level: "high", specialisms: ["theology", "channel_mentoring"] }, names, "female")).toEqual({
      key: "workers.matches.reasons.needMetHigh",
      values: { specialisms: "specialism:theology & specialism:channel_mentoring", domain: "domain:radicalisation_extremism" },
      points: 15,
    });
    expect(reasonLine({ kind: "need_unmet", points: 0, domain: "housing", level: "moderate" }, names, "no_preference").key).toBe("workers.matches.reasons.needUnmetModerate");
    expect(reasonLine({ kind: "capacity", points: 4, free: 6, max: 15 }, names, "female")).toEqual({ key: "workers.matches.reasons.capacity", values: { free: 6, max: 15 }, points: 4 });
    expect(reasonLine({ kind: "vetting_expiring", points: 0, expiresOn: "2026-12-01" }, names, "female").values).toEqual({ date: "day:2026-12-01" });
  });

  it("says why a worker was left out", () => {
    expect(exclusionLine({ kind: "vetting_expired", expiresOn: "2023-01-01" }, names)).toEqual({ key: "workers.matches.excludedFor.vettingExpired", values: { date: "day:2023-01-01" } });
    expect(exclusionLine({ kind: "conflict" }, names).key).toBe("workers.matches.excludedFor.conflict");
    expect(exclusionLine({ kind: "at_capacity", max: 15 }, names).values).toEqual({ max: 15 });
  });

  it("writes points with their sign and a true minus", () => {
    expect(signedPoints(30, String)).toBe("+30");
    expect(signedPoints(-40, String)).toBe("\u221240");
    expect(signedPoints(0, String)).toBe("0");
  });
});
