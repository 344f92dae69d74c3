/**
 * Integrations (issue 14): API tokens and outbound webhooks.
 * - `service_accounts`: a named integration an administrator set up. It is a staff row of its own
 *   (`user_id`, no password, so nobody signs in as it) holding the roles and sites chosen for it,
 *   so everything it does is authorised and audited exactly as that user's would be.
 * - `api_tokens`: personal and service tokens. Only the SHA-256 of the secret is stored; the secret
 *   is shown once. `display_prefix` is the first characters, enough to recognise it in a list.
 * - `webhook_endpoints`: where chosen events are sent. The signing secret is vault ciphertext under
 *   a data key of its own (`secret_key_id`), since signing needs it back.
 * - `webhook_deliveries`: the outbox and delivery log: one row per endpoint and event, written in
 *   the same transaction as the change it reports. The payload holds ids only; identity a partner
 *   may receive is decrypted at sending time and never stored here.
 */
import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { at, bytea, createdAt } from "./columns.js";
import { outreachPartners } from "./outreach-schema.js";
import { organisations, users } from "./schema.js";

export const serviceAccounts = pgTable(
  "service_accounts",
  {
    userId: uuid("user_id")
      .primaryKey()
      .references(() => users.id),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    description: text("description").notNull().default(""),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("service_accounts_org_idx").on(t.organisationId)],
);

export const apiTokens = pgTable(
  "api_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    /** Whose authority the token carries: the member of staff, or the service account's user. */
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    kind: text("kind").$type<"personal" | "service">().notNull(),
    name: text("name").notNull(),
    /** `read` or `read_write`. */
    scope: text("scope").$type<"read" | "read_write">().notNull(),
    /** SHA-256 of the whole token, hex. */
    tokenHash: text("token_hash").notNull(),
    displayPrefix: text("display_prefix").notNull(),
    expiresAt: at("expires_at").notNull(),
    lastUsedAt: at("last_used_at"),
    revokedAt: at("revoked_at"),
    revokedBy: uuid("revoked_by").references(() => users.id),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("api_tokens_hash_key").on(t.tokenHash), index("api_tokens_user_idx").on(t.userId), index("api_tokens_org_idx").on(t.organisationId, t.kind)],
);

export const webhookEndpoints = pgTable(
  "webhook_endpoints",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    name: text("name").notNull(),
    url: text("url").notNull(),
    events: jsonb("events").$type<string[]>().notNull(),
    /** The partner receiving it; identity goes only under that partner's sharing agreement. */
    partnerId: uuid("partner_id").references(() => outreachPartners.id),
    /** The identity fields sent when the partner's agreement is in force; empty sends none. */
    identityFields: jsonb("identity_fields").$type<string[]>().notNull().default([]),
    secretKeyId: uuid("secret_key_id").notNull(),
    secret: bytea("secret").notNull(),
    isActive: boolean("is_active").notNull().default(true),
    /** Why it was switched off: `failures` after repeated failed deliveries, or `administrator`. */
    disabledReason: text("disabled_reason"),
    consecutiveFailures: integer("consecutive_failures").notNull().default(0),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: at("updated_at").notNull(),
  },
  (t) => [index("webhook_endpoints_org_idx").on(t.organisationId)],
);

export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    endpointId: uuid("endpoint_id")
      .notNull()
      .references(() => webhookEndpoints.id),
    eventId: uuid("event_id").notNull(),
    eventType: text("event_type").notNull(),
    /** Ids and references only (see the module comment). */
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    /** `pending`, `delivered` or `failed` (no attempts left, or the endpoint was switched off). */
    status: text("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: at("next_attempt_at"),
    lastAttemptAt: at("last_attempt_at"),
    responseStatus: integer("response_status"),
    /** At most 200 characters of the answer, control characters removed. */
    responseExcerpt: text("response_excerpt"),
    lastError: text("last_error"),
    deliveredAt: at("delivered_at"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("webhook_deliveries_event_key").on(t.endpointId, t.eventId),
    index("webhook_deliveries_endpoint_idx").on(t.endpointId, t.createdAt),
    index("webhook_deliveries_pending_idx").on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
  ],
);
