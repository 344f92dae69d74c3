import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { discloseCount, disclosedMean, disclosedRate, shownRange, suppressedCount } from "./cells.js";
import { defaultDisclosureRules as rules, disclosureSettingsSchema, parseDisclosureRules } from "./rules.js";

const rounded = (value: number) => ({ kind: "rounded", value }) as const;
const zero = { kind: "zero", value: 0 } as const;

describe("disclosure.cells", () => {
  it.each([
    [0, zero],
    [1, suppressedCount],
    [7, suppressedCount],
    [8, rounded(10)],
    [12, rounded(10)],
    [13, rounded(15)],
    [102, rounded(100)],
    [103, rounded(105)],
  ])("publishes a count of %i as %o", (count, shown) => {
    expect(discloseCount(count, rules)).toEqual(shown);
  });

  it("follows the organisation's threshold and rounding base", () => {
    const strict = parseDisclosureRules({ threshold: 10, roundingBase: 10 });
    expect(discloseCount(9, strict)).toEqual(suppressedCount);
    expect(discloseCount(10, strict)).toEqual(rounded(10));
    expect(discloseCount(15, strict)).toEqual(rounded(20));
    expect(discloseCount(8, parseDisclosureRules({ roundingBase: 1 }))).toEqual(rounded(8));
  });

  it("refuses what is not a count", () => {
    expect(() => discloseCount(-1, rules)).toThrow(RangeError);
    expect(() => discloseCount(2.5, rules)).toThrow(RangeError);
    expect(() => discloseCount(Number.NaN, rules)).toThrow(RangeError);
  });

  it("says what a reader knows of a count from its figure: a zero exactly, a rounded figure within its rounding and never below the threshold, a hidden one only that it is not zero", () => {
    expect(shownRange(zero, rules)).toEqual({ low: 0, high: 0 });
    expect(shownRange(rounded(10), rules)).toEqual({ low: 8, high: 12 });
    expect(shownRange(rounded(100), rules)).toEqual({ low: 98, high: 102 });
    expect(shownRange(suppressedCount, rules)).toEqual({ low: 1, high: Number.POSITIVE_INFINITY });
    expect(shownRange(rounded(20), parseDisclosureRules({ roundingBase: 10 }))).toEqual({ low: 15, high: 24 });
    expect(shownRange(rounded(9), parseDisclosureRules({ roundingBase: 1 }))).toEqual({ low: 9, high: 9 });
  });

  it("publishes every count within the range its figure stands for, and never a figure from 1 to threshold - 1", () => {
    const anyRules = fc.record({ threshold: fc.integer({ min: 5, max: 20 }), roundingBase: fc.integer({ min: 1, max: 12 }) }).filter((settings) => disclosureSettingsSchema.safeParse(settings).success);
    fc.assert(
      fc.property(anyRules, fc.nat({ max: 10_000 }), (settings, count) => {
        const chosen = parseDisclosureRules(settings);
        const shown = discloseCount(count, chosen);
        const range = shownRange(shown, chosen);
        const isSmallFigure = shown.value !== null && shown.value >= 1 && shown.value < chosen.threshold;
        return range.low <= count && count <= range.high && !isSmallFigure && (shown.kind === "suppressed") === (count >= 1 && count < chosen.threshold);
      }),
    );
  });

  it.each([
    [0, 0, null, "nothing to divide by"],
    [0, 12, 0, "none of ten"],
    [3, 12, null, "a suppressed numerator"],
    [9, 5, null, "a suppressed denominator"],
    [8, 12, 1, "10 of 10, from the rounded figures (not 8 of 12)"],
    [13, 41, 15 / 40, "15 of 40"],
  ])("gives the rate %i of %i as %s (%s)", (numerator, denominator, rate, why) => {
    expect(disclosedRate(discloseCount(numerator, rules), discloseCount(denominator, rules)), why).toBe(rate);
  });

  it("suppresses a rate whose denominator is hidden by secondary suppression, however large", () => {
    expect(disclosedRate(rounded(10), suppressedCount)).toBeNull();
  });

  it("gives a mean only over a number of values that is shown", () => {
    expect(disclosedMean(70, 7, discloseCount(7, rules))).toBeNull();
    expect(disclosedMean(0, 0, discloseCount(0, rules))).toBeNull();
    expect(disclosedMean(90, 9, discloseCount(9, rules))).toBe(10);
    expect(disclosedMean(90, 9, suppressedCount)).toBeNull();
  });
});
