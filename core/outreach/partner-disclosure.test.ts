import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeDisclosed, disclosedRate, discloseCount } from "./partner-disclosure.js";

describe("outreach.partner disclosure", () => {
  it.each([
    [0, { kind: "zero", value: 0 }],
    [1, { kind: "suppressed", value: null }],
    [4, { kind: "suppressed", value: null }],
    [7, { kind: "suppressed", value: null }],
    [8, { kind: "rounded", value: 10 }],
    [9, { kind: "rounded", value: 10 }],
    [12, { kind: "rounded", value: 10 }],
    [13, { kind: "rounded", value: 15 }],
    [15, { kind: "rounded", value: 15 }],
    [17, { kind: "rounded", value: 15 }],
    [18, { kind: "rounded", value: 20 }],
    [102, { kind: "rounded", value: 100 }],
    [103, { kind: "rounded", value: 105 }],
  ])("shows a count of %i as %o", (count, shown) => {
    expect(discloseCount(count)).toEqual(shown);
  });

  it("never shows a count from 1 to 7, and shows every other count within 2 of the truth as a multiple of 5", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (count) => {
        const shown = discloseCount(count);
        if (count >= 1 && count <= 7) return shown.kind === "suppressed";
        return shown.value !== null && shown.value % 5 === 0 && Math.abs(shown.value - count) <= 2 && shown.value >= (count === 0 ? 0 : 10);
      }),
    );
  });

  it("refuses what is not a count", () => {
    expect(() => discloseCount(-1)).toThrow(RangeError);
    expect(() => discloseCount(2.5)).toThrow(RangeError);
  });

  it.each([
    [0, 0, null, "nothing to divide by"],
    [0, 12, 0, "none of ten"],
    [3, 12, null, "a hidden numerator"],
    [9, 5, null, "a hidden denominator"],
    [8, 12, 1, "10 of 10, from the rounded figures (not 8 of 12)"],
    [9, 23, 10 / 25, "10 of 25"],
    [13, 41, 15 / 40, "15 of 40"],
  ])("gives the rate %i of %i as %s (%s)", (numerator, denominator, rate, why) => {
    expect(disclosedRate(numerator, denominator), why).toBe(rate);
  });

  it("says a hidden count in words, and a shown one as its figure", () => {
    expect(describeDisclosed(discloseCount(5))).toBe("fewer than 8");
    expect(describeDisclosed(discloseCount(0))).toBe("0");
    expect(describeDisclosed(discloseCount(1234), (value) => value.toLocaleString("en-GB"))).toBe("1,235");
  });
});
