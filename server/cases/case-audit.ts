/** Records a case change on the case timeline and in the audit log, in the caller's transaction. */
import { recordAudit } from "../audit/record-audit.js";
import type { Db } from "../db/client.js";
import { caseEvents } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import type { Vault } from "../vault/vault.js";
import type { CaseRow } from "./queries.js";

export async function recordCaseChange(
  tx: Db,
  actor: Actor,
  kase: CaseRow,
  change: { type: string; reason?: string; details?: Record<string, unknown>; siteId?: string },
  context: { vault: Vault; now: Date; requestId: string },
): Promise<void> {
  const key = change.reason ? await context.vault.loadSubjectKey(tx, kase.clientId) : null;
  await tx.insert(caseEvents).values({
    organisationId: kase.organisationId,
    caseId: kase.id,
    at: context.now,
    actorUserId: actor.userId,
    type: change.type,
    reason: key && change.reason ? context.vault.encrypt(key, "case_event_reason", change.reason) : null,
    details: change.details ?? {},
  });
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: `case.${change.type}`,
    entityType: "case",
    entityId: kase.id,
    siteId: change.siteId ?? kase.siteId,
    clientId: kase.clientId,
    requestId: context.requestId,
    details: change.details ?? {},
  });
}
