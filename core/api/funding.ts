/**
 * Request and response shapes for funding and spend (issue 10): funders' grants, spend by category
 * and month, the unit costs of the organisation's own services with the figures its records
 * suggest, and the public list of disclosed grants. Administrators only, but for the public list.
 * The web forms validate with the same schemas. Money is in whole pence.
 */
import { z } from "zod";
import { funderKinds, latestEndOf } from "../reporting/contracts.js";
import { costDerivations, largestAmountPence, recordedActivities, spendCategories } from "../funding/vocabulary.js";
import { mixStrategies } from "../funding/calculator.js";
import { displayTextSchema, idSchema, pageOf } from "./common.js";

export { costDerivations, mixStrategies, spendCategories };
export type { CostDerivation, SpendCategory } from "../funding/vocabulary.js";

const eachOnce = <T>(values: readonly T[]) => new Set(values).size === values.length;
const versionSchema = z.number().int().min(1);
const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: "A month is written YYYY-MM." });
const day = z.iso.date({ message: "Enter a date, YYYY-MM-DD." });

/** An amount of money in pence: £12,500.50 is 1250050. */
const penceSchema = (min: 0 | 1) =>
  z
    .number({ message: "Enter an amount." })
    .int({ message: "The amount is a whole number of pence." })
    .min(min, { message: min === 0 ? "The amount cannot be negative." : "The amount must be more than nothing." })
    .max(largestAmountPence, { message: "The amount is at most £100,000,000." });

/** Several lines of staff-only text: newlines and tabs allowed, other control characters and direction overrides not. */
const staffTextSchema = (max: number) =>
  z
    .string()
    .normalize("NFC")
    .trim()
    .max(max, { message: `At most ${max} characters.` })
    // eslint-disable-next-line no-control-regex -- refusing control characters (but newline and tab) is the point
    .refine((value) => !/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(value), { message: "Contains characters that are not allowed." });

/** The largest run of months a spend summary or list covers at once: three years. */
export const maxSpendMonths = 36;

// ---- Grants -----------------------------------------------------------------------------------

export const grantParamsSchema = z.strictObject({ grantId: idSchema });

const grantShape = {
  funderId: idSchema,
  /** What the grant pays for, in a sentence; published with the grant when it is disclosed. */
  purpose: displayTextSchema(200),
  amountPence: penceSchema(0),
  startsOn: day,
  endsOn: day,
  /** What the funder says the money may and may not be spent on: staff only, never published. */
  restrictions: staffTextSchema(2_000),
  /** The sites it supports; none: every site, and the organisation as a whole. */
  siteIds: z.array(idSchema).max(100, { message: "At most 100 sites." }).refine(eachOnce, { message: "Each site once." }),
  /** The programmes it supports; none: all the work. */
  programmeCodes: z
    .array(z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, { message: "Not a programme." }))
    .max(50, { message: "At most 50 programmes." })
    .refine(eachOnce, { message: "Each programme once." }),
  /** Listed on the public site: the funder's name, the purpose and the period. */
  isDisclosed: z.boolean(),
  /** The amount is published too (only with a disclosed grant). */
  isAmountDisclosed: z.boolean(),
};

type GrantChecked = { startsOn: string; endsOn: string; isDisclosed: boolean; isAmountDisclosed: boolean };
const grantChecks = (grant: GrantChecked, context: z.core.$RefinementCtx<GrantChecked>) => {
  if (grant.endsOn < grant.startsOn) context.addIssue({ code: "custom", path: ["endsOn"], message: "The grant cannot end before it starts." });
  else if (grant.endsOn > latestEndOf(grant.startsOn)) context.addIssue({ code: "custom", path: ["endsOn"], message: "A grant runs for at most 10 years." });
  if (grant.isAmountDisclosed && !grant.isDisclosed) context.addIssue({ code: "custom", path: ["isAmountDisclosed"], message: "The amount can be published only with the grant." });
};

export const createGrantBodySchema = z.strictObject(grantShape).superRefine(grantChecks);
export type CreateGrantBody = z.infer<typeof createGrantBodySchema>;

/** A change with the version seen (409 when stale). */
export const updateGrantBodySchema = z.strictObject({ ...grantShape, version: versionSchema }).superRefine(grantChecks);
export type UpdateGrantBody = z.infer<typeof updateGrantBodySchema>;

/** Ends a grant early on `endedOn` (within its period), or with null takes the early end back. */
export const endGrantBodySchema = z.strictObject({ endedOn: day.nullable(), version: versionSchema });
export type EndGrantBody = z.infer<typeof endGrantBodySchema>;

export const grantListQuerySchema = z.strictObject({ funderId: idSchema.optional() });

export const grantSchema = z.object({
  id: idSchema,
  funderId: idSchema,
  funderName: z.string(),
  purpose: z.string(),
  amountPence: z.number().int(),
  startsOn: z.iso.date(),
  endsOn: z.iso.date(),
  endedOn: z.iso.date().nullable(),
  restrictions: z.string(),
  siteIds: z.array(idSchema),
  programmeCodes: z.array(z.string()),
  isDisclosed: z.boolean(),
  isAmountDisclosed: z.boolean(),
  /** Spend charged to it so far, in pence. */
  spentPence: z.number().int(),
  createdAt: z.iso.datetime(),
  version: z.number().int(),
});
export type GrantView = z.infer<typeof grantSchema>;

export const grantListSchema = z.object({
  items: z.array(grantSchema),
  /** More grants than a page lists: choose a funder to narrow the list. */
  isTruncated: z.boolean(),
});

// ---- Spend ------------------------------------------------------------------------------------

export const spendParamsSchema = z.strictObject({ spendId: idSchema });

const spendShape = {
  /** The month the money was spent in. */
  month: yearMonth,
  /** The site it was spent for; null: the organisation as a whole (head office, shared staff). */
  siteId: idSchema.nullable(),
  category: z.enum(spendCategories),
  amountPence: penceSchema(1),
  /** A few words: "Outreach worker salaries", "Drug awareness kits, 200". Staff only. */
  description: displayTextSchema(200),
  /** The grant it is charged to, if any. */
  grantId: idSchema.nullable(),
};

export const recordSpendBodySchema = z.strictObject(spendShape);
export type RecordSpendBody = z.infer<typeof recordSpendBodySchema>;

/** A correction with the version seen (409 when stale). */
export const correctSpendBodySchema = z.strictObject({ ...spendShape, version: versionSchema });
export type CorrectSpendBody = z.infer<typeof correctSpendBodySchema>;

/** `all` sites and the organisation-wide spend; `organisation`: only the organisation-wide; or one site's. */
export const spendSiteSchema = z.union([z.enum(["all", "organisation"]), idSchema], { message: "Choose all, organisation or a site." });
export type SpendSite = z.infer<typeof spendSiteSchema>;

/** Whole months, both included; left out, the twelve months up to and including this one. */
const spendPeriodShape = { from: yearMonth.optional(), to: yearMonth.optional(), site: spendSiteSchema.default("all") };

export const spendListQuerySchema = z.strictObject({
  ...spendPeriodShape,
  category: z.enum(spendCategories).optional(),
  grantId: idSchema.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
});
export type SpendListQuery = z.infer<typeof spendListQuerySchema>;

export const spendSummaryQuerySchema = z.strictObject(spendPeriodShape);
export type SpendSummaryQuery = z.infer<typeof spendSummaryQuerySchema>;

export const spendSchema = z.object({
  id: idSchema,
  month: z.string(),
  siteId: idSchema.nullable(),
  category: z.enum(spendCategories),
  amountPence: z.number().int(),
  description: z.string(),
  grantId: idSchema.nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  version: z.number().int(),
});
export type SpendView = z.infer<typeof spendSchema>;

const monthRange = z.object({ from: z.string(), to: z.string() });

export const spendListSchema = pageOf(spendSchema).extend({ months: monthRange, totalPence: z.number().int() });
export type SpendList = z.infer<typeof spendListSchema>;

export const spendSummarySchema = z.object({
  months: monthRange,
  site: z.string(),
  totalPence: z.number().int(),
  byCategory: z.array(z.object({ category: z.enum(spendCategories), totalPence: z.number().int() })),
  byMonth: z.array(z.object({ month: z.string(), totalPence: z.number().int() })),
});
export type SpendSummaryView = z.infer<typeof spendSummarySchema>;

// ---- Unit costs of the organisation's services ------------------------------------------------

export const unitCostParamsSchema = z.strictObject({ unitCostId: idSchema });

const unitCostShape = {
  /** "Drug awareness kit", "Mentoring a young person". */
  name: displayTextSchema(120),
  /** "per kit", "per young person per year". */
  unit: displayTextSchema(80),
  costPence: penceSchema(1),
  /** How the figure was worked out. */
  basis: staffTextSchema(2_000),
  /** What the records can suggest a figure from; null: nothing. */
  derivation: z.enum(costDerivations).nullable(),
};

export const createUnitCostBodySchema = z.strictObject(unitCostShape);
export type CreateUnitCostBody = z.infer<typeof createUnitCostBodySchema>;

export const updateUnitCostBodySchema = z.strictObject({ ...unitCostShape, version: versionSchema });
export type UpdateUnitCostBody = z.infer<typeof updateUnitCostBodySchema>;

/** What the records suggest for one derivation over the months looked at. */
export const costSuggestionSchema = z.object({
  derivation: z.enum(costDerivations),
  /** The suggested cost in pence; null where the records cannot say. */
  suggestedPence: z.number().int().nullable(),
  /** Spend in the derivation's category over the months. */
  spendPence: z.number().int(),
  monthsWithSpend: z.number().int(),
  /** What it is divided by, and how many were recorded (null: a yearly cost with no activity). */
  activity: z.enum(recordedActivities).nullable(),
  activityCount: z.number().int().nullable(),
});
export type CostSuggestion = z.infer<typeof costSuggestionSchema>;

export const unitCostSchema = z.object({
  id: idSchema,
  name: z.string(),
  unit: z.string(),
  costPence: z.number().int(),
  basis: z.string(),
  derivation: z.enum(costDerivations).nullable(),
  createdAt: z.iso.datetime(),
  version: z.number().int(),
});
export type UnitCostView = z.infer<typeof unitCostSchema>;

export const unitCostListSchema = z.object({
  items: z.array(unitCostSchema),
  /** The months the suggestions look back over: the last twelve whole months. */
  months: monthRange,
  /** One per derivation, whether or not a unit cost uses it (a form shows it while choosing). */
  suggestions: z.array(costSuggestionSchema),
});
export type UnitCostList = z.infer<typeof unitCostListSchema>;

// ---- Choices for the forms --------------------------------------------------------------------

export const fundingOptionsSchema = z.object({
  sites: z.array(z.object({ id: idSchema, name: z.string() })),
  programmes: z.array(z.object({ code: z.string(), title: z.string(), isRetired: z.boolean() })),
  funders: z.array(z.object({ id: idSchema, name: z.string(), kind: z.enum(funderKinds), isActive: z.boolean() })),
  /** Grants spend can be charged to, with what decides whether it may. */
  grants: z.array(z.object({ id: idSchema, funderName: z.string(), purpose: z.string(), startsOn: z.iso.date(), endsOn: z.iso.date(), endedOn: z.iso.date().nullable(), siteIds: z.array(idSchema) })),
});
export type FundingOptions = z.infer<typeof fundingOptionsSchema>;

// ---- The public list --------------------------------------------------------------------------

/**
 * Who funds the organisation's work, from the grants it marked disclosed and nothing else: each
 * funder's name, and for each of its disclosed grants the purpose, the period and, where that was
 * disclosed too, the amount.
 */
export const publicFundingSchema = z.object({
  organisationName: z.string(),
  funders: z.array(
    z.object({
      name: z.string(),
      grants: z.array(z.object({ purpose: z.string(), startsOn: z.iso.date(), endsOn: z.iso.date(), amountPence: z.number().int().nullable() })),
    }),
  ),
});
export type PublicFunding = z.infer<typeof publicFundingSchema>;
