/**
 * The shapes of a social-value calculation: what goes in (outcome counts, never identities; the
 * mappings, catalogue versions and deflators used; the settings; the cost of delivering the work)
 * and the result that is stored and shown. Pure; the contract for storing and sending both.
 *
 * A stored result is complete on its own: each line holds the outcome count, the catalogue entry's
 * code, version and value, and every parameter used, and the result holds the settings and the
 * deflator rows used, so it can be shown again, drilled into and checked (`reproduceResult`) after
 * the catalogue, mappings or deflators have changed.
 */
import { z } from "zod";
import { catalogueCodeSchema, confidenceGradeSchema, costBearingAgencies, costUnits, discountClasses, unitCostEntrySchema, valueKinds } from "./catalogue.js";
import { deflatorRowSchema, deflatorSeriesSchema } from "./deflators.js";
import { discountBandSchema, discountSettingsSchema } from "./discounting.js";
import { longestDurationYears, optimismBiasSchema, outcomeCodeSchema, outcomeMappingSchema, rationaleSchema, shareSchema } from "./mappings.js";
import { penceSchema, priceYearSchema } from "./price-years.js";

/** The rules this module calculates by; a change to them that moves any figure gets a new name. */
export const calculationMethod = "pathways-social-value-1";

const eachOnce = <T>(key: (item: T) => string) => (items: readonly T[]) => new Set(items.map(key)).size === items.length;

/** How many times an outcome was recorded in the period: a count, never who. */
export const outcomeCountSchema = z.strictObject({
  outcomeCode: outcomeCodeSchema,
  count: z.number().int({ message: "A count is a whole number." }).min(0).max(1_000_000),
});
export type OutcomeCount = z.infer<typeof outcomeCountSchema>;

/**
 * How figures of different price years are brought together. `uprated`: each is brought to the
 * target price year with the deflator series, which must cover every year needed. `not_uprated`:
 * each is taken at its own price year, as the source states it, and the result says so and which
 * years it mixes. Nothing is uprated with a guessed index: until an administrator enters the
 * series, a calculation across price years can only be made `not_uprated` (price-basis.ts chooses).
 */
export const priceBases = ["uprated", "not_uprated"] as const;
export type PriceBasis = (typeof priceBases)[number];

/** What delivering the work cost (funding and spend), in the prices of the year it was spent. */
export const deliveryCostSchema = z.strictObject({ pence: penceSchema, priceYear: priceYearSchema });
export type DeliveryCost = z.infer<typeof deliveryCostSchema>;

export const calculationInputSchema = z.strictObject({
  outcomeCounts: z.array(outcomeCountSchema).max(500).refine(eachOnce((count: { outcomeCode: string }) => count.outcomeCode), { message: "Each outcome once." }),
  mappings: z.array(outcomeMappingSchema).max(500).refine(eachOnce((mapping: { outcomeCode: string }) => mapping.outcomeCode), { message: "One mapping per outcome." }),
  /** The catalogue as it stands: one version of each code. */
  catalogue: z.array(unitCostEntrySchema).max(5000).refine(eachOnce((entry: { code: string }) => entry.code), { message: "One version of each code." }),
  deflators: deflatorSeriesSchema.nullable(),
  priceBasis: z.enum(priceBases),
  targetPriceYear: priceYearSchema,
  discounting: discountSettingsSchema,
  optimismBias: optimismBiasSchema,
  deliveryCost: deliveryCostSchema,
});
export type CalculationInput = z.infer<typeof calculationInputSchema>;

export const lineStagesSchema = z.strictObject({
  grossPence: penceSchema,
  afterDeadweightPence: penceSchema,
  afterAttributionPence: penceSchema,
  afterDisplacementPence: penceSchema,
  afterDropOffPence: penceSchema,
  afterOptimismBiasPence: penceSchema,
  presentValuePence: penceSchema,
});

export const calculationLineSchema = z.strictObject({
  outcomeCode: outcomeCodeSchema,
  outcomeCount: z.number().int().min(0),
  mappingVersion: z.number().int().min(1),
  /** The line's place in its mapping, from 1. */
  lineNumber: z.number().int().min(1),
  entry: z.strictObject({
    code: catalogueCodeSchema,
    version: z.number().int().min(1),
    unit: z.enum(costUnits),
    priceYear: priceYearSchema,
    /** The entry's value of this line's kind, in its own price year. */
    valuePence: penceSchema,
    discountClass: z.enum(discountClasses),
    confidenceGrade: confidenceGradeSchema,
  }),
  kind: z.enum(valueKinds),
  /** Who makes the saving, for a fiscal line; null for economic and social value. */
  agency: z.enum(costBearingAgencies).nullable(),
  parameters: z.strictObject({
    quantity: z.number().positive(),
    durationYears: z.number().int().min(1).max(longestDurationYears),
    deadweight: shareSchema,
    attribution: shareSchema,
    displacement: shareSchema,
    dropOff: shareSchema,
    /** The line's own grade, and the grade the optimism bias was taken at (the weaker of it and the entry's). */
    confidenceGrade: confidenceGradeSchema,
    appliedGrade: confidenceGradeSchema,
    optimismBias: shareSchema,
    upratingFactor: z.number().positive(),
    discountBands: z.array(discountBandSchema).min(1),
  }),
  rationale: rationaleSchema,
  stages: lineStagesSchema,
});
export type CalculationLine = z.infer<typeof calculationLineSchema>;

export const deductionsSchema = z.strictObject({
  deadweightPence: penceSchema,
  attributionPence: penceSchema,
  displacementPence: penceSchema,
  dropOffPence: penceSchema,
  optimismBiasPence: penceSchema,
  discountingPence: penceSchema,
});

/** Gross value, what each step took off, and the net present value that remains. */
export const valueSummarySchema = z.strictObject({
  grossPence: penceSchema,
  deductions: deductionsSchema,
  netPresentValuePence: penceSchema,
});
export type ValueSummary = z.infer<typeof valueSummarySchema>;

/**
 * The prices a result is in. Uprated: every figure in the target year's prices. Not uprated: each
 * value in its own price year; `priceYears` are the years the lines and the delivery cost mix, and
 * `missingDeflatorYears` the years the deflator series would need before the figures can be uprated.
 */
export const resultPricesSchema = z.discriminatedUnion("basis", [
  z.strictObject({ basis: z.literal("uprated") }),
  z.strictObject({ basis: z.literal("not_uprated"), priceYears: z.array(priceYearSchema).min(1), missingDeflatorYears: z.array(priceYearSchema) }),
]);
export type ResultPrices = z.infer<typeof resultPricesSchema>;

export const calculationResultSchema = z.strictObject({
  method: z.literal(calculationMethod),
  /** The year figures are brought to when uprated; when not uprated, the year they would be brought to. */
  targetPriceYear: priceYearSchema,
  prices: resultPricesSchema,
  settings: z.strictObject({
    discounting: discountSettingsSchema,
    optimismBias: optimismBiasSchema,
    /** The series and the rows the calculation used; null when nothing needed uprating, or nothing was uprated. */
    deflator: z
      .strictObject({
        name: z.string(),
        reference: z.string(),
        source: deflatorSeriesSchema.shape.source,
        publishedOn: z.string().nullable(),
        rowsUsed: z.array(deflatorRowSchema),
      })
      .nullable(),
  }),
  deliveryCost: z.strictObject({ pence: penceSchema, priceYear: priceYearSchema, upratingFactor: z.number().positive(), upratedPence: penceSchema }),
  lines: z.array(calculationLineSchema),
  /** Outcomes recorded in the period with no mapping: counted, not valued. */
  unvaluedOutcomes: z.array(outcomeCountSchema),
  total: valueSummarySchema,
  byKind: z.strictObject({ fiscal: valueSummarySchema, economic: valueSummarySchema, social: valueSummarySchema }),
  /** Fiscal savings of each agency that has any, in the order of `costBearingAgencies`. */
  fiscalByAgency: z.array(valueSummarySchema.extend({ agency: z.enum(costBearingAgencies) })),
  /**
   * Net present value per £1 of delivery cost, in pence (342 is £3.42): of all value (the "public
   * value" return) and of fiscal savings alone. Null when the work cost nothing.
   */
  returnPerPound: z.strictObject({ publicValuePence: z.number().int().min(0).nullable(), fiscalPence: z.number().int().min(0).nullable() }),
  /**
   * The years until the present value counted from the first year covers the delivery cost, taken
   * as spent at the start: 0 when the work cost nothing, null when it is not covered in the years
   * valued.
   */
  paybackYears: z.strictObject({ publicValue: z.number().int().min(0).nullable(), fiscal: z.number().int().min(0).nullable() }),
});
export type CalculationResult = z.infer<typeof calculationResultSchema>;
