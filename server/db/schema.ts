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
  customType,
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

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
  // node-postgres returns Buffer (a Uint8Array); PGlite returns Uint8Array. Both satisfy the type.
  fromDriver: (value) => new Uint8Array(value),
});

const createdAt = () => timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow();

export const organisations = pgTable("organisations", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  /** Minutes of inactivity after which a session ends. */
  sessionIdleMinutes: integer("session_idle_minutes").notNull().default(30),
  /** Hours after which a session ends however active it is. */
  sessionMaxHours: integer("session_max_hours").notNull().default(12),
  isPasswordSignInEnabled: boolean("is_password_sign_in_enabled").notNull().default(true),
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
    seq: bigint("seq", { mode: "number" }).notNull(),
    at: timestamp("at", { withTimezone: true, mode: "date" }).notNull(),
    actorUserId: uuid("actor_user_id"),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id"),
    siteId: uuid("site_id"),
    clientId: uuid("client_id"),
    requestId: text("request_id"),
    details: jsonb("details").$type<Record<string, unknown>>().notNull(),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull(),
  },
  (t) => [
    uniqueIndex("audit_events_org_seq_key").on(t.organisationId, t.seq),
    index("audit_events_client_idx").on(t.clientId),
    index("audit_events_actor_idx").on(t.actorUserId, t.at),
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
