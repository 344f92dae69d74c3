import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultDisclosureRules, disclosureSettingsSchema, parseDisclosureRules, roundToBase } from "./rules.js";

const problems = (value: unknown) => disclosureSettingsSchema.safeParse(value).error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) ?? [];

describe("disclosure.rules", () => {
  it("defaults to hiding 1 to 7, rounding to the nearest 5, and protecting hidden counts over a range of 8", () => {
    expect(defaultDisclosureRules).toEqual({ threshold: 8, roundingBase: 5, protectionWidth: 8 });
    expect(parseDisclosureRules({})).toEqual(defaultDisclosureRules);
  });

  it("takes the protection width from the threshold unless it is set", () => {
    expect(parseDisclosureRules({ threshold: 10 })).toEqual({ threshold: 10, roundingBase: 5, protectionWidth: 10 });
    expect(parseDisclosureRules({ threshold: 10, protectionWidth: 15 })).toEqual({ threshold: 10, roundingBase: 5, protectionWidth: 15 });
    expect(parseDisclosureRules({ roundingBase: 1 })).toEqual({ threshold: 8, roundingBase: 1, protectionWidth: 8 });
  });

  it.each([
    [{ threshold: 4 }, "threshold: The threshold cannot be below 5."],
    [{ threshold: 8.5 }, "threshold: The threshold must be a whole number."],
    [{ threshold: "8" }, "threshold: The threshold must be a number."],
    [{ roundingBase: 0 }, "roundingBase: The rounding base must be at least 1 (1 means no rounding)."],
    [{ roundingBase: 2.5 }, "roundingBase: The rounding base must be a whole number."],
    [{ threshold: 6 }, "roundingBase: With a threshold of 6, rounding to the nearest 5 would show a count of 6 as 5, below the threshold."],
    [{ threshold: 5, roundingBase: 20 }, "roundingBase: With a threshold of 5, rounding to the nearest 20 would show a count of 5 as 0, below the threshold."],
    [{ protectionWidth: 7 }, "protectionWidth: The protection width cannot be below the threshold (8)."],
    [{ protectionWidth: 9.5 }, "protectionWidth: The protection width must be a whole number."],
    [{ threshold: 8, rounding: 5 }, ': Unrecognized key: "rounding"'],
  ])("refuses %o, naming the field", (settings, problem) => {
    expect(problems(settings)).toEqual([problem]);
  });

  it.each([
    [0, 5, 0],
    [2, 5, 0],
    [3, 5, 5],
    [8, 5, 10],
    [12, 5, 10],
    [13, 5, 15],
    [15, 10, 20],
    [14, 10, 10],
    [25, 10, 30],
    [7, 1, 7],
  ])("rounds %i to the nearest %i as %i, a tie going up", (count, base, rounded) => {
    expect(roundToBase(count, base)).toBe(rounded);
  });

  it("rounds every count to the nearest multiple of the base, never further than half a base", () => {
    fc.assert(
      fc.property(fc.nat({ max: 1_000_000 }), fc.integer({ min: 1, max: 100 }), (count, base) => {
        const rounded = roundToBase(count, base);
        return rounded % base === 0 && Math.abs(rounded - count) <= base / 2 && (Math.abs(rounded - count) < base / 2 || rounded > count);
      }),
    );
  });

  it("accepts only settings under which every shown count is at least the threshold", () => {
    fc.assert(
      fc.property(fc.integer({ min: 5, max: 50 }), fc.integer({ min: 1, max: 100 }), (threshold, roundingBase) => {
        const isAccepted = disclosureSettingsSchema.safeParse({ threshold, roundingBase }).success;
        return isAccepted === (roundToBase(threshold, roundingBase) >= threshold);
      }),
    );
  });
});
