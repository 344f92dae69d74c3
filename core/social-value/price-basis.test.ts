import { describe, expect, it } from "vitest";
import { defaultClosureOutcomes } from "../support/vocabulary.js";
import type { CalculationInput } from "./calculation.js";
import { calculationResultSchema } from "./calculation.js";
import { calculateSocialValue } from "./calculate.js";
import { defaultOutcomeMappings } from "./default-mappings.js";
import { defaultUnitCosts } from "./default-unit-costs.js";
import { defaultDeflatorSeries, type DeflatorSeries } from "./deflators.js";
import { defaultDiscountSettings } from "./discounting.js";
import { defaultOptimismBias } from "./mappings.js";
import { missingDeflatorYears, priceBasisFor, priceYearsOf } from "./price-basis.js";
import { reproduceResult } from "./reproduce.js";

// With the default catalogue and mappings, the outcomes below value entries of these price years:
//   no_further_offending → CR8.0 (2010-11); secured_housing → HO3.0 (2010-11);
//   family_relationship_improved → WELLBY (2019).
const asked = (changes: Partial<Omit<CalculationInput, "priceBasis">> = {}): Omit<CalculationInput, "priceBasis"> => ({
  outcomeCounts: [
    { outcomeCode: "no_further_offending", count: 12 },
    { outcomeCode: "secured_housing", count: 9 },
    { outcomeCode: "family_relationship_improved", count: 20 },
    // Counted but none this period: its entry's year is not needed.
    { outcomeCode: "disengaged_from_extremist_group", count: 0 },
  ],
  mappings: [...defaultOutcomeMappings],
  catalogue: [...defaultUnitCosts],
  deflators: defaultDeflatorSeries,
  targetPriceYear: "2025-26",
  discounting: defaultDiscountSettings,
  optimismBias: defaultOptimismBias,
  deliveryCost: { pence: 2_000_000, priceYear: "2025-26" },
  ...changes,
});

// Indices made up for the test: the defaults ship none.
const coveringSeries = (years: string[]): DeflatorSeries => ({ ...defaultDeflatorSeries, reference: "made up", rows: years.map((year, index) => ({ year, index: 60 + index * 10 })) });

describe("social-value.price basis", () => {
  it("names the price years a calculation would mix, and the deflators it lacks for them", () => {
    expect(priceYearsOf(asked())).toEqual(["2010-11", "2019", "2025-26"]);
    expect(missingDeflatorYears(asked())).toEqual(["2010-11", "2019", "2025-26"]);
    expect(missingDeflatorYears(asked({ deflators: coveringSeries(["2010-11", "2025-26"]) }))).toEqual(["2019"]);
    expect(priceBasisFor(asked())).toBe("not_uprated");
    expect(priceBasisFor(asked({ deflators: coveringSeries(["2010-11", "2019"]) }))).toBe("not_uprated");
  });

  it("uprates as soon as the series covers every year needed, and needs none when every figure is in the target year", () => {
    expect(priceBasisFor(asked({ deflators: coveringSeries(["2010-11", "2019", "2025-26"]) }))).toBe("uprated");
    const sameYear = asked({ outcomeCounts: [{ outcomeCode: "family_relationship_improved", count: 3 }], targetPriceYear: "2019", deliveryCost: { pence: 0, priceYear: "2019" } });
    expect(missingDeflatorYears(sameYear)).toEqual([]);
    expect(priceBasisFor(sameYear)).toBe("uprated");
  });

  it("values each figure at its own price year when not uprated, says which years it mixes, and reproduces", () => {
    const outcome = calculateSocialValue({ ...asked(), priceBasis: "not_uprated" });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    const { result } = outcome;
    expect(calculationResultSchema.parse(result)).toEqual(result);
    expect(result.prices).toEqual({ basis: "not_uprated", priceYears: ["2010-11", "2019", "2025-26"], missingDeflatorYears: ["2010-11", "2019", "2025-26"] });
    expect(result.settings.deflator).toBeNull();
    expect(result.lines.every((line) => line.parameters.upratingFactor === 1)).toBe(true);
    expect(result.deliveryCost).toEqual({ pence: 2_000_000, priceYear: "2025-26", upratingFactor: 1, upratedPence: 2_000_000 });
    // CR8.0 at its own 2010-11 figure, £609: 12 × 1 × 60,900p × 2 years.
    expect(result.lines.find((line) => line.outcomeCode === "no_further_offending")?.stages.grossPence).toBe(1_461_600);
    expect(reproduceResult(result)).toEqual([]);
  });

  it("ignores a series that covers only some years when not uprated, rather than uprate some figures and not others", () => {
    const outcome = calculateSocialValue({ ...asked({ deflators: coveringSeries(["2010-11", "2025-26"]) }), priceBasis: "not_uprated" });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    expect(outcome.result.settings.deflator).toBeNull();
    expect(outcome.result.lines.map((line) => line.parameters.upratingFactor)).toEqual(outcome.result.lines.map(() => 1));
    expect(outcome.result.prices).toMatchObject({ basis: "not_uprated", missingDeflatorYears: ["2019"] });
  });

  it("still refuses to uprate without the deflators, naming the years", () => {
    const outcome = calculateSocialValue({ ...asked(), priceBasis: "uprated" });
    expect(outcome.ok).toBe(false);
    // Each figure's own year is named first (deflators.ts), so the target year is named only once those are entered.
    if (!outcome.ok) expect(outcome.problems.map((problem) => (problem.code === "no_deflator" ? problem.year : problem.code))).toEqual(["2010-11", "2019"]);
  });

  it("finds a not-uprated result whose figures were uprated after all, or whose years were misstated", () => {
    const outcome = calculateSocialValue({ ...asked(), priceBasis: "not_uprated" });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    const [first, ...rest] = outcome.result.lines;
    const uprated = { ...outcome.result, lines: [{ ...first!, parameters: { ...first!.parameters, upratingFactor: 1.4 } }, ...rest] };
    expect(reproduceResult(uprated).map((difference) => difference.path)).toContain("lines.0.parameters.upratingFactor");
    const misstated = { ...outcome.result, prices: { basis: "not_uprated" as const, priceYears: ["2025-26"], missingDeflatorYears: [] } };
    expect(reproduceResult(misstated).map((difference) => difference.path)).toContain("prices.priceYears.0");
  });

  it("works out every standard outcome with the defaults and no deflators", () => {
    const outcome = calculateSocialValue({ ...asked({ outcomeCounts: defaultClosureOutcomes.map((outcomeCode, index) => ({ outcomeCode, count: 5 + index })) }), priceBasis: "not_uprated" });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    expect(outcome.result.lines).toHaveLength(defaultClosureOutcomes.length);
    expect(reproduceResult(outcome.result)).toEqual([]);
  });
});
