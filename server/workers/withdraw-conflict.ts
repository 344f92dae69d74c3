/**
 * Withdrawing a conflict of interest that no longer holds (recorded in error, or the circumstance
 * ended). The row is kept with who withdrew it and when; the worker may then be matched again.
 */
import { and, eq, isNull } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit.js";
import type { Db } from "../db/client.js";
import { workerConflicts } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { AppError, notFound } from "../http/errors.js";
import { caseFor } from "./case-access.js";
import { canManageConflicts } from "./policy.js";

export async function withdrawConflict(tx: Db, actor: Actor, caseId: string, conflictId: string, context: { now: Date; requestId: string }): Promise<void> {
  const { kase } = await caseFor(tx, actor, caseId, context.now, canManageConflicts);
  const [conflict] = await tx
    .select()
    .from(workerConflicts)
    .where(and(eq(workerConflicts.id, conflictId), eq(workerConflicts.clientId, kase.clientId), eq(workerConflicts.organisationId, actor.organisationId)))
    .for("update")
    .limit(1);
  if (!conflict) throw notFound("Conflict of interest");
  if (conflict.withdrawnAt) throw new AppError("conflict", "This conflict of interest has already been withdrawn.");
  await tx
    .update(workerConflicts)
    .set({ withdrawnBy: actor.userId, withdrawnAt: context.now })
    .where(and(eq(workerConflicts.id, conflict.id), isNull(workerConflicts.withdrawnAt)));
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "worker.conflict_withdrawn",
    entityType: "worker_conflict",
    entityId: conflict.id,
    siteId: kase.siteId,
    clientId: kase.clientId,
    requestId: context.requestId,
    details: { caseId: kase.id, userId: conflict.userId, kind: conflict.kind },
  });
}
