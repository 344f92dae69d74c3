/**
 * Social value (issue 10; re-exported from schema.ts, which migrations are generated from): the
 * organisation's unit-cost catalogue and outcome mappings, each kept as versions that are never
 * changed (an edit adds the next version, so a calculation keeps the figures it used), the
 * discounting settings and the deflator series, and the calculations made, each stored whole.
 *
 * Nothing here names a client: a calculation holds outcome counts, never who achieved them.
 */
import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { CalculationInput, CalculationResult, DeflatorSeries, DiscountSettings, MappingLine, OptimismBias, PublishedSocialValue, UnitCostEntry } from "../../core/social-value/index.js";
import type { ReleasedCount } from "../../core/disclosure/index.js";
import type { CalculationScope, CostBasis } from "../../core/api/social-value.js";
import { at, createdAt } from "./columns.js";
import { contracts } from "./reporting-schema.js";
import { organisations, sites, users } from "./schema.js";

/**
 * One organisation's settings: the discount rates, the optimism-bias reductions, the price year
 * figures are brought to, and the deflator series. Its row is made when the organisation first
 * reads social value, with the catalogue and mappings it starts from (server/social-value/defaults.ts).
 */
export const socialValueSettings = pgTable("social_value_settings", {
  organisationId: uuid("organisation_id")
    .primaryKey()
    .references(() => organisations.id),
  discounting: jsonb("discounting").$type<DiscountSettings>().notNull(),
  optimismBias: jsonb("optimism_bias").$type<OptimismBias>().notNull(),
  /** The price year to uprate to; null: the financial year in which the period of each calculation ends. */
  targetPriceYear: text("target_price_year"),
  /** The GDP-deflator series as administrators entered it; it starts with no rows. */
  deflators: jsonb("deflators").$type<DeflatorSeries>().notNull(),
  createdAt: createdAt(),
  updatedAt: at("updated_at").notNull().defaultNow(),
  updatedBy: uuid("updated_by").references(() => users.id),
  /** Incremented on every change, so two administrators editing at once cannot both win. */
  version: integer("version").notNull().default(1),
});

/** A version of a catalogue entry, as it was: the next edit adds a row, never changes this one. */
export const socialValueEntries = pgTable(
  "social_value_entries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    code: text("code").notNull(),
    version: integer("version").notNull(),
    /** The entry, code and version included (core/social-value `unitCostEntrySchema`). */
    entry: jsonb("entry").$type<UnitCostEntry>().notNull(),
    /** Null for the versions the organisation started with. */
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("social_value_entries_version_key").on(t.organisationId, t.code, t.version), check("social_value_entries_version_check", sql`${t.version} >= 1`)],
);

/** A version of an outcome's mapping to catalogue entries, with its assumptions and their reasons. */
export const socialValueMappings = pgTable(
  "social_value_mappings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    outcomeCode: text("outcome_code").notNull(),
    version: integer("version").notNull(),
    lines: jsonb("lines").$type<MappingLine[]>().notNull(),
    /** Null for the versions the organisation started with. */
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("social_value_mappings_version_key").on(t.organisationId, t.outcomeCode, t.version), check("social_value_mappings_version_check", sql`${t.version} >= 1`)],
);

/**
 * A calculation as it was made: its scope, everything that went in (outcome counts, the catalogue
 * and mapping versions, the settings, the cost) and the result, so it can be shown, drilled into
 * and checked however the catalogue changes later. `sequence` numbers the calculations of one
 * scope (the same sites or contract, programme and months) from 1, so "version 2 of Birmingham
 * 2025-26" reads naturally. For a contract, the version its funder's commissioner reads
 * (disclosure-controlled) is published with it and its counts kept for later differencing checks.
 */
export const socialValueCalculations = pgTable(
  "social_value_calculations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    scope: jsonb("scope").$type<CalculationScope>().notNull(),
    /** The scope and months as one text, for numbering and listing the versions of one scope. */
    scopeKey: text("scope_key").notNull(),
    monthFrom: text("month_from").notNull(),
    monthTo: text("month_to").notNull(),
    siteId: uuid("site_id").references(() => sites.id),
    contractId: uuid("contract_id").references(() => contracts.id),
    programmeCode: text("programme_code"),
    sequence: integer("sequence").notNull(),
    input: jsonb("input").$type<CalculationInput>().notNull(),
    result: jsonb("result").$type<CalculationResult>().notNull(),
    /** Where the delivery cost came from: the spend recorded, or a figure the administrator entered. */
    costBasis: jsonb("cost_basis").$type<CostBasis>().notNull(),
    /** The commissioner's version, for a contract; null otherwise. */
    published: jsonb("published").$type<PublishedSocialValue>(),
    /** The published counts with the keys of what they count, as in the release log. */
    publishedCounts: jsonb("published_counts").$type<ReleasedCount[]>().notNull().default([]),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("social_value_calculations_sequence_key").on(t.organisationId, t.scopeKey, t.sequence),
    index("social_value_calculations_org_idx").on(t.organisationId, t.createdAt),
    index("social_value_calculations_contract_idx").on(t.contractId, t.createdAt).where(sql`${t.contractId} is not null`),
    check("social_value_calculations_months_check", sql`${t.monthFrom} <= ${t.monthTo}`),
  ],
);
