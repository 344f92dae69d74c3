import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultDisclosureRules, roundToBase } from "../disclosure/index.js";
import type { UnitCostEntry } from "./catalogue.js";
import type { CalculationInput, CalculationResult } from "./calculation.js";
import { calculateSocialValue } from "./calculate.js";
import { defaultDiscountSettings } from "./discounting.js";
import { defaultOptimismBias, type MappingLine } from "./mappings.js";
import { publishSocialValue } from "./publish.js";
import { reproduceResult } from "./reproduce.js";
import { sensitivityOf } from "./sensitivity.js";

// Made-up entries and assumptions; the default rules (threshold 8, rounding to the nearest 5).
const rules = defaultDisclosureRules;
const rationale: MappingLine["rationale"] = { quantity: "q", duration: "d", deadweight: "dw", attribution: "a", displacement: "dp", dropOff: "do", confidence: "c" };

const entry = (code: string, fiscalPence: number): UnitCostEntry => ({
  code,
  version: 1,
  description: `Entry ${code}`,
  unit: "per_incident",
  agency: "council",
  fiscalPence,
  economicPence: null,
  socialPence: null,
  priceYear: "2024-25",
  source: { citation: "Made up", url: null },
  confidenceGrade: 1,
  discountClass: "standard",
  overlapGroup: null,
  caveat: null,
});

const line = (entryCode: string, changes: Partial<MappingLine> = {}): MappingLine => ({
  entryCode,
  valueKinds: ["fiscal"],
  quantity: 1,
  durationYears: 2,
  deadweight: 0.25,
  attribution: 0.2,
  displacement: 0,
  dropOff: 0.5,
  confidenceGrade: 1,
  rationale,
  ...changes,
});

function calculated(counts: Record<string, number>): CalculationResult {
  const input: CalculationInput = {
    outcomeCounts: Object.entries(counts).map(([outcomeCode, count]) => ({ outcomeCode, count })),
    mappings: [
      { outcomeCode: "housed", version: 1, lines: [line("H", { quantity: 0.5 })] },
      { outcomeCode: "employed", version: 1, lines: [line("E"), line("W", { durationYears: 1, dropOff: 0 })] },
      { outcomeCode: "no_offending", version: 1, lines: [line("C", { quantity: 2 })] },
    ],
    catalogue: [entry("H", 250_100), entry("E", 425_700), entry("W", 31_337), entry("C", 60_900)],
    deflators: null,
    priceBasis: "uprated",
    targetPriceYear: "2024-25",
    discounting: defaultDiscountSettings,
    optimismBias: defaultOptimismBias,
    deliveryCost: { pence: 5_000_000, priceYear: "2024-25" },
  };
  const outcome = calculateSocialValue(input);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.result;
}

describe("social-value.publish for a commissioner", () => {
  it("shows each count through the disclosure engine and values every outcome at its count as shown", () => {
    // employed 23 → shown 25; housed 3 → hidden; no_offending none; mentored (no mapping) 12 → 10, befriended 2 → hidden.
    const result = calculated({ employed: 23, housed: 3, no_offending: 0, mentored: 12, befriended: 2 });
    const published = publishSocialValue(result, { rules });

    expect(published.outcomes).toEqual([
      { outcomeCode: "employed", isValued: true, shown: { kind: "rounded", value: 25 } },
      { outcomeCode: "housed", isValued: true, shown: { kind: "suppressed", value: null } },
      { outcomeCode: "befriended", isValued: false, shown: { kind: "suppressed", value: null } },
      { outcomeCode: "mentored", isValued: false, shown: { kind: "rounded", value: 10 } },
    ]);
    expect(published.result.lines.map((each) => [each.outcomeCode, each.entry.code, each.outcomeCount])).toEqual([
      ["employed", "E", 25],
      ["employed", "W", 25],
      ["housed", "H", 1],
    ]);
    // The published figures are a calculation over the counts as shown: E at 25 is 25/23 of E at 23.
    const trueE = result.lines.find((each) => each.entry.code === "E")!.stages.grossPence;
    expect(published.result.lines[0]!.stages.grossPence).toBe(Math.round((trueE * 25) / 23));
    expect(published.result.unvaluedOutcomes).toEqual([{ outcomeCode: "mentored", count: 10 }]);
    expect(published.hidden).toEqual({ outcomeCodes: ["housed"], valuedAtCount: 1, summary: expect.objectContaining({ grossPence: published.result.lines[2]!.stages.grossPence }) });
    expect(published.rules).toEqual({ threshold: 8, roundingBase: 5 });
    expect(reproduceResult(published.result)).toEqual([]);
  });

  it("hides an outcome an earlier release would let a reader work out, whatever its count", () => {
    const published = publishSocialValue(calculated({ employed: 40, housed: 30 }), { rules, hide: ["housed"] });
    expect(published.outcomes.find((outcome) => outcome.outcomeCode === "housed")?.shown).toEqual({ kind: "suppressed", value: null });
    expect(published.result.lines.find((each) => each.outcomeCode === "housed")?.outcomeCount).toBe(1);
    expect(published.hidden?.outcomeCodes).toEqual(["housed"]);
  });

  it("hides nothing when every count can be shown", () => {
    expect(publishSocialValue(calculated({ employed: 40, housed: 30 }), { rules }).hidden).toBeNull();
  });

  it("publishes the same figures, pounds and sensitivity included, for any true counts that are shown alike", () => {
    // A count from 1 to 7 is hidden; 8 or more shows as its nearest 5. Two sets of true counts
    // that show alike must publish the same figures, or some pound would tell them apart.
    const shownAs = (count: number) => (count === 0 ? "0" : count < rules.threshold ? "*" : String(roundToBase(count, rules.roundingBase)));
    const counts = fc.record({ employed: fc.integer({ min: 0, max: 60 }), housed: fc.integer({ min: 0, max: 60 }), no_offending: fc.integer({ min: 0, max: 60 }) });
    const alike = counts.chain((first) =>
      fc
        .record({
          employed: fc.integer({ min: 0, max: 60 }).filter((count) => shownAs(count) === shownAs(first.employed)),
          housed: fc.integer({ min: 0, max: 60 }).filter((count) => shownAs(count) === shownAs(first.housed)),
          no_offending: fc.integer({ min: 0, max: 60 }).filter((count) => shownAs(count) === shownAs(first.no_offending)),
        })
        .map((second) => [first, second] as const),
    );
    fc.assert(
      fc.property(alike, ([first, second]) => {
        const one = publishSocialValue(calculated(first), { rules });
        const other = publishSocialValue(calculated(second), { rules });
        expect(other).toEqual(one);
        expect(sensitivityOf(other.result)).toEqual(sensitivityOf(one.result));
      }),
      { numRuns: 150 },
    );
  });
});
