import { describe, expect, it } from "vitest";
import type { UnitCostEntry } from "./catalogue.js";
import type { CalculationInput } from "./calculation.js";
import { calculateSocialValue } from "./calculate.js";
import type { DeflatorSeries } from "./deflators.js";
import { defaultDiscountSettings } from "./discounting.js";
import { defaultOptimismBias, type MappingLine, type OutcomeMapping } from "./mappings.js";
import { reproduceResult } from "./reproduce.js";
import { deductionsOf } from "./value-line.js";

// Entries, mappings and deflator indices made up for the arithmetic; not the defaults.
const rationale: MappingLine["rationale"] = {
  quantity: "q",
  duration: "d",
  deadweight: "dw",
  attribution: "a",
  displacement: "dp",
  dropOff: "do",
  confidence: "c",
};

function entry(code: string, changes: Partial<UnitCostEntry> = {}): UnitCostEntry {
  return {
    code,
    version: 1,
    description: `Entry ${code}`,
    unit: "per_person_per_year",
    agency: "council",
    fiscalPence: 100_000,
    economicPence: null,
    socialPence: null,
    priceYear: "2024-25",
    source: { citation: "A made-up source", url: null },
    confidenceGrade: 1,
    discountClass: "standard",
    overlapGroup: null,
    caveat: null,
    ...changes,
  };
}

function line(entryCode: string, changes: Partial<MappingLine> = {}): MappingLine {
  return {
    entryCode,
    valueKinds: ["fiscal"],
    quantity: 1,
    durationYears: 1,
    deadweight: 0,
    attribution: 0,
    displacement: 0,
    dropOff: 0,
    confidenceGrade: 1,
    rationale,
    ...changes,
  };
}

const mapping = (outcomeCode: string, lines: MappingLine[], version = 1): OutcomeMapping => ({ outcomeCode, version, lines });

const series: DeflatorSeries = {
  name: "Made-up deflator",
  reference: "2024-25 = 100",
  source: { citation: "Made up for the test", url: null },
  publishedOn: null,
  rows: [
    { year: "2010-11", index: 80 },
    { year: "2013-14", index: 87.654 },
    { year: "2024-25", index: 100 },
  ],
};

function input(changes: Partial<CalculationInput>): CalculationInput {
  return {
    outcomeCounts: [],
    mappings: [],
    catalogue: [],
    deflators: series,
    targetPriceYear: "2024-25",
    priceBasis: "uprated",
    discounting: defaultDiscountSettings,
    optimismBias: defaultOptimismBias,
    deliveryCost: { pence: 0, priceYear: "2024-25" },
    ...changes,
  };
}

function calculated(changes: Partial<CalculationInput>) {
  const outcome = calculateSocialValue(input(changes));
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.result;
}

describe("social-value.calculate, worked by hand", () => {
  it("takes each deduction in turn over three years with drop-off and discounting at 3.5%", () => {
    // 10 outcomes × 1 unit × £1,000 a year for 3 years, no uprating (same price year):
    //   gross                       10 × 100,000p × 3                 = 3,000,000p
    //   deadweight 20%              × 0.8                              = 2,400,000p   (−600,000)
    //   attribution 25%             × 0.75                             = 1,800,000p   (−600,000)
    //   displacement 10%            × 0.9                              = 1,620,000p   (−180,000)
    //   drop-off 50% a year         keep 1, 0.5, 0.25: × 1.75 / 3      =   945,000p   (−675,000)
    //   optimism bias, grade 2: 10% × 0.9                              =   850,500p    (−94,500)
    //   a year's value before discounting: 850,500 / 1.75 = 486,000p in year 0, then 243,000p, 121,500p
    //   discounting at 3.5%         486,000 + 243,000 / 1.035 + 121,500 / 1.035²
    //                               = 486,000 + 234,782.61 + 113,421.55 = 834,204.16 → 834,204p (−16,296)
    // Cost £5,000: 834,204 / 5,000 = £1.668 → 167p per £1; year 0 covers 486,000p, years 0–1 720,782.61p → 2 years.
    const result = calculated({
      outcomeCounts: [{ outcomeCode: "housed", count: 10 }],
      mappings: [mapping("housed", [line("T1", { durationYears: 3, deadweight: 0.2, attribution: 0.25, displacement: 0.1, dropOff: 0.5, confidenceGrade: 2 })])],
      catalogue: [entry("T1")],
      deliveryCost: { pence: 500_000, priceYear: "2024-25" },
    });
    const [only] = result.lines;
    expect(only?.stages).toEqual({
      grossPence: 3_000_000,
      afterDeadweightPence: 2_400_000,
      afterAttributionPence: 1_800_000,
      afterDisplacementPence: 1_620_000,
      afterDropOffPence: 945_000,
      afterOptimismBiasPence: 850_500,
      presentValuePence: 834_204,
    });
    expect(result.total).toEqual({
      grossPence: 3_000_000,
      deductions: { deadweightPence: 600_000, attributionPence: 600_000, displacementPence: 180_000, dropOffPence: 675_000, optimismBiasPence: 94_500, discountingPence: 16_296 },
      netPresentValuePence: 834_204,
    });
    expect(only?.parameters).toMatchObject({ appliedGrade: 2, optimismBias: 0.1, upratingFactor: 1 });
    expect(result.returnPerPound).toEqual({ publicValuePence: 167, fiscalPence: 167 });
    expect(result.paybackYears).toEqual({ publicValue: 2, fiscal: 2 });
    expect(result.fiscalByAgency).toEqual([{ agency: "council", ...result.total }]);
    expect(result.settings.deflator).toBeNull();
  });

  it("discounts a health value at 1.5%, where money would be discounted at 3.5%", () => {
    // 5 outcomes × 0.1 WELLBY × £13,000 for 2 years, nothing deducted before discounting:
    //   gross 5 × 0.1 × 1,300,000p × 2 = 1,300,000p, 650,000p a year
    //   health rate:   650,000 + 650,000 / 1.015 = 650,000 + 640,394.09 = 1,290,394p (−9,606)
    //   standard rate: 650,000 + 650,000 / 1.035 = 650,000 + 628,019.32 = 1,278,019p (−21,981)
    const wellbeing = (discountClass: "health" | "standard") =>
      calculated({
        outcomeCounts: [{ outcomeCode: "family_relationship_improved", count: 5 }],
        mappings: [mapping("family_relationship_improved", [line("W", { valueKinds: ["social"], quantity: 0.1, durationYears: 2 })])],
        catalogue: [entry("W", { agency: null, fiscalPence: null, socialPence: 1_300_000, priceYear: "2019", discountClass })],
        targetPriceYear: "2019",
        deliveryCost: { pence: 0, priceYear: "2019" },
      });
    const health = wellbeing("health");
    expect(health.byKind.social).toEqual({ grossPence: 1_300_000, deductions: { deadweightPence: 0, attributionPence: 0, displacementPence: 0, dropOffPence: 0, optimismBiasPence: 0, discountingPence: 9_606 }, netPresentValuePence: 1_290_394 });
    expect(health.lines[0]?.parameters.discountBands).toEqual([{ fromYear: 0, rate: 0.015 }]);
    expect(health.lines[0]?.agency).toBeNull();
    expect(health.fiscalByAgency).toEqual([]);
    expect(wellbeing("standard").total.netPresentValuePence).toBe(1_278_019);
    // Nothing was spent: no return to work out, and nothing to pay back.
    expect(health.returnPerPound).toEqual({ publicValuePence: null, fiscalPence: null });
    expect(health.paybackYears).toEqual({ publicValue: 0, fiscal: 0 });
  });

  it("uprates an older figure and the cost to the target year before anything else", () => {
    // £609 in 2010-11 prices, index 80 then and 100 in 2024-25: × 100 / 80 = 1.25 → £761.25.
    //   3 outcomes × 60,900p × 1.25 × 1 year = 228,375p, nothing deducted.
    // £1,000 spent in 2013-14 (index 87.654): 100,000 × 100 / 87.654 = 114,084.92 → 114,085p;
    //   228,375 / 114,085 per £1 = 2.0018 → 200p.
    const result = calculated({
      outcomeCounts: [{ outcomeCode: "no_further_offending", count: 3 }],
      mappings: [mapping("no_further_offending", [line("CR8.0")])],
      catalogue: [entry("CR8.0", { fiscalPence: 60_900, priceYear: "2010-11", agency: "multiple" })],
      deliveryCost: { pence: 100_000, priceYear: "2013-14" },
    });
    expect(result.lines[0]?.parameters.upratingFactor).toBe(1.25);
    expect(result.total.netPresentValuePence).toBe(228_375);
    expect(result.deliveryCost).toEqual({ pence: 100_000, priceYear: "2013-14", upratingFactor: 100 / 87.654, upratedPence: 114_085 });
    expect(result.returnPerPound.publicValuePence).toBe(200);
    expect(result.settings.deflator?.rowsUsed).toEqual([
      { year: "2010-11", index: 80 },
      { year: "2013-14", index: 87.654 },
      { year: "2024-25", index: 100 },
    ]);
  });

  it("splits fiscal savings by agency and keeps economic and social value apart", () => {
    // Each line one outcome × 1 unit × 1 year with nothing deducted: its value as it stands.
    const result = calculated({
      outcomeCounts: [
        { outcomeCode: "b_outcome", count: 1 },
        { outcomeCode: "a_outcome", count: 2 },
      ],
      mappings: [
        mapping("a_outcome", [line("NHS1", { valueKinds: ["fiscal", "economic"] })]),
        mapping("b_outcome", [line("LA1"), line("POL1", { valueKinds: ["fiscal", "social"] })]),
      ],
      catalogue: [
        entry("NHS1", { agency: "nhs", fiscalPence: 10_000, economicPence: 5_000 }),
        entry("LA1", { agency: "council", fiscalPence: 20_000 }),
        entry("POL1", { agency: "police", fiscalPence: 30_000, socialPence: 7_000 }),
      ],
    });
    expect(result.lines.map((each) => [each.outcomeCode, each.lineNumber, each.entry.code, each.kind, each.agency, each.stages.presentValuePence])).toEqual([
      ["a_outcome", 1, "NHS1", "fiscal", "nhs", 20_000],
      ["a_outcome", 1, "NHS1", "economic", null, 10_000],
      ["b_outcome", 1, "LA1", "fiscal", "council", 20_000],
      ["b_outcome", 2, "POL1", "fiscal", "police", 30_000],
      ["b_outcome", 2, "POL1", "social", null, 7_000],
    ]);
    expect(result.fiscalByAgency.map((each) => [each.agency, each.netPresentValuePence])).toEqual([
      ["nhs", 20_000],
      ["police", 30_000],
      ["council", 20_000],
    ]);
    expect([result.byKind.fiscal.netPresentValuePence, result.byKind.economic.netPresentValuePence, result.byKind.social.netPresentValuePence]).toEqual([70_000, 10_000, 7_000]);
    expect(result.total.netPresentValuePence).toBe(87_000);
  });

  it("records everything a line was worked with, and a stored result reproduces", () => {
    const result = calculated({
      outcomeCounts: [{ outcomeCode: "housed", count: 4 }],
      mappings: [mapping("housed", [line("T1", { durationYears: 3, deadweight: 0.2, dropOff: 0.3, confidenceGrade: 3 })], 7)],
      catalogue: [entry("T1", { version: 4, priceYear: "2010-11", confidenceGrade: 2 })],
      deliveryCost: { pence: 100_000, priceYear: "2024-25" },
    });
    const [only] = result.lines;
    expect(only).toMatchObject({
      outcomeCode: "housed",
      outcomeCount: 4,
      mappingVersion: 7,
      lineNumber: 1,
      entry: { code: "T1", version: 4, priceYear: "2010-11", valuePence: 100_000, discountClass: "standard", confidenceGrade: 2 },
      parameters: { quantity: 1, durationYears: 3, deadweight: 0.2, dropOff: 0.3, confidenceGrade: 3, appliedGrade: 3, optimismBias: 0.2, upratingFactor: 1.25 },
      rationale,
    });
    const deductions = deductionsOf(only!.stages);
    expect(only!.stages.grossPence - Object.values(deductions).reduce((sum, pence) => sum + pence, 0)).toBe(only!.stages.presentValuePence);
    expect(reproduceResult(result)).toEqual([]);
    // Stored and read back as JSON, it still reproduces exactly.
    expect(reproduceResult(JSON.parse(JSON.stringify(result)))).toEqual([]);
  });

  it("finds a stored figure that does not follow from its parameters", () => {
    const result = calculated({
      outcomeCounts: [{ outcomeCode: "housed", count: 4 }],
      mappings: [mapping("housed", [line("T1")])],
      catalogue: [entry("T1")],
    });
    const altered = { ...result, lines: result.lines.map((each) => ({ ...each, parameters: { ...each.parameters, deadweight: 0.5 } })) };
    expect(reproduceResult(altered).map((difference) => difference.path)).toEqual(
      expect.arrayContaining(["lines.0.stages.afterDeadweightPence", "lines.0.stages.presentValuePence", "total.netPresentValuePence"]),
    );
  });

  it("counts an outcome it has no mapping for without valuing it, and skips outcomes not recorded", () => {
    const result = calculated({
      outcomeCounts: [
        { outcomeCode: "our_own_outcome", count: 3 },
        { outcomeCode: "housed", count: 0 },
      ],
      mappings: [mapping("housed", [line("T1")])],
      catalogue: [entry("T1")],
    });
    expect(result.unvaluedOutcomes).toEqual([{ outcomeCode: "our_own_outcome", count: 3 }]);
    expect(result.lines).toEqual([]);
    expect(result.total.grossPence).toBe(0);
  });

  it("does not pay back when the value never covers the cost", () => {
    const result = calculated({
      outcomeCounts: [{ outcomeCode: "housed", count: 1 }],
      mappings: [mapping("housed", [line("T1", { durationYears: 2 })])],
      catalogue: [entry("T1")],
      deliveryCost: { pence: 1_000_000, priceYear: "2024-25" },
    });
    expect(result.paybackYears).toEqual({ publicValue: null, fiscal: null });
    expect(result.returnPerPound.publicValuePence).toBe(20);
  });
});

describe("social-value.calculate refuses", () => {
  const problemsOf = (changes: Partial<CalculationInput>) => {
    const outcome = calculateSocialValue(input(changes));
    return outcome.ok ? [] : outcome.problems;
  };

  it("to count two entries of one overlap group for the same outcome", () => {
    const catalogue = [entry("HE2.0", { overlapGroup: "drug_treatment_savings" }), entry("HE2.0.1", { overlapGroup: "drug_treatment_savings" })];
    expect(problemsOf({ outcomeCounts: [{ outcomeCode: "abstinent_28_days", count: 1 }], mappings: [mapping("abstinent_28_days", [line("HE2.0"), line("HE2.0.1")])], catalogue })).toEqual([
      { code: "stacked_values", outcomeCode: "abstinent_28_days", entryCodes: ["HE2.0", "HE2.0.1"], overlapGroup: "drug_treatment_savings", message: expect.any(String) },
    ]);
  });

  it("to count the same entry twice for one outcome, but not for two outcomes", () => {
    expect(problemsOf({ outcomeCounts: [{ outcomeCode: "housed", count: 1 }], mappings: [mapping("housed", [line("T1"), line("T1", { valueKinds: ["fiscal"] })])], catalogue: [entry("T1")] })).toEqual([
      { code: "stacked_values", outcomeCode: "housed", entryCodes: ["T1", "T1"], overlapGroup: null, message: expect.any(String) },
    ]);
    const twoOutcomes = {
      outcomeCounts: [
        { outcomeCode: "housed", count: 1 },
        { outcomeCode: "employed", count: 1 },
      ],
      mappings: [mapping("housed", [line("T1")]), mapping("employed", [line("T1")])],
      catalogue: [entry("T1")],
    };
    expect(problemsOf(twoOutcomes)).toEqual([]);
  });

  it("to uprate from a year with no deflator, naming the year, rather than guess", () => {
    const problems = problemsOf({
      outcomeCounts: [{ outcomeCode: "housed", count: 1 }],
      mappings: [mapping("housed", [line("T1"), line("T2")])],
      catalogue: [entry("T1", { priceYear: "2009-10" }), entry("T2", { priceYear: "2009-10" })],
      deliveryCost: { pence: 100, priceYear: "2025-26" },
    });
    expect(problems).toEqual([
      { code: "no_deflator", year: "2009-10", message: "No deflator for 2009-10: add its index to the deflator table." },
      { code: "no_deflator", year: "2025-26", message: "No deflator for 2025-26: add its index to the deflator table." },
    ]);
  });

  it("to value with an entry the catalogue lacks, or a kind of value the entry does not have", () => {
    expect(
      problemsOf({
        outcomeCounts: [{ outcomeCode: "housed", count: 1 }],
        mappings: [mapping("housed", [line("NOPE"), line("T1", { valueKinds: ["fiscal", "social"] })])],
        catalogue: [entry("T1")],
      }).map((problem) => problem.code),
    ).toEqual(["unknown_entry", "entry_lacks_value"]);
  });

  it("duplicates in what it is given", () => {
    const problems = problemsOf({
      outcomeCounts: [
        { outcomeCode: "housed", count: 1 },
        { outcomeCode: "housed", count: 2 },
      ],
      mappings: [mapping("housed", [line("T1")]), mapping("housed", [line("T1")])],
      catalogue: [entry("T1"), entry("T1", { version: 2 })],
    });
    expect(problems.map((problem) => (problem.code === "duplicate" ? problem.what : problem.code))).toEqual(["catalogue_entry", "mapping", "outcome_count"]);
  });
});
