import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { costBearingAgencies, valueKinds, valueOf, type UnitCostEntry } from "./catalogue.js";
import { calculationResultSchema, type CalculationInput, type CalculationResult } from "./calculation.js";
import { calculateSocialValue } from "./calculate.js";
import { defaultDiscountSettings } from "./discounting.js";
import { defaultOptimismBias, type MappingLine, type OutcomeMapping } from "./mappings.js";
import { reproduceResult } from "./reproduce.js";
import { sensitivityOf, sensitivityParameters } from "./sensitivity.js";
import { deductionsOf } from "./value-line.js";

const years = ["2010-11", "2013-14", "2024-25", "2019"] as const;
const outcomes = ["outcome_a", "outcome_b", "outcome_c"] as const;
const share = fc.double({ min: 0, max: 1, noNaN: true });
const grade = fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const, 5 as const);
const pence = fc.option(fc.integer({ min: 0, max: 5_000_000 }), { nil: null });
type ValueOf<A> = A extends fc.Arbitrary<infer T> ? T : never;
const rationale: MappingLine["rationale"] = { quantity: "q", duration: "d", deadweight: "dw", attribution: "a", displacement: "dp", dropOff: "do", confidence: "c" };

const entryValues = fc
  .record({
    fiscalPence: pence,
    economicPence: pence,
    socialPence: pence,
    agency: fc.constantFrom(...costBearingAgencies),
    priceYear: fc.constantFrom(...years),
    confidenceGrade: grade,
    discountClass: fc.constantFrom("standard" as const, "health" as const),
  })
  .filter((values) => values.fiscalPence !== null || values.economicPence !== null || values.socialPence !== null);

const entryOf = (values: ValueOf<typeof entryValues>, index: number): UnitCostEntry => ({
  ...values,
  code: `E${index}`,
  version: 1,
  description: "A made-up entry",
  unit: "per_incident",
  source: { citation: "Made up", url: null },
  overlapGroup: null,
  caveat: null,
});

const lineFor = (entry: UnitCostEntry) =>
  fc
    .record({
      valueKinds: fc.subarray(
        valueKinds.filter((kind) => valueOf(entry, kind) !== null),
        { minLength: 1 },
      ),
      quantity: fc.double({ min: 0.01, max: 10, noNaN: true }),
      durationYears: fc.integer({ min: 1, max: 40 }),
      deadweight: share,
      attribution: share,
      displacement: share,
      dropOff: share,
      confidenceGrade: grade,
    })
    .map((values): MappingLine => ({ ...values, entryCode: entry.code, rationale }));

/** A catalogue of made-up entries, a mapping for each outcome using some of them, counts, a cost and deflators for every year. */
const scenario = fc.array(entryValues, { minLength: 1, maxLength: 5 }).chain((values) => {
  const catalogue = values.map(entryOf);
  const mappingFor = (outcomeCode: string) =>
    fc
      .shuffledSubarray(catalogue, { minLength: 1, maxLength: Math.min(3, catalogue.length) })
      .chain((entries) => fc.tuple(...entries.map(lineFor)))
      .map((lines): OutcomeMapping => ({ outcomeCode, version: 1, lines }));
  return fc.record({
    catalogue: fc.constant(catalogue),
    mappings: fc.tuple(...outcomes.map(mappingFor)),
    counts: fc.tuple(...outcomes.map(() => fc.integer({ min: 0, max: 1000 }))),
    costPence: fc.integer({ min: 0, max: 100_000_000 }),
    indices: fc.tuple(...years.map(() => fc.double({ min: 50, max: 150, noNaN: true }))),
    order: fc.array(fc.nat(), { minLength: 20, maxLength: 20 }),
  });
});
type Scenario = ValueOf<typeof scenario>;

function inputOf(generated: Scenario): CalculationInput {
  return {
    outcomeCounts: outcomes.map((outcomeCode, index) => ({ outcomeCode, count: generated.counts[index]! })),
    mappings: [...generated.mappings],
    catalogue: generated.catalogue,
    deflators: { name: "Made up", reference: "made up", source: { citation: "Made up", url: null }, publishedOn: null, rows: years.map((year, index) => ({ year, index: generated.indices[index]! })) },
    targetPriceYear: "2024-25",
    priceBasis: "uprated",
    discounting: defaultDiscountSettings,
    optimismBias: defaultOptimismBias,
    deliveryCost: { pence: generated.costPence, priceYear: "2013-14" },
  };
}

function resultOf(input: CalculationInput): CalculationResult {
  const outcome = calculateSocialValue(input);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.result;
}

/** `items` in an order set by `keys`: the same items, shuffled. */
const reordered = <T>(items: readonly T[], keys: readonly number[]): T[] =>
  items
    .map((item, index) => ({ item, key: keys[index % keys.length]! * 100 + index }))
    .sort((a, b) => a.key - b.key)
    .map(({ item }) => item);

describe("social-value.calculate, for any outcomes and assumptions", () => {
  it("never has a net value above the gross, and each step only takes away", () => {
    fc.assert(
      fc.property(scenario, (generated) => {
        const result = resultOf(inputOf(generated));
        for (const { stages } of result.lines) {
          const inOrder = [stages.grossPence, stages.afterDeadweightPence, stages.afterAttributionPence, stages.afterDisplacementPence, stages.afterDropOffPence, stages.afterOptimismBiasPence, stages.presentValuePence];
          expect(inOrder).toEqual([...inOrder].sort((a, b) => b - a));
          expect(Object.values(deductionsOf(stages)).reduce((sum, each) => sum + each, stages.presentValuePence)).toBe(stages.grossPence);
        }
        expect(result.total.netPresentValuePence).toBeLessThanOrEqual(result.total.grossPence);
        for (const kind of valueKinds) expect(result.byKind[kind].netPresentValuePence).toBeLessThanOrEqual(result.byKind[kind].grossPence);
      }),
    );
  });

  it("gives nothing when everything would have happened anyway", () => {
    fc.assert(
      fc.property(scenario, (generated) => {
        const input = inputOf(generated);
        const result = resultOf({ ...input, mappings: input.mappings.map((mapping) => ({ ...mapping, lines: mapping.lines.map((line) => ({ ...line, deadweight: 1 })) })) });
        expect(result.total.netPresentValuePence).toBe(0);
        expect(result.total.deductions.deadweightPence).toBe(result.total.grossPence);
      }),
    );
  });

  it("gives the same result whatever the order of the outcomes, mappings and catalogue", () => {
    fc.assert(
      fc.property(scenario, (generated) => {
        const input = inputOf(generated);
        const shuffled = {
          ...input,
          outcomeCounts: reordered(input.outcomeCounts, generated.order),
          mappings: reordered(input.mappings, generated.order.slice(5)),
          catalogue: reordered(input.catalogue, generated.order.slice(10)),
        };
        expect(resultOf(shuffled)).toEqual(resultOf(input));
      }),
    );
  });

  it("never has a lower gross value for more outcomes", () => {
    fc.assert(
      fc.property(scenario, fc.constantFrom(0, 1, 2), fc.integer({ min: 1, max: 500 }), (generated, which, more) => {
        const fewer = resultOf(inputOf(generated));
        const counts = generated.counts.map((count, index) => (index === which ? count + more : count));
        const greater = resultOf(inputOf({ ...generated, counts }));
        expect(greater.total.grossPence).toBeGreaterThanOrEqual(fewer.total.grossPence);
        for (const kind of valueKinds) expect(greater.byKind[kind].grossPence).toBeGreaterThanOrEqual(fewer.byKind[kind].grossPence);
      }),
    );
  });

  it("stores a result that fits its schema and reproduces from itself", () => {
    fc.assert(
      fc.property(scenario, (generated) => {
        const result = resultOf(inputOf(generated));
        expect(calculationResultSchema.safeParse(result).success).toBe(true);
        expect(reproduceResult(JSON.parse(JSON.stringify(result)) as CalculationResult)).toEqual([]);
      }),
    );
  });

  it("has a net value that falls, or holds, as deadweight, attribution or drop-off rises", () => {
    fc.assert(
      fc.property(scenario, (generated) => {
        const result = resultOf(inputOf(generated));
        for (const series of sensitivityOf(result)) {
          const values = series.points.map((point) => point.netPresentValuePence);
          expect(values).toEqual([...values].sort((a, b) => b - a));
          expect(series.points.find((point) => point.change === 0)?.netPresentValuePence).toBe(result.total.netPresentValuePence);
        }
      }),
    );
  });
});

describe("social-value sensitivity", () => {
  it("varies each assumption relative to itself, worked by hand", () => {
    // The first worked example of calculate.test.ts (834,204p), with deadweight 20% halved to 10%:
    //   3,000,000 × 0.9 × 0.75 × 0.9 × 1.75 / 3 × 0.9 = 956,812.5p; a year's value 956,812.5 / 1.75 = 546,750p
    //   546,750 + 273,375 / 1.035 + 136,687.5 / 1.035² = 546,750 + 264,130.43 + 127,599.24 = 938,479.68 → 938,480p
    // and raised by half to 30%: 834,204 × 0.7 / 0.8 = 729,928.64 → 729,929p.
    const result = resultOf({
      outcomeCounts: [{ outcomeCode: "housed", count: 10 }],
      mappings: [
        {
          outcomeCode: "housed",
          version: 1,
          lines: [{ entryCode: "T1", valueKinds: ["fiscal"], quantity: 1, durationYears: 3, deadweight: 0.2, attribution: 0.25, displacement: 0.1, dropOff: 0.5, confidenceGrade: 2, rationale }],
        },
      ],
      catalogue: [{ ...entryOf({ fiscalPence: 100_000, economicPence: null, socialPence: null, agency: "council", priceYear: "2024-25", confidenceGrade: 1, discountClass: "standard" }, 1), code: "T1" }],
      deflators: null,
      targetPriceYear: "2024-25",
      priceBasis: "uprated",
      discounting: defaultDiscountSettings,
      optimismBias: defaultOptimismBias,
      deliveryCost: { pence: 500_000, priceYear: "2024-25" },
    });
    const [deadweight] = sensitivityOf(result, { parameters: ["deadweight"], steps: [-0.5, 0, 0.5] });
    expect(deadweight).toEqual({
      parameter: "deadweight",
      points: [
        { change: -0.5, netPresentValuePence: 938_480, fiscalNetPresentValuePence: 938_480, returnPerPoundPence: 188, isCapped: false },
        { change: 0, netPresentValuePence: 834_204, fiscalNetPresentValuePence: 834_204, returnPerPoundPence: 167, isCapped: false },
        { change: 0.5, netPresentValuePence: 729_929, fiscalNetPresentValuePence: 729_929, returnPerPoundPence: 146, isCapped: false },
      ],
    });
    expect(sensitivityOf(result).map((series) => [series.parameter, series.points.length])).toEqual(sensitivityParameters.map((parameter) => [parameter, 5]));
    // Drop-off of 50% raised by 150% would be 125%: held at 100%, which leaves year 0 alone.
    const [dropOff] = sensitivityOf(result, { parameters: ["dropOff"], steps: [1.5] });
    expect(dropOff?.points[0]).toMatchObject({ isCapped: true, netPresentValuePence: 486_000 });
  });
});
