/**
 * Writes an audit event in the caller's transaction, chained to the organisation's previous event.
 * Call it inside the same transaction as the change it records, so either both happen or neither.
 */
import { desc, eq, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { auditEvents } from "../db/schema.js";
import { eventHash, genesisHash } from "./chain.js";

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
  // Serialise writers per organisation so two concurrent transactions cannot both extend the same
  // link. The lock is released at commit or rollback.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`audit:${input.organisationId}`}, 0))`);
  const [last] = await tx
    .select({ seq: auditEvents.seq, hash: auditEvents.hash })
    .from(auditEvents)
    .where(eq(auditEvents.organisationId, input.organisationId))
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  const content = {
    organisationId: input.organisationId,
    seq: (last?.seq ?? 0) + 1,
    // Millisecond precision so the stored timestamp reads back exactly as hashed.
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
  const prevHash = last?.hash ?? genesisHash;
  await tx.insert(auditEvents).values({ ...content, prevHash, hash: eventHash(prevHash, content) });
}
