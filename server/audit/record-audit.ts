/**
 * Writes an audit event in the caller's transaction. Call it inside the same transaction as the
 * change it records, so either both happen or neither. The event is written unsealed and joins
 * the organisation's hash chain moments later (`seal-chain.ts`), so audited requests never queue
 * behind each other for the chain.
 */
import { bulkInsert } from "../db/bulk-insert.js";
import type { Db } from "../db/client.js";
import { auditEvents } from "../db/schema.js";

export interface AuditInput {
  organisationId: string;
  actorUserId: string | null;
  /** Dotted verb, e.g. `auth.signed_in`, `user.deactivated`, `client.read`. */
  action: string;
  entityType: string;
  entityId?: string | null;
  siteId?: string | null;
  clientId?: string | null;
  requestId?: string | null;
  /** Ids, field names and decisions only: never names, notes or other personal data. */
  details?: Record<string, unknown>;
  at?: Date;
}

export async function recordAudit(tx: Db, input: AuditInput): Promise<void> {
  await tx.insert(auditEvents).values(auditRow(input));
}

/** Many events in one statement (a spreadsheet import's batch), as `recordAudit` writes each. */
export async function recordAudits(tx: Db, inputs: readonly AuditInput[]): Promise<void> {
  await bulkInsert(tx, auditEvents, inputs.map(auditRow));
}

function auditRow(input: AuditInput): typeof auditEvents.$inferInsert {
  return {
    organisationId: input.organisationId,
    // Millisecond precision so the stored timestamp reads back exactly as it is hashed.
    at: new Date(Math.floor((input.at ?? new Date()).getTime())),
    actorUserId: input.actorUserId,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId ?? null,
    siteId: input.siteId ?? null,
    clientId: input.clientId ?? null,
    requestId: input.requestId ?? null,
    details: input.details ?? {},
  };
}
