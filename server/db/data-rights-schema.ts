/**
 * Data-rights requests (issue 12; re-exported from schema.ts, which migrations are generated from):
 * one register for access, erasure and restriction requests, each request's history, the items a
 * subject access export withholds, and the packages released.
 *
 * Anything that describes a person — the requester's name and contact — is encrypted: under
 * the client's key once the request is matched to a client (so erasing the client shreds it too),
 * and under the request's own key (subject = request id) until then. Every other column is a code,
 * a day or an id.
 */
import { sql } from "drizzle-orm";
import { bigserial, check, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type {
  DataRightsEventKind,
  DataRightsKind,
  DataRightsStatus,
  ExtensionGround,
  IdentityCheckMethod,
  RefusalReason,
  RequesterRelation,
  WithholdingReason,
} from "../../core/data-rights/vocabulary.js";
import { at, bytea, createdAt, day } from "./columns.js";
import { clients, organisations } from "./schema.js";

/** A request to exercise a data right, from receipt to its answer. */
export const dataRightsRequests = pgTable(
  "data_rights_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    /** Random, reveals nothing: e.g. `DR-7KQ4-M2XD`. */
    reference: text("reference").notNull(),
    kind: text("kind").$type<DataRightsKind>().notNull(),
    /** The client it concerns, once the data protection officer has matched them. */
    clientId: uuid("client_id").references(() => clients.id),
    requesterRelation: text("requester_relation").$type<RequesterRelation>().notNull(),
    /** Encrypted JSON: the requester's name, how to reach them and what they asked for. */
    requesterDetails: bytea("requester_details"),
    identityCheckMethod: text("identity_check_method").$type<IdentityCheckMethod>(),
    identityCheckedBy: uuid("identity_checked_by"),
    identityCheckedOn: day("identity_checked_on"),
    receivedOn: day("received_on").notNull(),
    /** One calendar month from receipt (core/data-rights/deadline.ts). */
    dueOn: day("due_on").notNull(),
    extensionGround: text("extension_ground").$type<ExtensionGround>(),
    extendedDueOn: day("extended_due_on"),
    /** The day the person was told of the extension and why: within the first month. */
    extensionToldOn: day("extension_told_on"),
    status: text("status").$type<DataRightsStatus>().notNull().default("received"),
    refusalReason: text("refusal_reason").$type<RefusalReason>(),
    closedAt: at("closed_at"),
    closedBy: uuid("closed_by"),
    createdBy: uuid("created_by").notNull(),
    createdAt: createdAt(),
    updatedAt: at("updated_at").notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    uniqueIndex("data_rights_requests_org_reference_key").on(t.organisationId, t.reference),
    // The dashboard: an organisation's requests by status, soonest deadline first.
    index("data_rights_requests_org_status_idx").on(t.organisationId, t.status, t.dueOn),
    index("data_rights_requests_client_idx").on(t.clientId),
    check("data_rights_requests_kind_check", sql`${t.kind} in ('access', 'erasure', 'restriction')`),
    check(
      "data_rights_requests_status_check",
      sql`${t.status} in ('received', 'in_progress', 'on_hold', 'completed', 'refused', 'withdrawn')`,
    ),
    check(
      "data_rights_requests_extension_check",
      sql`(${t.extensionGround} is null) = (${t.extendedDueOn} is null) and (${t.extensionGround} is null) = (${t.extensionToldOn} is null)`,
    ),
    check("data_rights_requests_refusal_check", sql`(${t.status} = 'refused') = (${t.refusalReason} is not null)`),
    check(
      "data_rights_requests_closed_check",
      sql`(${t.status} in ('completed', 'refused', 'withdrawn')) = (${t.closedAt} is not null)`,
    ),
    check("data_rights_requests_due_check", sql`${t.dueOn} > ${t.receivedOn}`),
  ],
);

/** What happened to a request and who did it; details hold codes and ids only. */
export const dataRightsRequestEvents = pgTable(
  "data_rights_request_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    organisationId: uuid("organisation_id").notNull(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => dataRightsRequests.id),
    at: at("at").notNull(),
    actorUserId: uuid("actor_user_id"),
    kind: text("kind").$type<DataRightsEventKind>().notNull(),
    details: jsonb("details").$type<Record<string, string | number | boolean | null>>().notNull().default({}),
  },
  (t) => [index("data_rights_request_events_request_idx").on(t.requestId, t.id)],
);

/** An item the data protection officer has chosen to withhold from a subject access export, and why. */
export const subjectAccessWithholdings = pgTable(
  "subject_access_withholdings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => dataRightsRequests.id),
    /** Names the item, not its content: e.g. `relationship:<id>:contact_phone`. */
    itemKey: text("item_key").notNull(),
    reason: text("reason").$type<WithholdingReason>().notNull(),
    decidedBy: uuid("decided_by").notNull(),
    decidedAt: at("decided_at").notNull(),
  },
  (t) => [uniqueIndex("subject_access_withholdings_item_key").on(t.requestId, t.itemKey)],
);

export interface ReleasedFile {
  name: string;
  mediaType: string;
  bytes: number;
  sha256: string;
}

/**
 * A subject access package as released. The files are kept, encrypted under the client's key,
 * rather than regenerated on demand: the record goes on changing after release (new sessions, a
 * corrected date), so only the bytes themselves show what the person was given — and their SHA-256
 * must keep matching — while the client's key still lets erasure shred them with everything else.
 */
export const subjectAccessReleases = pgTable(
  "subject_access_releases",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => dataRightsRequests.id),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id),
    releasedBy: uuid("released_by").notNull(),
    releasedAt: at("released_at").notNull(),
    files: jsonb("files").$type<ReleasedFile[]>().notNull(),
    /** Item keys and reasons, never the withheld content. */
    withheld: jsonb("withheld").$type<{ itemKey: string; reason: WithholdingReason }[]>().notNull(),
    pdf: bytea("pdf").notNull(),
    json: bytea("json").notNull(),
  },
  (t) => [index("subject_access_releases_request_idx").on(t.requestId, t.releasedAt)],
);
