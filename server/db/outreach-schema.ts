/**
 * Community outreach's tables (re-exported from schema.ts, which migrations are generated from):
 * each site's partner organisations, the stock of resources it hands out and every movement of it,
 * recurring outreach schedules and the sessions logged, training courses with their deliveries and
 * attendees, and which referrals came from a partner or an outreach session.
 *
 * Nothing here is about a client. Partners' contacts and training attendees are professionals held
 * with their consent; a session's notes are about the session and the page asks for no names.
 */
import { sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, pgSequence, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { Headcount, StockMovementReason } from "../../core/outreach/session-log.js";
import type { Recurrence } from "../../core/outreach/schedule.js";
import type { PartnerAgreement, PartnerContact } from "../../core/outreach/partners.js";
import { at, createdAt, day } from "./columns.js";
import { referrals, sites, users } from "./schema.js";

const updatedAt = () => at("updated_at").notNull();
const version = () => integer("version").notNull().default(1);

/** A partner organisation of a site: a mosque, a school, the police, a youth service. */
export const outreachPartners = pgTable(
  "outreach_partners",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull(),
    siteId: uuid("site_id")
      .notNull()
      .references(() => sites.id),
    name: text("name").notNull(),
    /** core/outreach/vocabulary.ts partnerTypes. */
    type: text("type").notNull(),
    address: text("address").notNull().default(""),
    postcode: text("postcode").notNull().default(""),
    /** Languages of the community it serves (language codes). */
    languages: jsonb("languages").$type<string[]>().notNull().default([]),
    /** can_refer, hosts_sessions, trained_staff. */
    pathways: jsonb("pathways").$type<string[]>().notNull().default([]),
    /** The people there the organisation works with, held with their consent. */
    contacts: jsonb("contacts").$type<PartnerContact[]>().notNull().default([]),
    /** Information-sharing and other agreements, with their dates. */
    agreements: jsonb("agreements").$type<PartnerAgreement[]>().notNull().default([]),
    notes: text("notes").notNull().default(""),
    isActive: boolean("is_active").notNull().default(true),
    createdBy: uuid("created_by").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  // One partner of a name per site, whatever the case of its letters.
  (t) => [index("outreach_partners_site_idx").on(t.siteId, t.name), uniqueIndex("outreach_partners_site_name_key").on(t.siteId, sql`lower(${t.name})`)],
);

/** An item a site keeps in stock and hands out: drug awareness kits, leaflets in each language. `level` never goes below zero. */
export const outreachStockItems = pgTable(
  "outreach_stock_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull(),
    siteId: uuid("site_id")
      .notNull()
      .references(() => sites.id),
    code: text("code").notNull(),
    /** core/outreach/vocabulary.ts resourceKinds. */
    kind: text("kind").notNull(),
    /** For leaflets: the language they are written in. */
    language: text("language"),
    /** A site's own name for an item it added; null for the standard list, whose names the app translates. */
    label: text("label"),
    level: integer("level").notNull().default(0),
    /** At or below this the item shows as running low. */
    lowAt: integer("low_at").notNull().default(0),
    isActive: boolean("is_active").notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    uniqueIndex("outreach_stock_items_site_code_key").on(t.siteId, t.code),
    uniqueIndex("outreach_stock_items_site_label_key").on(t.siteId, sql`lower(${t.label})`),
    check("outreach_stock_items_level_check", sql`${t.level} >= 0`),
  ],
);

/** Every change to a stock level: handed out at a session, delivered, counted and corrected, written off. */
export const outreachStockMovements = pgTable(
  "outreach_stock_movements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull(),
    itemId: uuid("item_id")
      .notNull()
      .references(() => outreachStockItems.id),
    /** Negative when stock leaves, positive when it arrives. */
    change: integer("change").notNull(),
    reason: text("reason").$type<StockMovementReason>().notNull(),
    sessionId: uuid("session_id").references(() => outreachSessions.id),
    note: text("note").notNull().default(""),
    createdBy: uuid("created_by").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("outreach_stock_movements_item_idx").on(t.itemId, t.createdAt), index("outreach_stock_movements_session_idx").on(t.sessionId)],
);

/** A recurring outreach session: "every Friday at 13:00 at Green Lane Mosque". Occurrences are worked out by core/outreach/schedule.ts. */
export const outreachSchedules = pgTable(
  "outreach_schedules",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull(),
    siteId: uuid("site_id")
      .notNull()
      .references(() => sites.id),
    partnerId: uuid("partner_id")
      .notNull()
      .references(() => outreachPartners.id),
    sessionType: text("session_type").notNull(),
    topics: jsonb("topics").$type<string[]>().notNull().default([]),
    startsOn: day("starts_on").notNull(),
    endsOn: day("ends_on"),
    /** London wall-clock time, HH:MM. */
    time: text("time").notNull(),
    durationMinutes: integer("duration_minutes").notNull(),
    recurrence: jsonb("recurrence").$type<Recurrence>().notNull(),
    skippedDays: jsonb("skipped_days").$type<string[]>().notNull().default([]),
    /** Staff who usually go. */
    staffIds: jsonb("staff_ids").$type<string[]>().notNull().default([]),
    createdBy: uuid("created_by").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [index("outreach_schedules_site_idx").on(t.siteId)],
);

/** An outreach session that took place, logged with its headcount. One per schedule occurrence at most. */
export const outreachSessions = pgTable(
  "outreach_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull(),
    siteId: uuid("site_id")
      .notNull()
      .references(() => sites.id),
    /** The partner that hosted it; null for a venue that is not a partner (a park, online). */
    partnerId: uuid("partner_id").references(() => outreachPartners.id),
    /** Where, when not at a partner's: "Small Heath Park", "online". */
    venue: text("venue").notNull().default(""),
    scheduleId: uuid("schedule_id").references(() => outreachSchedules.id),
    /** The schedule's London day this session is the occurrence of. */
    occurrenceDay: day("occurrence_day"),
    sessionType: text("session_type").notNull(),
    topics: jsonb("topics").$type<string[]>().notNull().default([]),
    startsAt: at("starts_at").notNull(),
    durationMinutes: integer("duration_minutes").notNull(),
    staffIds: jsonb("staff_ids").$type<string[]>().notNull().default([]),
    headcountTotal: integer("headcount_total").notNull(),
    headcount: jsonb("headcount").$type<Headcount>().notNull(),
    /** People who asked to be contacted again. */
    followUpContacts: integer("follow_up_contacts").notNull().default(0),
    /** About the session, never about a named person. */
    notes: text("notes").notNull().default(""),
    createdBy: uuid("created_by").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index("outreach_sessions_site_idx").on(t.siteId, t.startsAt),
    index("outreach_sessions_partner_idx").on(t.partnerId, t.startsAt),
    uniqueIndex("outreach_sessions_occurrence_key").on(t.scheduleId, t.occurrenceDay),
    check("outreach_sessions_headcount_check", sql`${t.headcountTotal} >= 0 and ${t.followUpContacts} >= 0`),
  ],
);

/** A training course the organisation offers (organisation-wide), with the confidence questions asked before and after. */
export const trainingCourses = pgTable("training_courses", {
  id: uuid("id").primaryKey().defaultRandom(),
  organisationId: uuid("organisation_id").notNull(),
  title: text("title").notNull(),
  /** Who it is for: "Imams and madrasa staff". */
  audience: text("audience").notNull().default(""),
  description: text("description").notNull().default(""),
  topics: jsonb("topics").$type<string[]>().notNull().default([]),
  /** Statements rated 1–5 before and after: "I can recognise signs of grooming." */
  confidenceQuestions: jsonb("confidence_questions").$type<string[]>().notNull().default([]),
  /** Months until a refresher is due; null when none is needed. */
  refresherMonths: integer("refresher_months"),
  isActive: boolean("is_active").notNull().default(true),
  createdBy: uuid("created_by").notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
  version: version(),
});

/** One delivery of a course: on a day, to a partner's people, by a trainer. */
export const trainingDeliveries = pgTable(
  "training_deliveries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull(),
    siteId: uuid("site_id")
      .notNull()
      .references(() => sites.id),
    courseId: uuid("course_id")
      .notNull()
      .references(() => trainingCourses.id),
    partnerId: uuid("partner_id").references(() => outreachPartners.id),
    deliveredOn: day("delivered_on").notNull(),
    trainerId: uuid("trainer_id")
      .notNull()
      .references(() => users.id),
    location: text("location").notNull().default(""),
    /** The course's questions as they were asked at this delivery. */
    confidenceQuestions: jsonb("confidence_questions").$type<string[]>().notNull().default([]),
    notes: text("notes").notNull().default(""),
    createdBy: uuid("created_by").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [index("training_deliveries_site_idx").on(t.siteId, t.deliveredOn), index("training_deliveries_partner_idx").on(t.partnerId)],
);

/**
 * Certificate numbers, handed out once: a removed attendee's number is never given to anyone else,
 * so a printed certificate can only ever check out against the person it was printed for.
 */
export const trainingCertificateNumbers = pgSequence("training_certificate_numbers");

/** A professional who attended a delivery, held with their consent; their certificate and refresher date. */
export const trainingAttendees = pgTable(
  "training_attendees",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull(),
    deliveryId: uuid("delivery_id")
      .notNull()
      .references(() => trainingDeliveries.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    role: text("role").notNull().default(""),
    attendeeOrganisation: text("attendee_organisation").notNull().default(""),
    email: text("email"),
    consentRecordedAt: at("consent_recorded_at").notNull(),
    consentRecordedBy: uuid("consent_recorded_by").notNull(),
    before: jsonb("before").$type<(number | null)[]>().notNull().default([]),
    after: jsonb("after").$type<(number | null)[]>().notNull().default([]),
    /** Printed on the certificate and checkable: "PW-TR-2026-000123". */
    certificateNumber: text("certificate_number").notNull(),
    refresherDueOn: day("refresher_due_on"),
    refresherRemindedOn: day("refresher_reminded_on"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("training_attendees_certificate_key").on(t.certificateNumber),
    index("training_attendees_delivery_idx").on(t.deliveryId),
    index("training_attendees_refresher_idx").on(t.refresherDueOn).where(sql`${t.refresherRemindedOn} is null`),
  ],
);

/** Where a referral came from in the community: a partner, an outreach session, or both. Set when the referral is recorded. */
export const referralAttributions = pgTable(
  "referral_attributions",
  {
    referralId: uuid("referral_id")
      .primaryKey()
      .references(() => referrals.id),
    organisationId: uuid("organisation_id").notNull(),
    partnerId: uuid("partner_id").references(() => outreachPartners.id),
    outreachSessionId: uuid("outreach_session_id").references(() => outreachSessions.id),
    createdAt: createdAt(),
  },
  (t) => [
    index("referral_attributions_partner_idx").on(t.partnerId),
    index("referral_attributions_session_idx").on(t.outreachSessionId),
    check("referral_attributions_some_check", sql`${t.partnerId} is not null or ${t.outreachSessionId} is not null`),
  ],
);

/**
 * Each outreach entry sent from a device that logged it offline, by the id the device gave it: a
 * second sending of the same entry (the device lost the first answer) finds it here and logs
 * nothing more. Says what became of the entry: logged as a new session, set aside for the session
 * already held, or put in place of that session's record.
 */
export const outreachOfflineReceipts = pgTable(
  "outreach_offline_receipts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull(),
    entryId: uuid("entry_id").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    /** Null only while the entry is being taken in (in the same transaction). */
    sessionId: uuid("session_id").references(() => outreachSessions.id),
    outcome: text("outcome").notNull(),
    receivedAt: at("received_at").notNull(),
  },
  (t) => [uniqueIndex("outreach_offline_receipts_entry_key").on(t.organisationId, t.entryId), index("outreach_offline_receipts_session_idx").on(t.sessionId)],
);
