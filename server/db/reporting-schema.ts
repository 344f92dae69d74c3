/**
 * Reporting (issue 9): funders and their contracts with KPI targets, the commissioners who sign in
 * for a funder, every release of figures to a funder (the release log), and report runs, the jobs
 * that build a return with their progress.
 *
 * Nothing here names a client. A release holds only disclosure-controlled counts with the keys of
 * what they count, and the files exactly as they left.
 */
import { sql } from "drizzle-orm";
import { bigint, boolean, check, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { ReleasedCount } from "../../core/disclosure/index.js";
import type { MetricCode, ReportingDimension } from "../../core/reporting/catalogue.js";
import { at, bytea, createdAt, day } from "./columns.js";
import { organisations, users } from "./schema.js";

/** Who pays for the work: a council, the Home Office, a health body, a trust. */
export const funders = pgTable(
  "funders",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    name: text("name").notNull(),
    /** core/reporting/contracts.ts funderKinds. */
    kind: text("kind").notNull(),
    /** May read the trends report across every site (the Home Office's national view). */
    seesNationalTrends: boolean("sees_national_trends").notNull().default(false),
    isActive: boolean("is_active").notNull().default(true),
    createdAt: createdAt(),
    version: integer("version").notNull().default(1),
  },
  (t) => [uniqueIndex("funders_org_name_key").on(t.organisationId, sql`lower(${t.name})`)],
);

/** A commissioner's funder: a commissioner account sees that funder's contracts and nothing else. */
export const funderCommissioners = pgTable("funder_commissioners", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id),
  funderId: uuid("funder_id")
    .notNull()
    .references(() => funders.id),
  createdAt: createdAt(),
});

/** A contract: what a funder pays for, over which period, sites and programmes. */
export const contracts = pgTable(
  "contracts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    funderId: uuid("funder_id")
      .notNull()
      .references(() => funders.id),
    name: text("name").notNull(),
    /** The funder's own reference for it, if any. */
    reference: text("reference").notNull().default(""),
    /** In pence. */
    valuePence: bigint("value_pence", { mode: "number" }).notNull(),
    startsOn: day("starts_on").notNull(),
    endsOn: day("ends_on").notNull(),
    siteIds: jsonb("site_ids").$type<string[]>().notNull(),
    /** Programme codes covered; empty means all the work at the sites. */
    programmeCodes: jsonb("programme_codes").$type<string[]>().notNull().default([]),
    createdAt: createdAt(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    index("contracts_funder_idx").on(t.funderId),
    uniqueIndex("contracts_org_name_key").on(t.organisationId, sql`lower(${t.name})`),
    check("contracts_period_check", sql`${t.endsOn} >= ${t.startsOn}`),
    check("contracts_value_check", sql`${t.valuePence} >= 0`),
  ],
);

/**
 * A key performance indicator of a contract: a metric (with an optional filter, e.g. people from
 * minority ethnic communities), how it is measured, and a target per quarter.
 */
export const contractKpis = pgTable(
  "contract_kpis",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull(),
    contractId: uuid("contract_id")
      .notNull()
      .references(() => contracts.id, { onDelete: "cascade" }),
    label: text("label").notNull(),
    metric: text("metric").$type<MetricCode>().notNull(),
    /** core/reporting/kpi.ts kpiMeasures: count, share (of the metric's total), median or p90 days. */
    measure: text("measure").notNull(),
    /** For a share: the part counted, e.g. `{ minority_ethnic: ["minority_ethnic"] }`. For others, a filter on what is counted. */
    filter: jsonb("filter").$type<Partial<Record<ReportingDimension, string[]>>>().notNull().default({}),
    /** `at_least` (referrals, completions) or `at_most` (waiting times). */
    direction: text("direction").notNull(),
    /** Target per quarter, keyed `YYYY-Qn`; a share is a percentage. */
    targets: jsonb("targets").$type<Record<string, number>>().notNull().default({}),
    position: integer("position").notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [index("contract_kpis_contract_idx").on(t.contractId, t.position)],
);

/**
 * The release log: every set of figures that left for a funder, with what was asked (`query`)
 * and each count it published with the key of what it counts, so a later release can be checked
 * against it for differencing. Append-only in practice: nothing updates or deletes a release.
 */
export const disclosureReleases = pgTable(
  "disclosure_releases",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    /** quarterly_return, home_office_trends, kpi_progress. */
    kind: text("kind").notNull(),
    funderId: uuid("funder_id").references(() => funders.id),
    contractId: uuid("contract_id").references(() => contracts.id),
    /** What was asked: kind-specific parameters (contract, quarter, sites, months). */
    query: jsonb("query").$type<Record<string, unknown>>().notNull(),
    /** The months and sites it covers, for finding earlier releases it overlaps. */
    monthFrom: text("month_from").notNull(),
    monthTo: text("month_to").notNull(),
    siteIds: jsonb("site_ids").$type<string[]>().notNull(),
    counts: jsonb("counts").$type<ReleasedCount[]>().notNull(),
    /** The figures as published, laid out as the report shows them (core/reporting/report-blocks.ts), with the labels of what they count. */
    report: jsonb("report").$type<Record<string, unknown>>().notNull(),
    /** The rules it was published under (threshold, rounding base, protection width). */
    rules: jsonb("rules").$type<Record<string, number>>().notNull(),
    /** How many cells were suppressed: primary, secondary, and for differencing against earlier releases. */
    suppressed: jsonb("suppressed").$type<{ primary: number; secondary: number; differencing: number }>().notNull(),
    /** The released files exactly as they left: PDF and CSV. */
    pdf: bytea("pdf"),
    csv: text("csv"),
    /** SHA-256 of each file, hex, so a copy can be checked against the log. */
    pdfSha256: text("pdf_sha256"),
    csvSha256: text("csv_sha256"),
    /** The release this one revises (the same contract and quarter, released again after late records). */
    revisesId: uuid("revises_id"),
    releasedBy: uuid("released_by").references(() => users.id),
    releasedAt: at("released_at").notNull(),
  },
  (t) => [
    index("disclosure_releases_org_idx").on(t.organisationId, t.releasedAt),
    index("disclosure_releases_contract_idx").on(t.contractId, t.monthFrom),
  ],
);

/**
 * A report being built as a job, step by step, so the page can show how far it has got: each
 * step commits its part before the next is queued.
 */
export const reportRuns = pgTable(
  "report_runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    kind: text("kind").notNull(),
    params: jsonb("params").$type<Record<string, unknown>>().notNull(),
    /** queued, running, done, failed. */
    status: text("status").notNull().default("queued"),
    stepsDone: integer("steps_done").notNull().default(0),
    stepsTotal: integer("steps_total").notNull(),
    /** The parts computed so far, disclosure-controlled or not yet (never shown until done). */
    partial: jsonb("partial").$type<Record<string, unknown>>().notNull().default({}),
    releaseId: uuid("release_id").references(() => disclosureReleases.id),
    /** A short, user-facing reason when it failed; never a stack trace. */
    failure: text("failure"),
    requestedBy: uuid("requested_by")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    finishedAt: at("finished_at"),
  },
  (t) => [index("report_runs_org_idx").on(t.organisationId, t.createdAt)],
);


/**
 * People engaged, kept by month as it happens: one row for each case, site, London month and way
 * of attending (a support session, or a programme's group session, by programme key; '' for
 * support sessions), with how many attendances and the last. Kept by triggers on support
 * sessions, group sessions and their attendees (migration 0032), whatever writes those, so a
 * quarter's "people engaged" reads a few hundred thousand of these rather than millions of
 * sessions. Holds no identity: ids, a month and counts.
 */
export const caseEngagementMonths = pgTable(
  "case_engagement_months",
  {
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    siteId: uuid("site_id").notNull(),
    caseId: uuid("case_id").notNull(),
    /** The first day of the London month. */
    month: day("month").notNull(),
    /** The group session's programme key; '' for support sessions. */
    programmeKey: text("programme_key").notNull(),
    attendances: integer("attendances").notNull(),
    lastAttendedAt: at("last_attended_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.month, t.siteId, t.programmeKey] }),
    index("case_engagement_months_period_idx").on(t.organisationId, t.month, t.siteId, t.caseId, t.programmeKey, t.lastAttendedAt),
  ],
);
