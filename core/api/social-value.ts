/**
 * The HTTP contract of social value (issue 10): the unit-cost catalogue (versioned, importable
 * from a spreadsheet), the outcome mappings with their assumptions, the deflator series and the
 * discounting settings, calculations for a scope with their drill-down, sensitivity and a check
 * that they reproduce, and the report a commissioner reads. Administrators keep and run all of it;
 * a commissioner reads only its own funder's contracts' reports, every count in them through the
 * disclosure engine. Money is in whole pence. The web forms validate with the same schemas.
 */
import { z } from "zod";
import { monthRangeSchema } from "../reporting/catalogue.js";
import {
  calculationResultSchema,
  catalogueCodeSchema,
  checkUnitCostValues,
  deflatorSeriesSchema,
  discountSettingsSchema,
  importedEntrySchema,
  mappingLineSchema,
  optimismBiasSchema,
  outcomeCodeSchema,
  outcomeCountSchema,
  outcomeMappingSchema,
  priceBases,
  priceYearSchema,
  publishedSocialValueSchema,
  sensitivitySeriesSchema,
  unitCostEntryFields,
  unitCostEntrySchema,
} from "../social-value/index.js";
import { displayTextSchema, idSchema } from "./common.js";

const versionSeen = z.number({ message: "Say which version you changed." }).int().min(1);
const monthsSpanned = (months: { from: string; to: string }) => (Number(months.to.slice(0, 4)) - Number(months.from.slice(0, 4))) * 12 + Number(months.to.slice(5)) - Number(months.from.slice(5)) + 1;

/** The longest period one calculation covers: five years. */
export const maxCalculationMonths = 60;

// ---- The catalogue -----------------------------------------------------------------------------

export const catalogueParamsSchema = z.strictObject({ code: catalogueCodeSchema });

/** A version of an entry as the catalogue pages show it. */
export const catalogueEntryViewSchema = z.object({
  entry: unitCostEntrySchema,
  /** One of the versions the organisation started with. */
  isShipped: z.boolean(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
});
export type CatalogueEntryView = z.infer<typeof catalogueEntryViewSchema>;

/** Each code's current version, by code, with how many versions it has. */
export const catalogueListSchema = z.object({ entries: z.array(catalogueEntryViewSchema.extend({ versionCount: z.number().int().min(1) })) });
export type CatalogueList = z.infer<typeof catalogueListSchema>;

/** Every version of one code, newest first. */
export const catalogueVersionsSchema = z.object({ code: z.string(), versions: z.array(catalogueEntryViewSchema) });

/** A new code: its first version. */
export const createCatalogueEntryBodySchema = importedEntrySchema;
export type CreateCatalogueEntryBody = z.infer<typeof createCatalogueEntryBodySchema>;

/** A change to an entry, with the version seen: stored as the next version (409 when stale). */
export const updateCatalogueEntryBodySchema = z.strictObject({ ...unitCostEntryFields, version: versionSeen }).superRefine(checkUnitCostValues);
export type UpdateCatalogueEntryBody = z.infer<typeof updateCatalogueEntryBodySchema>;

/** A spreadsheet of entries (core/social-value/catalogue-csv.ts), as text. */
export const importCatalogueBodySchema = z.strictObject({ csv: z.string().min(1, { message: "Choose a file." }).max(400_000, { message: "The file is too large: at most 400,000 characters." }) });

/** What an import did: codes added, codes given a new version, and codes it left as they were. */
export const catalogueImportSchema = z.object({ added: z.array(z.string()), changed: z.array(z.string()), unchanged: z.array(z.string()) });

// ---- Outcome mappings --------------------------------------------------------------------------

export const mappingParamsSchema = z.strictObject({ outcomeCode: outcomeCodeSchema });

/** An outcome of the organisation's vocabulary with its current mapping (null: counted, not valued). */
export const outcomeMappingViewSchema = z.object({
  outcomeCode: z.string(),
  /** The organisation's own name for it; null for a built-in outcome it has not renamed. */
  label: z.string().nullable(),
  isBuiltIn: z.boolean(),
  isRetired: z.boolean(),
  mapping: outcomeMappingSchema.nullable(),
  createdAt: z.string().nullable(),
  createdByName: z.string().nullable(),
});
export type OutcomeMappingView = z.infer<typeof outcomeMappingViewSchema>;

/** The outcomes and their mappings, and the catalogue's current entries to map to. */
export const mappingListSchema = z.object({ outcomes: z.array(outcomeMappingViewSchema), entries: z.array(unitCostEntrySchema) });
export type MappingList = z.infer<typeof mappingListSchema>;

/** A mapping's new lines, with the version seen (0 when the outcome has none yet): stored as the next version. */
export const updateMappingBodySchema = z.strictObject({
  lines: z.array(mappingLineSchema).min(1, { message: "A mapping needs at least one line." }).max(20, { message: "At most 20 lines." }),
  version: z.number().int().min(0),
});
export type UpdateMappingBody = z.infer<typeof updateMappingBodySchema>;

// ---- Deflators and settings --------------------------------------------------------------------

export const deflatorsViewSchema = z.object({ series: deflatorSeriesSchema, version: z.number().int(), updatedAt: z.string(), updatedByName: z.string().nullable() });
export type DeflatorsView = z.infer<typeof deflatorsViewSchema>;
export const putDeflatorsBodySchema = z.strictObject({ series: deflatorSeriesSchema, version: versionSeen });
export type PutDeflatorsBody = z.infer<typeof putDeflatorsBodySchema>;

const settingsShape = {
  discounting: discountSettingsSchema,
  optimismBias: optimismBiasSchema,
  /** The price year to bring values to; null: the financial year in which each calculation's period ends. */
  targetPriceYear: priceYearSchema.nullable(),
};
export const settingsViewSchema = z.object({ ...settingsShape, version: z.number().int(), updatedAt: z.string(), updatedByName: z.string().nullable() });
export type SettingsView = z.infer<typeof settingsViewSchema>;
export const putSettingsBodySchema = z.strictObject({ ...settingsShape, version: versionSeen });
export type PutSettingsBody = z.infer<typeof putSettingsBodySchema>;

// ---- Calculations ------------------------------------------------------------------------------

const programmeCodeSchema = z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, { message: "Not a programme." });

/**
 * What a calculation covers besides its months: a site or every site (`siteId: null`), optionally
 * only the cases on one programme; or a contract (its sites and programmes).
 */
export const calculationScopeSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("sites"), siteId: idSchema.nullable(), programmeCode: programmeCodeSchema.nullable() }),
  z.strictObject({ kind: z.literal("contract"), contractId: idSchema }),
]);
export type CalculationScope = z.infer<typeof calculationScopeSchema>;

/**
 * The cost of delivering the work: the spend recorded for the scope's sites and months, or an
 * amount entered with a note of where it comes from (and the price year it is in).
 */
export const costChoiceSchema = z.discriminatedUnion("source", [
  z.strictObject({ source: z.literal("spend") }),
  z.strictObject({
    source: z.literal("entered"),
    pence: z.number({ message: "Enter an amount." }).int({ message: "The amount is a whole number of pence." }).min(0, { message: "The amount cannot be negative." }).max(10_000_000_000, { message: "The amount is at most £100,000,000." }),
    priceYear: priceYearSchema,
    note: displayTextSchema(300),
  }),
]);
export type CostChoice = z.infer<typeof costChoiceSchema>;

export const runCalculationBodySchema = z.strictObject({
  scope: calculationScopeSchema,
  months: monthRangeSchema.refine((months) => monthsSpanned(months) <= maxCalculationMonths, { message: `A calculation covers at most ${maxCalculationMonths} months.`, path: ["to"] }),
  cost: costChoiceSchema,
});
export type RunCalculationBody = z.infer<typeof runCalculationBodySchema>;

/**
 * Where a calculation's delivery cost came from. Spend: the total recorded at the scope's sites in
 * its months, by category, and (for some sites only) the organisation-wide spend of those months,
 * which is not shared out among sites and so is not in the total. Entered: the administrator's note.
 */
export const costBasisSchema = z.discriminatedUnion("source", [
  z.strictObject({ source: z.literal("spend"), totalPence: z.number().int().min(0), byCategory: z.record(z.string(), z.number().int().min(0)), organisationWidePence: z.number().int().min(0) }),
  z.strictObject({ source: z.literal("entered"), note: z.string() }),
]);
export type CostBasis = z.infer<typeof costBasisSchema>;

export const calculationParamsSchema = z.strictObject({ calculationId: idSchema });
export const calculationsQuerySchema = z.strictObject({ scopeKey: z.string().max(400).optional() });

/** The names of what a scope covers, from the organisation's data (null where it covers every one). */
export const scopeNamesSchema = z.object({
  site: z.string().nullable(),
  programme: z.string().nullable(),
  contract: z.string().nullable(),
  funder: z.string().nullable(),
  /** The sites covered: a contract's, a site, or every site. */
  siteNames: z.array(z.string()),
});

export const calculationSummarySchema = z.object({
  id: idSchema,
  scope: calculationScopeSchema,
  /** The same for every calculation of one scope and period: `sequence` numbers them from 1. */
  scopeKey: z.string(),
  names: scopeNamesSchema,
  months: z.object({ from: z.string(), to: z.string() }),
  sequence: z.number().int().min(1),
  createdAt: z.string(),
  createdByName: z.string(),
  priceBasis: z.enum(priceBases),
  targetPriceYear: z.string(),
  netPresentValuePence: z.number().int(),
  publicValueReturnPence: z.number().int().nullable(),
  /** A contract's calculation, whose published version its funder's commissioner reads. */
  isPublished: z.boolean(),
});
export type CalculationSummary = z.infer<typeof calculationSummarySchema>;
export const calculationListSchema = z.object({ calculations: z.array(calculationSummarySchema) });

/**
 * A calculation whole: the result (each line holds its outcome count, entry and parameters), every
 * outcome counted (zeros too), the catalogue entries it used as they were then, where the cost came
 * from, the organisation's own names for outcomes, and its published version (every count through
 * the disclosure engine): what its printed report shows and a contract's commissioner reads.
 */
export const calculationSchema = calculationSummarySchema.extend({
  result: calculationResultSchema,
  outcomeCounts: z.array(outcomeCountSchema),
  entries: z.array(unitCostEntrySchema),
  costBasis: costBasisSchema,
  outcomeLabels: z.record(z.string(), z.string()),
  published: publishedSocialValueSchema.nullable(),
});
export type Calculation = z.infer<typeof calculationSchema>;

export const sensitivitySchema = z.object({ series: z.array(sensitivitySeriesSchema) });
export type Sensitivity = z.infer<typeof sensitivitySchema>;

/** Whether a stored calculation comes out the same when worked again: from its own figures, and from what went in. */
export const reproductionSchema = z.object({
  isReproduced: z.boolean(),
  differences: z.array(z.object({ path: z.string(), stored: z.unknown(), recalculated: z.unknown() })),
});
export type Reproduction = z.infer<typeof reproductionSchema>;

// ---- What the forms offer ------------------------------------------------------------------------

export const socialValueOptionsSchema = z.object({
  sites: z.array(z.object({ id: idSchema, name: z.string() })),
  programmes: z.array(z.object({ code: z.string(), title: z.string() })),
  contracts: z.array(z.object({ id: idSchema, name: z.string(), funderName: z.string(), startsOn: z.string(), endsOn: z.string(), hasProgrammes: z.boolean() })),
  lastWholeMonth: z.string(),
  lastFinancialYear: z.object({ from: z.string(), to: z.string() }),
});
export type SocialValueOptions = z.infer<typeof socialValueOptionsSchema>;

// ---- The commissioner's report -----------------------------------------------------------------

export const publishedReportSummarySchema = z.object({
  id: idSchema,
  contractId: idSchema,
  contractName: z.string(),
  months: z.object({ from: z.string(), to: z.string() }),
  sequence: z.number().int().min(1),
  createdAt: z.string(),
  priceBasis: z.enum(priceBases),
});
export type PublishedReportSummary = z.infer<typeof publishedReportSummarySchema>;
export const publishedReportsQuerySchema = z.strictObject({ contractId: idSchema.optional() });
export const publishedReportListSchema = z.object({ reports: z.array(publishedReportSummarySchema) });

/** The report as a commissioner reads it: counts as published, pounds worked from them (core/social-value/publish.ts). */
export const publishedReportSchema = publishedReportSummarySchema.extend({
  funderName: z.string(),
  siteNames: z.array(z.string()),
  programmes: z.array(z.string()),
  published: publishedSocialValueSchema,
  entries: z.array(unitCostEntrySchema),
  sensitivity: z.array(sensitivitySeriesSchema),
  outcomeLabels: z.record(z.string(), z.string()),
});
export type PublishedReport = z.infer<typeof publishedReportSchema>;
