/**
 * The HTTP contract of returns and releases (issue 9): asking for a contract's quarterly return or
 * the Home Office trends report, watching it being built, and reading what was released. Every
 * figure in a release has been through the disclosure engine; nothing names a person.
 */
import { z } from "zod";
import { idSchema } from "./common.js";

const quarterSchema = z.string().regex(/^\d{4}-Q[1-4]$/, { message: "A quarter is written YYYY-Qn, such as 2026-Q1." });

export const askReturnSchema = z.strictObject({
  contractId: idSchema,
  quarter: quarterSchema,
  /** Administrators only: release it again (after late records), checked against the earlier release. */
  isRevision: z.boolean().optional(),
});

export const askTrendsSchema = z
  .strictObject({ from: quarterSchema, to: quarterSchema })
  .refine((asked) => asked.from <= asked.to, { message: "The last quarter cannot come before the first.", path: ["to"] });

export const reportRunStatuses = ["queued", "running", "done", "failed"] as const;

export const reportRunSchema = z.object({
  id: idSchema,
  kind: z.enum(["quarterly_return", "home_office_trends"]),
  status: z.enum(reportRunStatuses),
  stepsDone: z.number().int(),
  stepsTotal: z.number().int(),
  /** Set once released. */
  releaseId: idSchema.nullable(),
  /** A short reason when it failed. */
  failure: z.string().nullable(),
});

/** The answer to asking for a report: an existing release, or a run to watch. */
export const askedReportSchema = z.object({ releaseId: idSchema.nullable(), run: reportRunSchema.nullable() });

export const runParamsSchema = z.strictObject({ runId: idSchema });
export const releaseParamsSchema = z.strictObject({ releaseId: idSchema });
export const releasesQuerySchema = z.strictObject({ contractId: idSchema.optional() });

const shownSchema = z.object({ kind: z.enum(["zero", "suppressed", "rounded"]), value: z.number().nullable() });
const dimension = z.string();

export const publishedBlockSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("table"),
    id: z.string(),
    metric: z.string(),
    rows: dimension,
    columns: dimension,
    rowValues: z.array(z.string()),
    columnValues: z.array(z.string()),
    cells: z.array(z.array(shownSchema)),
    rowTotals: z.array(shownSchema),
    columnTotals: z.array(shownSchema),
    grandTotal: shownSchema,
  }),
  z.object({ kind: z.literal("list"), id: z.string(), metric: z.string(), by: dimension, values: z.array(z.string()), cells: z.array(shownSchema), total: shownSchema, isAdditive: z.boolean() }),
  z.object({ kind: z.literal("figure"), id: z.string(), metric: z.string(), shown: shownSchema }),
  z.object({ kind: z.literal("share"), id: z.string(), part: shownSchema, whole: shownSchema, percent: z.number().nullable() }),
  z.object({ kind: z.literal("wait"), id: z.string(), metric: z.string(), waits: shownSchema, medianDays: z.number().nullable(), p90Days: z.number().nullable() }),
]);

export const releasedKpiSchema = z.object({
  label: z.string(),
  measure: z.enum(["count", "share", "median_days", "p90_days"]),
  direction: z.enum(["at_least", "at_most"]),
  target: z.number().nullable(),
  shown: z.discriminatedUnion("kind", [z.object({ kind: z.literal("value"), value: z.number() }), z.object({ kind: z.literal("suppressed") }), z.object({ kind: z.literal("none") })]),
  status: z.enum(["green", "amber", "red", "no_target", "no_data", "not_shown"]),
});

/** A report as released: its parts (one quarter each) of sections of published blocks. */
export const releasedReportSchema = z.object({
  kind: z.enum(["quarterly_return", "home_office_trends"]),
  funderName: z.string().nullable(),
  contractName: z.string().nullable(),
  /** Whole months, `YYYY-MM`. */
  months: z.object({ from: z.string(), to: z.string() }),
  siteNames: z.array(z.string()),
  parts: z.array(z.object({ quarter: z.string(), sections: z.array(z.object({ id: z.string(), blocks: z.array(publishedBlockSchema) })) })),
  kpis: z.array(releasedKpiSchema),
  /** Names of values from the organisation's data (sites, programmes, referral sources), by dimension. */
  labels: z.record(z.string(), z.record(z.string(), z.string())),
  rules: z.object({ threshold: z.number().int(), roundingBase: z.number().int() }),
});
export type ReleasedReport = z.infer<typeof releasedReportSchema>;

export const releaseSummarySchema = z.object({
  id: idSchema,
  kind: z.enum(["quarterly_return", "home_office_trends"]),
  contractId: idSchema.nullable(),
  contractName: z.string().nullable(),
  months: z.object({ from: z.string(), to: z.string() }),
  /** The quarter a return covers; the first and last quarter of a trends report. */
  label: z.string(),
  releasedAt: z.string(),
  isRevision: z.boolean(),
  /** How many figures were hidden, for the organisation's own staff (a commissioner sees the marks in the report). */
  suppressedCount: z.number().int().nullable(),
});

export const releaseListSchema = z.object({ releases: z.array(releaseSummarySchema) });

export const releaseSchema = releaseSummarySchema.extend({ report: releasedReportSchema, pdfSha256: z.string().nullable(), csvSha256: z.string().nullable() });

/** A contract as its funder's commissioner sees it: what it covers and the quarters with a return to read. */
export const commissionedContractSchema = z.object({
  id: idSchema,
  name: z.string(),
  reference: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  siteNames: z.array(z.string()),
  /** Quarters of the contract that have ended, newest first, each with its release if made. */
  quarters: z.array(z.object({ quarter: z.string(), releaseId: idSchema.nullable() })),
});

export const commissioningSchema = z.object({
  funderName: z.string().nullable(),
  /** The funder may read the trends report across every site. */
  seesNationalTrends: z.boolean(),
  contracts: z.array(commissionedContractSchema),
  /** The last quarter that has ended: the latest a report can cover. */
  lastQuarter: z.string(),
});
