/**
 * Outcome-to-value mappings: how one recorded outcome of a closed case (core/support/vocabulary.ts)
 * is valued with catalogue entries, and the assumptions that take gross value down to what the
 * work can claim (SROI Guide 2012 concepts; shared reference "domain facts" §4.4). Pure.
 *
 * Each line of a mapping says: each outcome stands for `quantity` units of a catalogue entry a
 * year, for `durationYears` years; of that, `deadweight` would have happened anyway, `attribution`
 * is due to others, `displacement` merely moves elsewhere, and the value falls by `dropOff` each
 * year after the first. An optimism-bias reduction, set by how weak the evidence is (the worse of
 * the entry's grade and the line's), takes off what appraisals tend to overclaim. Shares are
 * fractions: 0.25 is 25%.
 *
 * Mappings are versioned like catalogue entries; a calculation records the version it used.
 */
import { z } from "zod";
import { catalogueCodeSchema, confidenceGradeSchema, valueKinds, type ConfidenceGrade } from "./catalogue.js";

export const shareSchema = z.number({ message: "A share is a number from 0 to 1." }).min(0, { message: "A share is at least 0." }).max(1, { message: "A share is at most 1 (100%)." });

/** Why each assumption of a line has its value, in the organisation's words (shown beside the figure). */
export const rationaleSchema = z.strictObject({
  quantity: z.string().trim().min(1).max(600),
  duration: z.string().trim().min(1).max(600),
  deadweight: z.string().trim().min(1).max(600),
  attribution: z.string().trim().min(1).max(600),
  displacement: z.string().trim().min(1).max(600),
  dropOff: z.string().trim().min(1).max(600),
  confidence: z.string().trim().min(1).max(600),
});
export type Rationale = z.infer<typeof rationaleSchema>;

/** The longest a value may be counted for: the Green Book's appraisal horizon. */
export const longestDurationYears = 75;

export const mappingLineSchema = z.strictObject({
  entryCode: catalogueCodeSchema,
  /** Which of the entry's values to count; each must be one the entry has. */
  valueKinds: z
    .array(z.enum(valueKinds))
    .min(1, { message: "Count at least one kind of value." })
    .refine((kinds) => new Set(kinds).size === kinds.length, { message: "Each kind once." }),
  /** Units of the entry each outcome stands for, each year. */
  quantity: z.number({ message: "A quantity is a number." }).positive({ message: "A quantity is above 0." }).max(1000, { message: "A quantity is at most 1000." }),
  durationYears: z
    .number()
    .int({ message: "A duration is a whole number of years." })
    .min(1, { message: "A duration is at least 1 year." })
    .max(longestDurationYears, { message: `A duration is at most ${longestDurationYears} years.` }),
  deadweight: shareSchema,
  attribution: shareSchema,
  displacement: shareSchema,
  dropOff: shareSchema,
  /** How good the evidence is that the outcome brings this saving. */
  confidenceGrade: confidenceGradeSchema,
  rationale: rationaleSchema,
});
export type MappingLine = z.infer<typeof mappingLineSchema>;

export const outcomeCodeSchema = z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, { message: "Use lower-case letters, digits and underscores, starting with a letter." });

export const outcomeMappingSchema = z.strictObject({
  outcomeCode: outcomeCodeSchema,
  version: z.number().int().min(1),
  lines: z.array(mappingLineSchema).min(1, { message: "A mapping needs at least one line." }).max(20),
});
export type OutcomeMapping = z.infer<typeof outcomeMappingSchema>;

/** The optimism-bias reduction of benefits for each confidence grade, as a share. */
export const optimismBiasSchema = z.strictObject({ 1: shareSchema, 2: shareSchema, 3: shareSchema, 4: shareSchema, 5: shareSchema });
export type OptimismBias = z.infer<typeof optimismBiasSchema>;

/**
 * From none for the best evidence to 40% for our own assumptions, in even steps: our reading of the
 * 0% to 40% span the reference reports for GMCA's confidence-grade adjustments, whose exact
 * values we have not been able to check.
 */
export const defaultOptimismBias: OptimismBias = Object.freeze({ 1: 0, 2: 0.1, 3: 0.2, 4: 0.3, 5: 0.4 });

/** The grade a line is adjusted at: the weaker of the figure's and the assumption's. */
export const lineGrade = (entryGrade: ConfidenceGrade, lineGradeValue: ConfidenceGrade): ConfidenceGrade => (entryGrade > lineGradeValue ? entryGrade : lineGradeValue);
