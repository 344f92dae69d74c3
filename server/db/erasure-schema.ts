/**
 * Erasure, retention holds and restriction of processing (issue 12; re-exported from schema.ts,
 * which migrations are generated from).
 *
 * - `client_erasures`: what was erased of a client, when, by whom and on what basis — counts and
 *   ids only, never the erased content, so the record outlives the person's data without holding it.
 * - `retention_holds`: a legal claim or statutory duty that keeps a client's record from erasure,
 *   placed and lifted by the data protection officer; the reasons are free text about a person,
 *   encrypted under the client's key.
 * - `processing_restrictions`: a client's record made read-only and kept out of everyday lists
 *   (UK GDPR Art 18). A database trigger (migration) refuses every write to the client's data while
 *   one is in force, and every write to an erased client's data, whatever the code path.
 */
import { sql } from "drizzle-orm";
import { check, index, jsonb, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { at, bytea, createdAt, day } from "./columns.js";
import { dataRightsRequests } from "./data-rights-schema.js";
import { clients, organisations } from "./schema.js";

/** Counts of what an erasure removed or shredded, by kind of record. */
export type ErasureTally = Record<string, number>;

export const clientErasures = pgTable(
  "client_erasures",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id),
    /** `request` (an erasure request the data protection officer granted) or `retention` (its period ran). */
    basis: text("basis").notNull(),
    /** The data-rights request it answered, when there was one. */
    requestId: uuid("request_id").references(() => dataRightsRequests.id),
    erasedBy: uuid("erased_by"),
    erasedAt: at("erased_at").notNull(),
    /** Ids of the other records of the same person shredded with it (records merged into it). */
    mergedClientIds: jsonb("merged_client_ids").$type<string[]>().notNull().default([]),
    tally: jsonb("tally").$type<ErasureTally>().notNull(),
  },
  (t) => [
    // One erasure per client: a second attempt finds this row and does nothing.
    uniqueIndex("client_erasures_client_key").on(t.clientId),
    index("client_erasures_org_idx").on(t.organisationId, t.erasedAt),
    check("client_erasures_basis_check", sql`${t.basis} in ('request', 'retention')`),
  ],
);

export const retentionHolds = pgTable(
  "retention_holds",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id),
    /** `legal_claim` or `statutory_duty`. Safeguarding holds are not stored: they are read from the case and panel records. */
    kind: text("kind").notNull(),
    /** Encrypted under the client's key. */
    reason: bytea("reason").notNull(),
    /** When the hold should next be looked at. */
    reviewOn: day("review_on"),
    placedBy: uuid("placed_by").notNull(),
    placedAt: at("placed_at").notNull(),
    liftedBy: uuid("lifted_by"),
    liftedAt: at("lifted_at"),
    /** Encrypted under the client's key. */
    liftReason: bytea("lift_reason"),
    createdAt: createdAt(),
  },
  (t) => [
    index("retention_holds_client_idx").on(t.clientId, t.placedAt),
    check("retention_holds_kind_check", sql`${t.kind} in ('legal_claim', 'statutory_duty')`),
    check("retention_holds_lifted_check", sql`(${t.liftedAt} is null) = (${t.liftedBy} is null)`),
  ],
);

export const processingRestrictions = pgTable(
  "processing_restrictions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id),
    /** The ground (core/data-protection/restriction.ts): accuracy contested, unlawful, needed for a claim, objection pending. */
    ground: text("ground").notNull(),
    /** Encrypted under the client's key. */
    reason: bytea("reason").notNull(),
    reviewOn: day("review_on").notNull(),
    placedBy: uuid("placed_by").notNull(),
    placedAt: at("placed_at").notNull(),
    liftedBy: uuid("lifted_by"),
    liftedAt: at("lifted_at"),
    /** Encrypted under the client's key. */
    liftReason: bytea("lift_reason"),
  },
  (t) => [
    // At most one restriction in force per client; the trigger looks it up by this index.
    uniqueIndex("processing_restrictions_in_force_key").on(t.clientId).where(sql`${t.liftedAt} is null`),
    index("processing_restrictions_org_idx").on(t.organisationId, t.placedAt),
    check("processing_restrictions_lifted_check", sql`(${t.liftedAt} is null) = (${t.liftedBy} is null)`),
  ],
);
