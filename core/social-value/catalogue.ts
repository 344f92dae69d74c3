/**
 * The unit-cost catalogue: what one unit of a harm or a service costs the public purse (fiscal),
 * the economy (economic: earnings and output) and people's wellbeing (social), in the prices of a
 * stated year, with its source and how far it can be trusted. Pure.
 *
 * Entries are versioned: an edit makes a new version of the same code and old calculations keep
 * the version they used (issue 10). The schema is the contract for storing, importing (CSV) and
 * sending an entry; `defaultUnitCosts` (default-unit-costs.ts) is the set an organisation starts with.
 */
import { z } from "zod";
import { penceSchema, priceYearSchema } from "./price-years.js";

/**
 * The public body that bears a fiscal cost, and so makes the saving when it is avoided. The split
 * of savings by agency is what shows a council what it saves beside the NHS and the police.
 * `multiple`: the source gives one figure borne by several agencies without dividing it.
 */
export const costBearingAgencies = [
  "nhs",
  "police",
  "criminal_justice",
  "prisons",
  "youth_justice",
  "council",
  "childrens_services",
  "dwp_hmrc",
  "multiple",
] as const;
export type CostBearingAgency = (typeof costBearingAgencies)[number];

/** The three kinds of value of the GMCA method (shared reference "domain facts" §4.1). */
export const valueKinds = ["fiscal", "economic", "social"] as const;
export type ValueKind = (typeof valueKinds)[number];

/** What one unit of an entry is. */
export const costUnits = [
  "per_incident",
  "per_person",
  "per_person_per_year",
  "per_person_lifetime",
  "per_week",
  "per_bed_day",
  "per_attendance",
  "per_episode",
  "per_contact",
  "per_application",
  "per_wellby",
  "per_qaly",
] as const;
export type CostUnit = (typeof costUnits)[number];

/**
 * How far a figure (or an assumption) can be trusted, 1 best to 5 weakest. The grade sets the
 * optimism-bias reduction a calculation applies (mappings.ts). Our scale:
 * 1 an audited or official figure, recent and local; 2 an official national figure, recent;
 * 3 an official national figure more than five years old; 4 a single study's estimate, or an
 * official figure whose details we could not check; 5 our own assumption with little evidence.
 */
export const confidenceGrades = [1, 2, 3, 4, 5] as const;
export type ConfidenceGrade = (typeof confidenceGrades)[number];
export const confidenceGradeSchema = z.literal(confidenceGrades, { message: "A confidence grade is a whole number from 1 (best) to 5 (weakest)." });

/**
 * Which Green Book discount rates apply to the value: `standard` for money (fiscal savings, earnings)
 * and `health` for values of health and wellbeing themselves (QALYs, WELLBYs), which the Green Book
 * discounts at the lower rate. A cash saving to the NHS is money, so it is `standard`.
 */
export const discountClasses = ["standard", "health"] as const;
export type DiscountClass = (typeof discountClasses)[number];

/** Codes as the sources write them ("HE2.0.1", "E&E10.0") or our own ("WELLBY"). */
export const catalogueCodeSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9&.:_-]{0,39}$/, { message: "A code is up to 40 letters, digits and & . : _ -, starting with a letter or digit." });

/** Entries that value the same thing, which one outcome may use only one of (no double counting). */
export const overlapGroupSchema = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, { message: "Use lower-case letters, digits and underscores." });

const textSchema = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: "Required." })
    .max(max, { message: `At most ${max} characters.` })
    // eslint-disable-next-line no-control-regex -- refusing control characters is the point
    .refine((value) => !/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(value), { message: "Contains characters that are not allowed." });

export const sourceSchema = z.strictObject({
  citation: textSchema(300),
  url: z.url({ protocol: /^https?$/, message: "A link is a web address starting http:// or https://." }).nullable(),
});
export type Source = z.infer<typeof sourceSchema>;

/** What an entry says besides its code and version: the part an administrator enters or imports. */
export const unitCostEntryFields = {
  /** In our own words: what one unit is. */
  description: textSchema(300),
  unit: z.enum(costUnits),
  /** Who bears the fiscal cost; null when the entry has no fiscal value (a wellbeing value). */
  agency: z.enum(costBearingAgencies).nullable(),
  fiscalPence: penceSchema.nullable(),
  economicPence: penceSchema.nullable(),
  socialPence: penceSchema.nullable(),
  priceYear: priceYearSchema,
  source: sourceSchema,
  confidenceGrade: confidenceGradeSchema,
  discountClass: z.enum(discountClasses),
  overlapGroup: overlapGroupSchema.nullable(),
  /** What a reader should know before relying on the figure (a detail the source leaves open). */
  caveat: textSchema(500).nullable(),
};

type EntryValues = { agency: CostBearingAgency | null; fiscalPence: number | null; economicPence: number | null; socialPence: number | null };

/** The checks across an entry's fields, for any schema built from `unitCostEntryFields`. */
export function checkUnitCostValues(entry: EntryValues, context: z.core.$RefinementCtx<EntryValues>): void {
  if (entry.fiscalPence === null && entry.economicPence === null && entry.socialPence === null) {
    context.addIssue({ code: "custom", path: ["fiscalPence"], message: "An entry needs at least one of a fiscal, economic or social value." });
  }
  if (entry.fiscalPence !== null && entry.agency === null) {
    context.addIssue({ code: "custom", path: ["agency"], message: "A fiscal value needs the agency that bears it." });
  }
}

export const unitCostEntrySchema = z
  .strictObject({ code: catalogueCodeSchema, version: z.number().int().min(1), ...unitCostEntryFields })
  .superRefine(checkUnitCostValues);
export type UnitCostEntry = z.infer<typeof unitCostEntrySchema>;

/** The entry's value of one kind in pence, or null when the source gives none. */
export function valueOf(entry: UnitCostEntry, kind: ValueKind): number | null {
  if (kind === "fiscal") return entry.fiscalPence;
  return kind === "economic" ? entry.economicPence : entry.socialPence;
}
