/**
 * A worker's own links with the world outside the app (re-exported from schema.ts, which migrations
 * are generated from): their private calendar feed, how they want alerts emailed, and the daily
 * digests sent. A feed's secret is kept only as its SHA-256: the address is shown once, to its
 * owner, and a copy of the database cannot be used to read anyone's calendar.
 */
import { date, integer, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { at, createdAt } from "./columns.js";
import { emailOutbox, organisations, users } from "./schema.js";

/** One feed per user at most; regenerating replaces the secret, revoking deletes the row. */
export const calendarFeeds = pgTable(
  "calendar_feeds",
  {
    userId: uuid("user_id")
      .primaryKey()
      .references(() => users.id),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    /** SHA-256 (hex) of the secret in the feed's address. The secret is 256 random bits, so no slow hash is needed. */
    secretHash: text("secret_hash").notNull(),
    createdAt: createdAt(),
    lastReadAt: at("last_read_at"),
  },
  (t) => [uniqueIndex("calendar_feeds_secret_key").on(t.secretHash)],
);

/** A user's choice for alert emails; no row means `immediate`, as before the choice existed. */
export const emailPreferences = pgTable("email_preferences", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id),
  organisationId: uuid("organisation_id")
    .notNull()
    .references(() => organisations.id),
  /** `immediate` or `daily_digest`. */
  mode: text("mode").notNull(),
  /** The hour on the London clock (0–23) the daily digest is sent. */
  digestHour: integer("digest_hour").notNull(),
  updatedAt: at("updated_at").notNull(),
});

/** One digest per user and London day, however many instances run the job: the unique key says so. */
export const emailDigests = pgTable(
  "email_digests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    day: date("day", { mode: "string" }).notNull(),
    /** The alerts it lists were raised in [coveredFrom, coveredUntil). */
    coveredFrom: at("covered_from").notNull(),
    coveredUntil: at("covered_until").notNull(),
    alertCount: integer("alert_count").notNull(),
    outboxId: uuid("outbox_id").references(() => emailOutbox.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("email_digests_user_day_key").on(t.userId, t.day)],
);
