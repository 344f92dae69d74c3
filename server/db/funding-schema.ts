/**
 * Funding and spend (issue 10; re-exported from schema.ts, which migrations are generated from):
 * funders' grants, spend by category and month, and the unit costs of the organisation's own
 * services. Nothing here is about a client. A grant's restrictions and a spend entry's
 * description are staff text; only a disclosed grant's funder, purpose, period and (when that is
 * disclosed too) amount ever leave for the public site.
 */
import { sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { CostDerivation, SpendCategory } from "../../core/funding/vocabulary.js";
import { at, createdAt, day, pence } from "./columns.js";
import { funders } from "./reporting-schema.js";
import { organisations, sites } from "./schema.js";

/** A funder's grant: how much, over which period, for what, and whether the public site lists it. */
export const fundingGrants = pgTable(
  "funding_grants",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    funderId: uuid("funder_id")
      .notNull()
      .references(() => funders.id),
    /** What it pays for, in a sentence; published when the grant is disclosed. */
    purpose: text("purpose").notNull(),
    amountPence: pence("amount_pence").notNull(),
    startsOn: day("starts_on").notNull(),
    endsOn: day("ends_on").notNull(),
    /** The day it was ended early, if it was. */
    endedOn: day("ended_on"),
    /** The funder's conditions: staff only, never published. */
    restrictions: text("restrictions").notNull().default(""),
    /** The sites it supports; empty means every site and the organisation as a whole. */
    siteIds: jsonb("site_ids").$type<string[]>().notNull().default([]),
    /** Programme codes it supports; empty means all the work. */
    programmeCodes: jsonb("programme_codes").$type<string[]>().notNull().default([]),
    isDisclosed: boolean("is_disclosed").notNull().default(false),
    isAmountDisclosed: boolean("is_amount_disclosed").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: at("updated_at").notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    index("funding_grants_org_idx").on(t.organisationId, t.startsOn),
    index("funding_grants_funder_idx").on(t.funderId),
    // The public list reads only these.
    index("funding_grants_disclosed_idx").on(t.organisationId).where(sql`${t.isDisclosed}`),
    check("funding_grants_period_check", sql`${t.endsOn} >= ${t.startsOn} and (${t.endedOn} is null or (${t.endedOn} >= ${t.startsOn} and ${t.endedOn} <= ${t.endsOn}))`),
    check("funding_grants_amount_check", sql`${t.amountPence} >= 0`),
    check("funding_grants_disclosure_check", sql`${t.isDisclosed} or not ${t.isAmountDisclosed}`),
  ],
);

/** Money spent in a month on one category, at a site or for the organisation as a whole, optionally charged to a grant. */
export const spendEntries = pgTable(
  "spend_entries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    /** Null: organisation-wide (head office, shared staff). */
    siteId: uuid("site_id").references(() => sites.id),
    /** `YYYY-MM`. */
    month: text("month").notNull(),
    category: text("category").$type<SpendCategory>().notNull(),
    amountPence: pence("amount_pence").notNull(),
    /** A few words of staff text. */
    description: text("description").notNull(),
    grantId: uuid("grant_id").references(() => fundingGrants.id),
    createdBy: uuid("created_by").notNull(),
    createdAt: createdAt(),
    updatedAt: at("updated_at").notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    // Summaries and lists: an organisation's spend over a run of months, with what they add up.
    index("spend_entries_org_month_idx").on(t.organisationId, t.month, t.category, t.siteId, t.amountPence),
    index("spend_entries_grant_idx").on(t.grantId).where(sql`${t.grantId} is not null`),
    check("spend_entries_month_check", sql`${t.month} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`),
    check("spend_entries_amount_check", sql`${t.amountPence} > 0`),
  ],
);

/** What one unit of the organisation's own service costs: a kit, a session, a year of mentoring. */
export const serviceUnitCosts = pgTable(
  "service_unit_costs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    name: text("name").notNull(),
    unit: text("unit").notNull(),
    costPence: pence("cost_pence").notNull(),
    /** How the figure was worked out. */
    basis: text("basis").notNull().default(""),
    /** core/funding/vocabulary.ts costDerivations: what the records can suggest a figure from. */
    derivation: text("derivation").$type<CostDerivation>(),
    createdAt: createdAt(),
    updatedAt: at("updated_at").notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [uniqueIndex("service_unit_costs_org_name_key").on(t.organisationId, sql`lower(${t.name})`), check("service_unit_costs_cost_check", sql`${t.costPence} > 0`)],
);
