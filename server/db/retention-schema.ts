/**
 * The retention schedule (issue 12; re-exported from schema.ts, which migrations are generated
 * from): each organisation's rules, the daily review's list of records past retention for the data
 * protection officer, and the record of what was deleted and when. Nothing here names a person or
 * holds what was deleted: records are named by their random references, and a rule by its figures.
 */
import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { RetentionAgeGroup, RetentionRecordType, RetentionRule } from "../../core/data-protection/retention-rules.js";
import { at, createdAt, day } from "./columns.js";
import { organisations, users } from "./schema.js";

/** An organisation's rule for one record type; without a row, the defaults apply. */
export const retentionRules = pgTable(
  "retention_rules",
  {
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    recordType: text("record_type").$type<RetentionRecordType>().notNull(),
    adultYearsAfterClosure: integer("adult_years_after_closure").notNull(),
    childUntilBirthday: integer("child_until_birthday").notNull(),
    childAged17UntilBirthday: integer("child_aged_17_until_birthday").notNull(),
    updatedAt: at("updated_at").notNull().defaultNow(),
    updatedBy: uuid("updated_by").references(() => users.id),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.recordType] }),
    check("retention_rules_bounds_check", sql`${t.adultYearsAfterClosure} between 1 and 75 and ${t.childUntilBirthday} between 18 and 100 and ${t.childAged17UntilBirthday} between 18 and 100`),
  ],
);

/**
 * A record past retention, as the latest daily review found it: due for deletion, or held by a
 * retention hold. The review replaces the list each day, so a record whose case was reopened, or
 * whose rule was lengthened, leaves it.
 */
export const retentionReviewEntries = pgTable(
  "retention_review_entries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    recordType: text("record_type").$type<RetentionRecordType>().notNull(),
    /** The client's or the referral's id. */
    recordId: uuid("record_id").notNull(),
    reference: text("reference").notNull(),
    ageGroup: text("age_group").$type<RetentionAgeGroup>().notNull(),
    /** The rule's figures when the record was found due. */
    rule: jsonb("rule").$type<RetentionRule>().notNull(),
    dueOn: day("due_on").notNull(),
    status: text("status").$type<"due" | "held">().notNull(),
    /** The kinds of hold that apply (codes only). */
    holds: jsonb("holds").$type<string[]>().notNull().default([]),
    firstListedAt: at("first_listed_at").notNull(),
    reviewedAt: at("reviewed_at").notNull(),
    /** When a due record was last counted in an alert to the officer (core/data-protection/retention-alert.ts). */
    alertedAt: at("alerted_at"),
  },
  (t) => [
    uniqueIndex("retention_review_entries_record_key").on(t.organisationId, t.recordType, t.recordId),
    index("retention_review_entries_queue_idx").on(t.organisationId, t.status, t.dueOn),
    check("retention_review_entries_status_check", sql`${t.status} in ('due', 'held')`),
  ],
);

/** When an organisation's records were last reviewed (what was found is counted from the entries). */
export const retentionReviewRuns = pgTable("retention_review_runs", {
  organisationId: uuid("organisation_id")
    .primaryKey()
    .references(() => organisations.id),
  ranAt: at("ran_at").notNull(),
});

/** One approval of deletion: who approved it, when, and how many records it erased. */
export const retentionDeletions = pgTable(
  "retention_deletions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    approvedBy: uuid("approved_by")
      .notNull()
      .references(() => users.id),
    approvedAt: at("approved_at").notNull(),
    recordCount: integer("record_count").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("retention_deletions_org_idx").on(t.organisationId, t.approvedAt)],
);

/** Each record a deletion erased: its reference and the rule that made it due, never its content. */
export const retentionDeletionItems = pgTable(
  "retention_deletion_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    deletionId: uuid("deletion_id")
      .notNull()
      .references(() => retentionDeletions.id),
    recordType: text("record_type").$type<RetentionRecordType>().notNull(),
    reference: text("reference").notNull(),
    ageGroup: text("age_group").$type<RetentionAgeGroup>().notNull(),
    rule: jsonb("rule").$type<RetentionRule>().notNull(),
    dueOn: day("due_on").notNull(),
  },
  (t) => [index("retention_deletion_items_deletion_idx").on(t.deletionId, t.reference), index("retention_deletion_items_org_idx").on(t.organisationId)],
);
