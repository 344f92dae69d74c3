/**
 * Recording a worker's conflict of interest with a case's client (same family, same mosque
 * committee…), by a manager who allocates the case. From then on the worker is never offered for the
 * client's cases and cannot be assigned to them. The note is encrypted under the client's key; the
 * audit names the worker and the kind only.
 */
import { and, eq, isNull } from "drizzle-orm";
import type { RecordConflictBody } from "../../core/api/workers.js";
import { recordAudit } from "../audit/record-audit.js";
import type { Db } from "../db/client.js";
import { workerConflicts } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { AppError } from "../http/errors.js";
import type { Vault } from "../vault/vault.js";
import { caseFor } from "./case-access.js";
import { workerFields } from "./fields.js";
import { canManageConflicts } from "./policy.js";
import { findWorkerFor } from "./queries.js";

export async function recordConflict(tx: Db, actor: Actor, caseId: string, input: RecordConflictBody, context: { vault: Vault; now: Date; requestId: string }): Promise<void> {
  const { kase } = await caseFor(tx, actor, caseId, context.now, canManageConflicts);
  try {
    await findWorkerFor(tx, actor, input.userId);
  } catch {
    throw new AppError("validation_failed", "Choose a member of staff who delivers support.", { fields: [{ path: "body.userId", message: "Not a worker of this organisation." }] });
  }
  const [live] = await tx
    .select({ id: workerConflicts.id })
    .from(workerConflicts)
    .where(and(eq(workerConflicts.clientId, kase.clientId), eq(workerConflicts.userId, input.userId), isNull(workerConflicts.withdrawnAt)))
    .limit(1);
  if (live) throw new AppError("conflict", "A conflict of interest is already recorded for this worker and client.");
  const note = input.note ? context.vault.encrypt(await context.vault.loadSubjectKey(tx, kase.clientId), workerFields.conflictNote, input.note) : null;
  const [row] = await tx
    .insert(workerConflicts)
    .values({
      organisationId: actor.organisationId,
      userId: input.userId,
      clientId: kase.clientId,
      kind: input.kind,
      note,
      declaredBy: actor.userId,
      declaredAt: context.now,
    })
    .returning({ id: workerConflicts.id });
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "worker.conflict_recorded",
    entityType: "worker_conflict",
    entityId: row!.id,
    siteId: kase.siteId,
    clientId: kase.clientId,
    requestId: context.requestId,
    details: { caseId: kase.id, userId: input.userId, kind: input.kind, hasNote: note !== null },
  });
}
