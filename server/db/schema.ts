/**
 * The database schema: one definition for PGlite and PostgreSQL. Migrations in `server/db/migrations`
 * are generated from this file (`npm run db:generate`) and committed; never edit a generated migration.
 *
 * Personal data rule: nothing here holds a client's identity in plain text. Identity lives in vault
 * ciphertext columns (bytea) and keyed blind indexes; every other table refers to a pseudonymous id.
 */
import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

import { bytea, createdAt } from "./columns.js";

export * from "./panel-schema.js";
export * from "./outreach-schema.js";
export * from "./reporting-schema.js";
export * from "./funding-schema.js";
export * from "./social-value-schema.js";
export * from "./content-schema.js";
export * from "./imports-schema.js";
export * from "./retention-schema.js";
export * from "./data-rights-schema.js";
export * from "./erasure-schema.js";
export * from "./audit-review-schema.js";
export * from "./calendar-email-schema.js";
export * from "./sso-schema.js";
export * from "./integrations-schema.js";

export const organisations = pgTable("organisations", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  /** Minutes of inactivity after which a session ends. */
  sessionIdleMinutes: integer("session_idle_minutes").notNull().default(30),
  /** Hours after which a session ends however active it is. */
  sessionMaxHours: integer("session_max_hours").notNull().default(12),
  isPasswordSignInEnabled: boolean("is_password_sign_in_enabled").notNull().default(true),
  /** Working days within which a referral should be triaged. */
  triageTargetWorkingDays: integer("triage_target_working_days").notNull().default(2),
  /** Bank holidays (`YYYY-MM-DD`) that do not count as working days. */
  holidays: jsonb("holidays").$type<string[]>().notNull().default([]),
  /** The disclosure rules for commissioner outputs (core/disclosure/rules.ts); {} means the defaults. */
  disclosureSettings: jsonb("disclosure_settings").$type<Record<string, unknown>>().notNull().default({}),
  /** The national drug-treatment export's field list and code mappings (core/reporting/ndtms.ts); {} means the defaults. */
  ndtmsSettings: jsonb("ndtms_settings").$type<Record<string, unknown>>().notNull().default({}),
  createdAt: createdAt(),
});

export const sites = pgTable(
  "sites",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    name: text("name").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("sites_org_name_key").on(t.organisationId, sql`lower(${t.name})`)],
);

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    /** Lower-cased; staff sign in with it. Staff details are not client data. */
    email: text("email").notNull(),
    displayName: text("display_name").notNull(),
    passwordHash: text("password_hash"),
    language: text("language").notNull().default("en"),
    isActive: boolean("is_active").notNull().default(true),
    /** TOTP secret, encrypted by the vault under the user's own subject key. */
    totpSecret: bytea("totp_secret"),
    totpEnabledAt: timestamp("totp_enabled_at", { withTimezone: true, mode: "date" }),
    /** Last accepted TOTP time step, so a code cannot be replayed. */
    totpLastStep: bigint("totp_last_step", { mode: "number" }),
    failedSignIns: integer("failed_sign_ins").notNull().default(0),
    lockedUntil: timestamp("locked_until", { withTimezone: true, mode: "date" }),
    lastSignInAt: timestamp("last_sign_in_at", { withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("users_email_key").on(t.email), index("users_org_idx").on(t.organisationId)],
);

export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    codeHash: text("code_hash").notNull(),
    usedAt: timestamp("used_at", { withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
  },
  (t) => [index("recovery_codes_user_idx").on(t.userId)],
);

/** A role held by a user, at one site or (site null) across the organisation. */
export const roleGrants = pgTable(
  "role_grants",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    role: text("role").notNull(),
    siteId: uuid("site_id").references(() => sites.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("role_grants_unique").on(t.userId, t.role, sql`coalesce(${t.siteId}, '00000000-0000-0000-0000-000000000000'::uuid)`),
    index("role_grants_site_idx").on(t.siteId),
  ],
);

export const invitations = pgTable(
  "invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    tokenHash: text("token_hash").notNull(),
    /** `invitation` sets a first password; `password_reset` replaces a forgotten one. */
    purpose: text("purpose").notNull().default("invitation"),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("invitations_token_key").on(t.tokenHash)],
);

/**
 * Server-side sessions. The cookie holds a random token; only its SHA-256 is stored, so a copy of
 * this table cannot be replayed as a session.
 */
export const sessions = pgTable(
  "sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    /** `pending` until the second factor is given (or enrolled when required), then `complete`. */
    mfaState: text("mfa_state").notNull(),
    csrfToken: text("csrf_token").notNull(),
    createdAt: createdAt(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [index("sessions_user_idx").on(t.userId), index("sessions_expires_idx").on(t.expiresAt)],
);

/**
 * Wrong-password counts for emails that have no account, kept exactly as an account's are, so that
 * five wrong tries lock an unknown email too and the lock message does not reveal who has an
 * account. Keyed by a hash: the table never stores an email.
 */
export const signInDecoys = pgTable(
  "sign_in_decoys",
  {
    emailHash: text("email_hash").primaryKey(),
    failedSignIns: integer("failed_sign_ins").notNull().default(0),
    lockedUntil: timestamp("locked_until", { withTimezone: true, mode: "date" }),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [index("sign_in_decoys_updated_idx").on(t.updatedAt)],
);

/** Fixed-window counters for rate limits, shared by every app instance. */
export const rateLimits = pgTable(
  "rate_limits",
  {
    key: text("key").notNull(),
    windowStart: timestamp("window_start", { withTimezone: true, mode: "date" }).notNull(),
    count: integer("count").notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] }), index("rate_limits_window_idx").on(t.windowStart)],
);

/**
 * The append-only, hash-chained audit log: one chain per organisation. A trigger (see the migration)
 * refuses UPDATE and DELETE. `details` never carries personal data, only ids and field names.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    organisationId: uuid("organisation_id").notNull(),
    /** Position in the organisation's chain, set when the event is sealed (server/audit/seal-chain.ts). */
    seq: bigint("seq", { mode: "number" }),
    at: timestamp("at", { withTimezone: true, mode: "date" }).notNull(),
    actorUserId: uuid("actor_user_id"),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id"),
    siteId: uuid("site_id"),
    clientId: uuid("client_id"),
    requestId: text("request_id"),
    details: jsonb("details").$type<Record<string, unknown>>().notNull(),
    prevHash: text("prev_hash"),
    hash: text("hash"),
  },
  (t) => [
    uniqueIndex("audit_events_org_seq_key").on(t.organisationId, t.seq),
    index("audit_events_unsealed_idx").on(t.organisationId, t.id).where(sql`${t.hash} is null`),
    index("audit_events_actor_idx").on(t.actorUserId, t.at),
    // The audit viewer (server/audit-review): an organisation's events newest first, alone or by
    // client, action or site, each in the order the list reads them so a page stops after its rows.
    index("audit_events_client_at_idx").on(t.clientId, t.at, t.id),
    index("audit_events_org_at_idx").on(t.organisationId, t.at, t.id),
    index("audit_events_org_action_at_idx").on(t.organisationId, t.action, t.at, t.id),
    index("audit_events_org_site_at_idx").on(t.organisationId, t.siteId, t.at, t.id),
  ],
);

/**
 * One data key per subject (a client, or a staff member's second-factor secret), wrapped by a
 * master key. Destroying the row's key (crypto-shredding) makes every field encrypted under it
 * unreadable.
 */
export const subjectKeys = pgTable("subject_keys", {
  subjectId: uuid("subject_id").primaryKey(),
  organisationId: uuid("organisation_id").notNull(),
  /** Which master key version wrapped this data key. */
  masterKeyVersion: integer("master_key_version").notNull(),
  wrappedKey: bytea("wrapped_key"),
  destroyedAt: timestamp("destroyed_at", { withTimezone: true, mode: "date" }),
  createdAt: createdAt(),
});

/**
 * One-off data upgrades that have finished (e.g. re-indexing clients for a new match-key kind), so
 * that start-up does not look for work that is already done.
 */
export const dataUpgrades = pgTable("data_upgrades", {
  name: text("name").primaryKey(),
  completedAt: timestamp("completed_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});

/**
 * Every version of every instrument ever used, immutable: a response points at the version it was
 * given with, so revising an instrument never changes an old result. Built-in instruments have no
 * organisation; an organisation's own or imported ones carry theirs.
 */
export const instrumentVersions = pgTable(
  "instrument_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").references(() => organisations.id),
    key: text("key").notNull(),
    version: integer("version").notNull(),
    definition: jsonb("definition").$type<Record<string, unknown>>().notNull(),
    /** SHA-256 of the definition's canonical JSON, to notice a version changed in place. */
    definitionHash: text("definition_hash").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("instrument_versions_key").on(sql`coalesce(${t.organisationId}, '00000000-0000-0000-0000-000000000000'::uuid)`, t.key, t.version)],
);

/**
 * An organisation's choices for one instrument (by key, whatever the version): whether it is
 * offered, whether a manager approves responses, and when it should be given again on a case.
 * No row means the defaults (server/instruments/settings.ts).
 */
export const instrumentSettings = pgTable(
  "instrument_settings",
  {
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    key: text("key").notNull(),
    isEnabled: boolean("is_enabled").notNull(),
    requiresApproval: boolean("requires_approval").notNull(),
    schedule: jsonb("schedule").$type<{ atStart: boolean; everyWeeks: number | null; atExit: boolean }>().notNull(),
    updatedBy: uuid("updated_by"),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.key] })],
);

/** Database-backed jobs; a scheduled run is one row per (name, slot) so it runs once across instances. */
export const jobs = pgTable(
  "jobs",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    name: text("name").notNull(),
    dedupeKey: text("dedupe_key"),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull().default({}),
    status: text("status").notNull().default("queued"),
    runAt: timestamp("run_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    attempts: integer("attempts").notNull().default(0),
    maxAttempts: integer("max_attempts").notNull().default(5),
    lastError: text("last_error"),
    finishedAt: timestamp("finished_at", { withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("jobs_dedupe_key").on(t.dedupeKey),
    index("jobs_queue_idx").on(t.status, t.runAt),
  ],
);

// ───────────────────────────── referrals, clients and cases ─────────────────────────────
// Every bytea column below is vault ciphertext; the subject whose key encrypts it is named in
// the column's comment. Plain columns hold no identity.

/** Where referrals come from; configurable per organisation, with how much each may be told. */
export const referralSources = pgTable(
  "referral_sources",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    code: text("code").notNull(),
    label: text("label").notNull(),
    feedbackLevel: text("feedback_level").notNull(),
    isRestricted: boolean("is_restricted").notNull().default(false),
    isActive: boolean("is_active").notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("referral_sources_org_code_key").on(t.organisationId, t.code)],
);

/** A person the organisation supports, known elsewhere only by this pseudonymous id and reference. */
export const clients = pgTable(
  "clients",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    /** Random, reveals nothing: e.g. `C-7KQ4-M2XD`. */
    reference: text("reference").notNull(),
    sex: text("sex").notNull().default("not_stated"),
    genderIdentity: text("gender_identity"),
    ethnicity: text("ethnicity").notNull().default("not_stated"),
    religion: text("religion").notNull().default("not_stated"),
    firstLanguage: text("first_language"),
    preferredLanguage: text("preferred_language").notNull().default("en"),
    isInterpreterNeeded: boolean("is_interpreter_needed").notNull().default(false),
    preferredWorkerGender: text("preferred_worker_gender").notNull().default("no_preference"),
    disability: text("disability").notNull().default("not_stated"),
    postcodeDistrict: text("postcode_district"),
    mergedIntoId: uuid("merged_into_id"),
    mergedAt: timestamp("merged_at", { withTimezone: true, mode: "date" }),
    erasedAt: timestamp("erased_at", { withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("clients_org_reference_key").on(t.organisationId, t.reference),
    index("clients_merged_into_idx").on(t.mergedIntoId),
    // Reporting (server/reporting/metrics) counts a merged record as the client it was merged
    // into: this small index of merged records only resolves that without reading every client.
    index("clients_merged_idx").on(t.id, t.mergedIntoId).where(sql`${t.mergedIntoId} is not null`),
    // Reporting's demographic breakdowns: a person's sex and ethnicity read from the index alone.
    index("clients_demographics_idx").on(t.id, t.sex, t.ethnicity),
  ],
);

/** Identity fields, each encrypted under the client's own key (subject = client id). */
export const clientIdentities = pgTable("client_identities", {
  clientId: uuid("client_id")
    .primaryKey()
    .references(() => clients.id),
  givenName: bytea("given_name"),
  familyName: bytea("family_name"),
  otherNames: bytea("other_names"),
  dateOfBirth: bytea("date_of_birth"),
  address: bytea("address"),
  postcode: bytea("postcode"),
  phone: bytea("phone"),
  email: bytea("email"),
  nhsNumber: bytea("nhs_number"),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});

/** Keyed blind indexes over identity (HMAC of normalised values), for search and duplicate checks. */
export const clientIndexes = pgTable(
  "client_indexes",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    organisationId: uuid("organisation_id").notNull(),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id),
    kind: text("kind").notNull(),
    value: text("value").notNull(),
  },
  (t) => [
    // With the client id, a key's records are read from the index alone, in a stable order.
    index("client_indexes_lookup_idx").on(t.organisationId, t.kind, t.value, t.clientId),
    index("client_indexes_client_idx").on(t.clientId),
  ],
);

/** Consent per purpose; every change is a new row, the latest per (client, purpose, partner) is current. */
export const consents = pgTable(
  "consents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull(),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id),
    purpose: text("purpose").notNull(),
    /** For sharing with a named partner organisation (an organisation, not a person). */
    partner: text("partner"),
    status: text("status").notNull(),
    method: text("method").notNull(),
    recordedBy: uuid("recorded_by"),
    recordedAt: timestamp("recorded_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [index("consents_client_idx").on(t.clientId, t.purpose, t.recordedAt)],
);

/** Family and other links: to another client, or to a contact whose details are encrypted under the client's key. */
export const relationships = pgTable(
  "relationships",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull(),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id),
    relatedClientId: uuid("related_client_id").references(() => clients.id),
    relation: text("relation").notNull(),
    contactName: bytea("contact_name"),
    contactPhone: bytea("contact_phone"),
    createdBy: uuid("created_by"),
    createdAt: createdAt(),
    endedAt: timestamp("ended_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [index("relationships_client_idx").on(t.clientId), index("relationships_related_idx").on(t.relatedClientId)],
);

/**
 * A referral as received. Until triage links it to a client, the referred person's details and the
 * concern are encrypted under the referral's own key (subject = referral id), as are the referrer's.
 */
export const referrals = pgTable(
  "referrals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    siteId: uuid("site_id")
      .notNull()
      .references(() => sites.id),
    reference: text("reference").notNull(),
    channel: text("channel").notNull(),
    sourceId: uuid("source_id")
      .notNull()
      .references(() => referralSources.id),
    status: text("status").notNull().default("received"),
    urgency: text("urgency").notNull(),
    reasons: jsonb("reasons").$type<string[]>().notNull(),
    isRestricted: boolean("is_restricted").notNull().default(false),
    preferredLanguage: text("preferred_language").notNull().default("en"),
    isInterpreterNeeded: boolean("is_interpreter_needed").notNull().default(false),
    preferredWorkerGender: text("preferred_worker_gender").notNull().default("no_preference"),
    subjectGivenName: bytea("subject_given_name"),
    subjectFamilyName: bytea("subject_family_name"),
    subjectDateOfBirth: bytea("subject_date_of_birth"),
    subjectPhone: bytea("subject_phone"),
    subjectEmail: bytea("subject_email"),
    subjectPostcode: bytea("subject_postcode"),
    concern: bytea("concern"),
    referrerName: bytea("referrer_name"),
    referrerPhone: bytea("referrer_phone"),
    referrerEmail: bytea("referrer_email"),
    /** Partner organisation name, e.g. a school; not a person. */
    referrerOrganisation: text("referrer_organisation"),
    referrerRelationship: text("referrer_relationship"),
    /** Blind index of the referrer's email or phone, so they can check the outcome with the reference. */
    referrerContactIndex: text("referrer_contact_index"),
    isReferrerConsentGiven: boolean("is_referrer_consent_given").notNull().default(false),
    isSubjectAware: boolean("is_subject_aware"),
    receivedAt: timestamp("received_at", { withTimezone: true, mode: "date" }).notNull(),
    triageDueAt: timestamp("triage_due_at", { withTimezone: true, mode: "date" }).notNull(),
    decidedAt: timestamp("decided_at", { withTimezone: true, mode: "date" }),
    decidedBy: uuid("decided_by"),
    decisionReason: bytea("decision_reason"),
    signpostedTo: text("signposted_to"),
    clientId: uuid("client_id").references(() => clients.id),
    createdBy: uuid("created_by"),
  },
  (t) => [
    uniqueIndex("referrals_reference_key").on(t.reference),
    index("referrals_queue_idx").on(t.siteId, t.status, t.receivedAt),
    index("referrals_client_idx").on(t.clientId),
    // Reporting: referrals received, and decided, at a site in a period are ranges on these, which
    // also hold every column the referral metrics read, so a quarter's referrals are counted from
    // the index alone rather than from rows scattered over the table.
    index("referrals_site_received_idx").on(t.siteId, t.receivedAt, t.organisationId, t.id, t.sourceId, t.clientId, t.reasons),
    index("referrals_site_decided_idx")
      .on(t.siteId, t.decidedAt, t.organisationId, t.id, t.triageDueAt, t.sourceId, t.clientId, t.reasons)
      .where(sql`${t.decidedAt} is not null`),
    // Reporting: a case's referral (receipt, source, domains) for waits and case breakdowns.
    index("referrals_reporting_idx").on(t.id, t.receivedAt, t.sourceId, t.reasons),
  ],
);

/** One episode of support at one site (see core/cases/case-state-machine.ts). */
export const cases = pgTable(
  "cases",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    siteId: uuid("site_id")
      .notNull()
      .references(() => sites.id),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id),
    referralId: uuid("referral_id").references(() => referrals.id),
    reference: text("reference").notNull(),
    state: text("state").notNull(),
    tier: text("tier"),
    isRestricted: boolean("is_restricted").notNull().default(false),
    ageBandAtOpening: text("age_band_at_opening").notNull().default("unknown"),
    openedAt: timestamp("opened_at", { withTimezone: true, mode: "date" }).notNull(),
    closedAt: timestamp("closed_at", { withTimezone: true, mode: "date" }),
    closureReason: text("closure_reason"),
    closureOutcome: text("closure_outcome"),
    /** Incremented on every change, so two people acting at once cannot both win. */
    version: integer("version").notNull().default(1),
    /**
     * The case's first contact (its earliest attended support session: when, and at which site) and
     * first assessment (the earliest day a submitted assessment was done, and where). Kept by
     * triggers on support_sessions and assessments (migration 0019), whatever writes those, so the
     * waiting-time metrics find a period's first contacts by a range here instead of searching
     * every case's sessions.
     */
    firstContactAt: timestamp("first_contact_at", { withTimezone: true, mode: "date" }),
    firstContactSiteId: uuid("first_contact_site_id"),
    firstAssessedOn: date("first_assessed_on", { mode: "string" }),
    firstAssessmentSiteId: uuid("first_assessment_site_id"),
  },
  (t) => [
    uniqueIndex("cases_reference_key").on(t.organisationId, t.reference),
    index("cases_site_state_idx").on(t.siteId, t.state, t.openedAt),
    // The caseworker's list is open cases at a site, newest first; most cases are closed, so a
    // partial index over the open ones keeps the list fast at national scale (see bench/README).
    // In the list's order (opened_at desc nulls last, id), so a page stops after its rows; with
    // the organisation and restriction, so the total is counted from the index alone.
    index("cases_open_site_idx")
      .on(t.siteId, t.openedAt.desc(), t.id, t.organisationId, t.isRestricted)
      .where(sql`${t.state} <> 'closed'`),
    index("cases_client_idx").on(t.clientId),
    // Whether a referral has led to a case: asked for every client seen through a referral.
    index("cases_referral_idx").on(t.referralId),
    // Reporting (server/reporting/metrics): cases opened, and closed, at a site in a period are
    // ranges on these; cases open during a period are the open ones and those closed since it
    // began. Each holds every column the case metrics read, so they count from the index alone.
    index("cases_site_opened_idx").on(t.siteId, t.openedAt, t.organisationId, t.id, t.tier, t.referralId, t.clientId, t.ageBandAtOpening),
    index("cases_site_closed_idx")
      .on(t.siteId, t.closedAt, t.organisationId, t.openedAt, t.id, t.closureOutcome, t.tier, t.referralId, t.clientId, t.ageBandAtOpening)
      .where(sql`${t.closedAt} is not null`),
    index("cases_open_reporting_idx")
      .on(t.siteId, t.organisationId, t.openedAt, t.id, t.tier, t.referralId, t.clientId, t.ageBandAtOpening)
      .where(sql`${t.closedAt} is null`),
    // Reporting: a session's, outcome's or escalation's case (client, tier, age band, referral).
    index("cases_reporting_idx").on(t.id, t.clientId, t.tier, t.ageBandAtOpening, t.referralId),
    // Reporting: the first contacts, and first assessments, at a site in a period (the waiting
    // times), with every case column those metrics read.
    index("cases_first_contact_idx")
      .on(t.firstContactSiteId, t.firstContactAt, t.organisationId, t.referralId, t.tier, t.clientId, t.ageBandAtOpening)
      .where(sql`${t.firstContactAt} is not null`),
    index("cases_first_assessment_idx")
      .on(t.firstAssessmentSiteId, t.firstAssessedOn, t.organisationId, t.referralId, t.tier, t.clientId, t.ageBandAtOpening)
      .where(sql`${t.firstAssessedOn} is not null`),
  ],
);

/** The case timeline. Reasons typed by staff are encrypted under the client's key. */
export const caseEvents = pgTable(
  "case_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    organisationId: uuid("organisation_id").notNull(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    at: timestamp("at", { withTimezone: true, mode: "date" }).notNull(),
    actorUserId: uuid("actor_user_id"),
    type: text("type").notNull(),
    fromState: text("from_state"),
    toState: text("to_state"),
    reason: bytea("reason"),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index("case_events_case_idx").on(t.caseId, t.at)],
);

/** Who works on a case: the key worker, mentors and specialists. Mentors see only their assigned cases. */
export const caseAssignments = pgTable(
  "case_assignments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    role: text("role").notNull(),
    assignedBy: uuid("assigned_by"),
    assignedAt: timestamp("assigned_at", { withTimezone: true, mode: "date" }).notNull(),
    endedAt: timestamp("ended_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [index("case_assignments_user_idx").on(t.userId, t.endedAt), index("case_assignments_case_idx").on(t.caseId)],
);

/** The named people who may open a restricted case. */
export const caseAccessGrants = pgTable(
  "case_access_grants",
  {
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    organisationId: uuid("organisation_id").notNull(),
    grantedBy: uuid("granted_by"),
    grantedAt: timestamp("granted_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.userId] }), index("case_access_grants_user_idx").on(t.userId, t.caseId)],
);

/** Emergency ("break-glass") access to a case outside one's scope: time-limited, reasoned, audited. */
export const breakGlassAccesses = pgTable(
  "break_glass_accesses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    /** Encrypted under the client's key. */
    reason: bytea("reason").notNull(),
    grantedAt: timestamp("granted_at", { withTimezone: true, mode: "date" }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [index("break_glass_user_case_idx").on(t.userId, t.caseId, t.expiresAt)],
);

/** Two client records found to be one person; reversible by an administrator within 30 days. */
export const clientMerges = pgTable(
  "client_merges",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull(),
    keptClientId: uuid("kept_client_id")
      .notNull()
      .references(() => clients.id),
    mergedClientId: uuid("merged_client_id")
      .notNull()
      .references(() => clients.id),
    /** Ids of the rows moved from the merged record, so the merge can be undone exactly. */
    movedRecords: jsonb("moved_records").$type<Record<string, string[]>>().notNull(),
    mergedBy: uuid("merged_by").notNull(),
    mergedAt: timestamp("merged_at", { withTimezone: true, mode: "date" }).notNull(),
    reversedBy: uuid("reversed_by"),
    reversedAt: timestamp("reversed_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [
    index("client_merges_kept_idx").on(t.keptClientId),
    index("client_merges_merged_idx").on(t.mergedClientId),
    // The administrators' list: an organisation's merges, newest first.
    index("client_merges_org_merged_at_idx").on(t.organisationId, t.mergedAt.desc(), t.id.desc()),
  ],
);

/** In-app alerts to staff (break-glass use, urgent referrals); they carry references, never identity. */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    kind: text("kind").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
    readAt: timestamp("read_at", { withTimezone: true, mode: "date" }),
  },
  // By time too: the email job reads the last day's alerts every minute.
  (t) => [index("notifications_user_idx").on(t.userId, t.readAt, t.createdAt), index("notifications_created_idx").on(t.createdAt)],
);

/**
 * One response to one instrument version on a case. The answers (and the tier rationale, approval
 * note and return reason) are encrypted under the client's key; the computed scores and flags are
 * kept in the clear (ids, numbers and labels from the definition, no free text) for charts and
 * anonymised trends. Once submitted a response never changes (a trigger refuses it): a correction
 * is a new response that `amends` it, and the original is kept with `superseded_by_id` set. The
 * client is the case's: a merge moves the case, and re-encrypts these under the kept client's key.
 */
export const assessments = pgTable(
  "assessments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull(),
    siteId: uuid("site_id")
      .notNull()
      .references(() => sites.id),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    instrumentVersionId: uuid("instrument_version_id")
      .notNull()
      .references(() => instrumentVersions.id),
    /** draft, submitted, approved or returned (see core/api/assessments.ts). */
    status: text("status").notNull(),
    /** The day it was done with the client. */
    assessedOn: date("assessed_on", { mode: "string" }).notNull(),
    /** JSON of the answers, encrypted under the client's key. */
    answers: bytea("answers").notNull(),
    result: jsonb("result").$type<Record<string, unknown>>().notNull(),
    suggestedTier: text("suggested_tier"),
    chosenTier: text("chosen_tier"),
    tierRationale: bytea("tier_rationale"),
    /** Fixed when submitted, from the organisation's setting at that moment. */
    requiresApproval: boolean("requires_approval").notNull().default(false),
    amendsId: uuid("amends_id"),
    supersededById: uuid("superseded_by_id"),
    createdBy: uuid("created_by").notNull(),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull(),
    /** Incremented on every save, so two people editing one draft cannot overwrite each other. */
    version: integer("version").notNull().default(1),
    submittedBy: uuid("submitted_by"),
    submittedAt: timestamp("submitted_at", { withTimezone: true, mode: "date" }),
    approvedBy: uuid("approved_by"),
    approvedAt: timestamp("approved_at", { withTimezone: true, mode: "date" }),
    approvalNote: bytea("approval_note"),
    returnedBy: uuid("returned_by"),
    returnedAt: timestamp("returned_at", { withTimezone: true, mode: "date" }),
    returnReason: bytea("return_reason"),
  },
  (t) => [
    index("assessments_case_idx").on(t.caseId, t.createdAt),
    index("assessments_amends_idx").on(t.amendsId),
    // Reporting: assessments completed at a site in a period, and whether a case had one earlier
    // (the wait to assessment).
    index("assessments_site_completed_idx").on(t.siteId, t.assessedOn, t.organisationId, t.caseId).where(sql`${t.submittedAt} is not null`),
    index("assessments_case_completed_idx").on(t.caseId, t.assessedOn).where(sql`${t.submittedAt} is not null`),
  ],
);

// ── Support delivery: workers, care plans, sessions, programmes, outcomes ───────────────────────────

/**
 * What matching needs to know about a member of staff who delivers support (staff data, not client
 * data). Their sites are where they hold a role; vetting is the DBS check, and an expired or missing
 * one blocks new allocations.
 */
export const workerProfiles = pgTable("worker_profiles", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id),
  organisationId: uuid("organisation_id").notNull(),
  /** female, male, other or not_stated (core/support/matching.ts). */
  gender: text("gender").notNull().default("not_stated"),
  /** Support language codes (core/referrals/vocabulary.ts). */
  languages: jsonb("languages").$type<string[]>().notNull().default([]),
  specialisms: jsonb("specialisms").$type<string[]>().notNull().default([]),
  maxCaseload: integer("max_caseload").notNull().default(15),
  vettingCheckedOn: date("vetting_checked_on", { mode: "string" }),
  vettingExpiresOn: date("vetting_expires_on", { mode: "string" }),
  /** The DBS certificate number, for the manager's records. */
  vettingReference: text("vetting_reference"),
  updatedBy: uuid("updated_by"),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull(),
  version: integer("version").notNull().default(1),
});

/**
 * A worker's declared conflict of interest with a client (same family, same mosque committee…):
 * that worker is never offered for the client's cases. The note is encrypted under the client's key.
 */
export const workerConflicts = pgTable(
  "worker_conflicts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id),
    kind: text("kind").notNull(),
    note: bytea("note"),
    declaredBy: uuid("declared_by").notNull(),
    declaredAt: timestamp("declared_at", { withTimezone: true, mode: "date" }).notNull(),
    withdrawnBy: uuid("withdrawn_by"),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [index("worker_conflicts_user_idx").on(t.userId), index("worker_conflicts_client_idx").on(t.clientId)],
);

/**
 * The organisation's own changes to a support vocabulary (`intervention_type`, `closure_outcome`):
 * types it added, and built-in ones it relabelled or retired. Retired codes stay readable on old records.
 */
export const supportVocabulary = pgTable(
  "support_vocabulary",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull(),
    list: text("list").notNull(),
    code: text("code").notNull(),
    /** The label for a code the organisation added; null keeps the built-in's translated label. */
    label: text("label"),
    specialism: text("specialism"),
    isPartnerDelivered: boolean("is_partner_delivered").notNull().default(false),
    isRetired: boolean("is_retired").notNull().default(false),
    updatedBy: uuid("updated_by"),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [uniqueIndex("support_vocabulary_key").on(t.organisationId, t.list, t.code)],
);

/** A case's care plan: which version is current and when it is next reviewed. */
export const carePlans = pgTable(
  "care_plans",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull(),
    siteId: uuid("site_id")
      .notNull()
      .references(() => sites.id),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    currentVersion: integer("current_version").notNull(),
    nextReviewOn: date("next_review_on", { mode: "string" }).notNull(),
    createdBy: uuid("created_by").notNull(),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [uniqueIndex("care_plans_case_key").on(t.caseId), index("care_plans_site_review_idx").on(t.siteId, t.nextReviewOn)],
);

/** Every version of a plan, kept for good. The content (goals in the client's words) is encrypted under the client's key. */
export const carePlanVersions = pgTable(
  "care_plan_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull(),
    carePlanId: uuid("care_plan_id")
      .notNull()
      .references(() => carePlans.id),
    caseId: uuid("case_id").notNull(),
    version: integer("version").notNull(),
    createdOn: date("created_on", { mode: "string" }).notNull(),
    content: bytea("content").notNull(),
    /** Why it changed; absent on the first version. Encrypted under the client's key. */
    reason: bytea("reason"),
    basedOnAssessmentId: uuid("based_on_assessment_id"),
    createdBy: uuid("created_by").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("care_plan_versions_key").on(t.carePlanId, t.version), index("care_plan_versions_case_idx").on(t.caseId)],
);

/** A review of one plan version: progress per goal (codes in the clear for reporting), notes encrypted. */
export const carePlanReviews = pgTable(
  "care_plan_reviews",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull(),
    carePlanId: uuid("care_plan_id")
      .notNull()
      .references(() => carePlans.id),
    caseId: uuid("case_id").notNull(),
    planVersion: integer("plan_version").notNull(),
    reviewedOn: date("reviewed_on", { mode: "string" }).notNull(),
    /** goal id → progress code. */
    progress: jsonb("progress").$type<Record<string, string>>().notNull(),
    /** JSON of goal id → note, encrypted under the client's key. */
    notes: bytea("notes"),
    nextReviewOn: date("next_review_on", { mode: "string" }).notNull(),
    reviewedBy: uuid("reviewed_by").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("care_plan_reviews_plan_idx").on(t.carePlanId, t.reviewedOn), index("care_plan_reviews_case_idx").on(t.caseId)],
);

/**
 * A session (contact) with a client on a case, planned or held. Attendance is null while it is
 * planned. The notes are special-category data: encrypted under the client's key, and every read is
 * audited.
 */
export const supportSessions = pgTable(
  "support_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull(),
    siteId: uuid("site_id")
      .notNull()
      .references(() => sites.id),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    startsAt: timestamp("starts_at", { withTimezone: true, mode: "date" }).notNull(),
    durationMinutes: integer("duration_minutes").notNull(),
    mode: text("mode").notNull(),
    /** Where, for partner venues (a mosque, a college): a place, never the client's address. */
    venue: text("venue"),
    interventionType: text("intervention_type").notNull(),
    /** attended, did_not_attend, cancelled; null while planned. */
    attendance: text("attendance"),
    notes: bytea("notes"),
    notesWrittenAt: timestamp("notes_written_at", { withTimezone: true, mode: "date" }),
    createdBy: uuid("created_by").notNull(),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    index("support_sessions_case_idx").on(t.caseId, t.startsAt),
    // Sessions held but not written up: the 48-hour reminder reads these.
    index("support_sessions_unwritten_idx").on(t.startsAt).where(sql`${t.notesWrittenAt} is null and (${t.attendance} is null or ${t.attendance} = 'attended')`),
    // Reporting: the sessions attended at a site in a period, with their cases, for people engaged
    // and first contacts; and whether a case had an attended session before a given one.
    index("support_sessions_site_attended_idx").on(t.siteId, t.startsAt, t.organisationId, t.caseId).where(sql`${t.attendance} = 'attended'`),
    index("support_sessions_case_attended_idx").on(t.caseId, t.startsAt).where(sql`${t.attendance} = 'attended'`),
  ],
);

/** The workers at a session (one or more). */
export const supportSessionWorkers = pgTable(
  "support_session_workers",
  {
    sessionId: uuid("session_id")
      .notNull()
      .references(() => supportSessions.id),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    organisationId: uuid("organisation_id").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.userId] }), index("support_session_workers_calendar_idx").on(t.userId, t.startsAt)],
);

/** Programme definitions as stored: built-ins (organisation null) and each organisation's own versions. */
export const programmeVersions = pgTable(
  "programme_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id"),
    key: text("key").notNull(),
    version: integer("version").notNull(),
    definition: jsonb("definition").$type<Record<string, unknown>>().notNull(),
    definitionHash: text("definition_hash").notNull(),
    isRetired: boolean("is_retired").notNull().default(false),
    createdBy: uuid("created_by"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("programme_versions_key").on(sql`coalesce(${t.organisationId}, '00000000-0000-0000-0000-000000000000'::uuid)`, t.key, t.version)],
);

/** A client's place on a programme, through one case. The state is the latest event's result. */
export const programmeEnrolments = pgTable(
  "programme_enrolments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull(),
    siteId: uuid("site_id")
      .notNull()
      .references(() => sites.id),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    programmeVersionId: uuid("programme_version_id")
      .notNull()
      .references(() => programmeVersions.id),
    /** in_phase, completed or withdrawn (core/programmes/programme.ts). */
    state: text("state").notNull(),
    phaseIndex: integer("phase_index").notNull(),
    enrolledOn: date("enrolled_on", { mode: "string" }).notNull(),
    enrolledBy: uuid("enrolled_by").notNull(),
    createdAt: createdAt(),
    version: integer("version").notNull().default(1),
  },
  (t) => [index("programme_enrolments_case_idx").on(t.caseId), index("programme_enrolments_site_idx").on(t.siteId, t.programmeVersionId, t.state),
    // Reporting: enrolments begun at a site in a period, with what the enrolment metrics read.
    index("programme_enrolments_site_enrolled_idx").on(t.siteId, t.enrolledOn, t.organisationId, t.id, t.programmeVersionId, t.caseId),
  ],
);

/** Every move of an enrolment: advance (criteria met or an override), step back, complete, withdraw, rejoin. Notes encrypted. */
export const programmeEnrolmentEvents = pgTable(
  "programme_enrolment_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    organisationId: uuid("organisation_id").notNull(),
    enrolmentId: uuid("enrolment_id")
      .notNull()
      .references(() => programmeEnrolments.id),
    caseId: uuid("case_id").notNull(),
    at: timestamp("at", { withTimezone: true, mode: "date" }).notNull(),
    actorUserId: uuid("actor_user_id").notNull(),
    type: text("type").notNull(),
    fromPhaseIndex: integer("from_phase_index"),
    toPhaseIndex: integer("to_phase_index"),
    /** Codes only: the criteria marked met, the step-back or withdrawal reason. */
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
    /** The override reason or the note, encrypted under the client's key. */
    note: bytea("note"),
  },
  (t) => [index("programme_enrolment_events_enrolment_idx").on(t.enrolmentId, t.at),
    // Reporting: programmes completed in a period.
    index("programme_enrolment_events_completed_idx").on(t.organisationId, t.at, t.enrolmentId).where(sql`${t.type} = 'complete'`),
  ],
);

/** A group session of a programme at a venue, with its facilitators and an anonymous headcount of people not registered. */
export const groupSessions = pgTable(
  "group_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull(),
    siteId: uuid("site_id")
      .notNull()
      .references(() => sites.id),
    programmeKey: text("programme_key").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true, mode: "date" }).notNull(),
    durationMinutes: integer("duration_minutes").notNull(),
    venue: text("venue").notNull(),
    topic: text("topic"),
    facilitatorIds: jsonb("facilitator_ids").$type<string[]>().notNull(),
    anonymousHeadcount: integer("anonymous_headcount").notNull().default(0),
    createdBy: uuid("created_by").notNull(),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [index("group_sessions_site_idx").on(t.siteId, t.startsAt)],
);

/** The registered clients at a group session, by their enrolment. */
export const groupSessionAttendees = pgTable(
  "group_session_attendees",
  {
    groupSessionId: uuid("group_session_id")
      .notNull()
      .references(() => groupSessions.id),
    enrolmentId: uuid("enrolment_id")
      .notNull()
      .references(() => programmeEnrolments.id),
    organisationId: uuid("organisation_id").notNull(),
    caseId: uuid("case_id").notNull(),
  },
  (t) => [primaryKey({ columns: [t.groupSessionId, t.enrolmentId] }), index("group_session_attendees_case_idx").on(t.caseId),
    // Reporting: the cases at a period's group sessions (people engaged), from the index alone.
    index("group_session_attendees_session_idx").on(t.groupSessionId, t.caseId),
  ],
);

/**
 * What a closed case achieved, one row per outcome, each with a date and evidence (encrypted under
 * the client's key). The social-value engine values these rows; the codes and dates are in the clear.
 */
export const caseOutcomes = pgTable(
  "case_outcomes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull(),
    siteId: uuid("site_id")
      .notNull()
      .references(() => sites.id),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    code: text("code").notNull(),
    achievedOn: date("achieved_on", { mode: "string" }).notNull(),
    evidence: bytea("evidence").notNull(),
    recordedBy: uuid("recorded_by").notNull(),
    recordedAt: timestamp("recorded_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [index("case_outcomes_case_idx").on(t.caseId), index("case_outcomes_org_code_idx").on(t.organisationId, t.code, t.achievedOn),
    // Reporting: outcomes achieved at a site in a period, with their codes and cases.
    index("case_outcomes_site_achieved_idx").on(t.siteId, t.achievedOn, t.organisationId, t.code, t.caseId),
  ],
);

/**
 * Emails waiting to go or sent: reminders and alerts, which carry references and links, never a
 * client's identity. A job sends each once; failures are retried with the job runner's backoff.
 */
export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    notificationId: uuid("notification_id"),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    createdAt: createdAt(),
    sentAt: timestamp("sent_at", { withTimezone: true, mode: "date" }),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    /** Taken by a sender until then: sending happens outside any transaction, so this keeps two senders off one email. */
    claimedUntil: timestamp("claimed_until", { withTimezone: true, mode: "date" }),
  },
  // One email per alert, however many instances queue at once.
  (t) => [index("email_outbox_unsent_idx").on(t.createdAt).where(sql`${t.sentAt} is null`), uniqueIndex("email_outbox_notification_key").on(t.notificationId)],
);
