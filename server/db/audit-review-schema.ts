/**
 * Reviewing the audit trail (re-exported from schema.ts, which migrations are generated from): each
 * organisation's thresholds for unusual access, the alerts raised against them for the data
 * protection officer, how far detection has read the chain, and the history of chain checks.
 * Alerts name a member of staff and counts; the clients involved are found in the audit trail
 * itself, never copied here. A reviewer's note is encrypted under the alert's own key.
 */
import { bigint, boolean, index, integer, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { at, bytea, createdAt } from "./columns.js";
import { organisations, users } from "./schema.js";

/** One row per organisation that has changed the defaults (core/audit/unusual-access.ts). */
export const auditAlertSettings = pgTable("audit_alert_settings", {
  organisationId: uuid("organisation_id")
    .primaryKey()
    .references(() => organisations.id),
  /** More than this many distinct clients off one's caseload within the window raises an alert. */
  offCaseloadClients: integer("off_caseload_clients").notNull(),
  offCaseloadMinutes: integer("off_caseload_minutes").notNull(),
  isOutOfHoursOn: boolean("is_out_of_hours_on").notNull(),
  /** London wall-clock `HH:MM`; access before the start or from the end counts as out of hours. */
  workdayStart: text("workday_start").notNull(),
  workdayEnd: text("workday_end").notNull(),
  /** ISO weekdays (1 Monday … 7 Sunday) the organisation works. */
  workingDays: integer("working_days").array().notNull(),
  /** This many emergency accesses or more by one person within the period raises an alert. */
  breakGlassUses: integer("break_glass_uses").notNull(),
  breakGlassDays: integer("break_glass_days").notNull(),
  version: integer("version").notNull().default(1),
  updatedBy: uuid("updated_by").references(() => users.id),
  updatedAt: at("updated_at").notNull(),
});

/** A finding of unusual access for the data protection officer to look into and close. */
export const auditAlerts = pgTable(
  "audit_alerts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    /** `off_caseload`, `out_of_hours` or `repeated_break_glass`. */
    rule: text("rule").notNull(),
    /** The member of staff whose access it is about. */
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    /** The first and last access the finding counts. */
    firstAt: at("first_at").notNull(),
    lastAt: at("last_at").notNull(),
    /** Distinct clients (off caseload), accesses (out of hours) or emergency accesses. */
    count: integer("count").notNull(),
    /** The thresholds it crossed, as they were then. */
    threshold: integer("threshold").notNull(),
    /** Names the finding, so detection run twice over the same events raises it once. */
    findingKey: text("finding_key").notNull(),
    /** open, acknowledged or closed. */
    status: text("status").notNull().default("open"),
    /** The reviewer's note, encrypted under the alert's own key. */
    note: bytea("note"),
    reviewedBy: uuid("reviewed_by").references(() => users.id),
    reviewedAt: at("reviewed_at"),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("audit_alerts_finding_key").on(t.organisationId, t.findingKey),
    // The reviewer's list: an organisation's alerts by status, newest first.
    index("audit_alerts_org_status_idx").on(t.organisationId, t.status, t.createdAt.desc(), t.id),
    // Detection continues a person's latest finding of a rule.
    index("audit_alerts_user_rule_idx").on(t.userId, t.rule, t.lastAt),
  ],
);

/** How far unusual-access detection has read each organisation's sealed chain. */
export const auditDetectionWatermarks = pgTable("audit_detection_watermarks", {
  organisationId: uuid("organisation_id")
    .primaryKey()
    .references(() => organisations.id),
  /** The last chain position read; events are read in chain order, which only grows. */
  lastSeq: bigint("last_seq", { mode: "number" }).notNull(),
  updatedAt: at("updated_at").notNull(),
});

/** Every verification of an organisation's chain: nightly, or asked for on the page. */
export const auditChainChecks = pgTable(
  "audit_chain_checks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    checkedAt: at("checked_at").notNull(),
    /** `nightly` or `on_demand`. */
    trigger: text("trigger").notNull(),
    requestedBy: uuid("requested_by").references(() => users.id),
    isIntact: boolean("is_intact").notNull(),
    checkedEvents: integer("checked_events").notNull(),
    firstBrokenSeq: bigint("first_broken_seq", { mode: "number" }),
    problem: text("problem"),
  },
  (t) => [index("audit_chain_checks_org_idx").on(t.organisationId, t.checkedAt.desc())],
);

