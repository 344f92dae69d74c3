/**
 * Undoing a merge, within 30 days and once: exactly the rows recorded as moved go back, the
 * duplicate is live again, and both records' blind indexes are rebuilt from their own identities.
 * Rows added to the kept record since the merge stay with it.
 */
import { and, eq, isNull } from "drizzle-orm";
import type { z } from "zod";
import type { mergeReversalSchema } from "../../core/api/clients.js";
import { recordAudit } from "../audit/record-audit.js";
import { authorize } from "../authz/authorize.js";
import type { Db } from "../db/client.js";
import { clientMerges, clients } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { AppError } from "../http/errors.js";
import { reversibleDays, reversibleUntil } from "./merge-clients.js";
import { noteOnCaseTimelines } from "./merge-timeline.js";
import { moveRecordsBack, type MovedRecords } from "./move-client-records.js";
import { canReverseMerge } from "./policy.js";
import { findMergeFor, lockClients } from "./queries.js";
import type { ClientContext } from "./read-client.js";
import { reindexClient } from "./reindex-client.js";

export async function reverseMerge(tx: Db, actor: Actor, mergeId: string, context: ClientContext): Promise<z.infer<typeof mergeReversalSchema>> {
  const merge = await findMergeFor(tx, actor, mergeId);
  authorize(canReverseMerge(actor), "Only an administrator can reverse a merge.");
  if (merge.reversedAt) throw new AppError("conflict", "This merge has already been reversed.");
  const deadline = reversibleUntil(merge.mergedAt);
  if (context.now > deadline) {
    throw new AppError("conflict", `A merge can be reversed for ${reversibleDays} days only; this one could be reversed until ${deadline.toISOString().slice(0, 10)}. Correct the records by hand instead.`);
  }
  const locked = await lockClients(tx, actor.organisationId, [merge.keptClientId, merge.mergedClientId]);
  const kept = locked.find((client) => client.id === merge.keptClientId);
  const restored = locked.find((client) => client.id === merge.mergedClientId);
  if (!kept || !restored || restored.mergedIntoId !== kept.id) throw new AppError("conflict", "These records have changed since the merge; it cannot be reversed.");
  if (kept.mergedIntoId) throw new AppError("conflict", "The kept record has since been merged into another. Reverse that merge first.");
  const claimed = await tx
    .update(clientMerges)
    .set({ reversedAt: context.now, reversedBy: actor.userId })
    .where(and(eq(clientMerges.id, merge.id), isNull(clientMerges.reversedAt)))
    .returning({ id: clientMerges.id });
  if (claimed.length === 0) throw new AppError("conflict", "This merge has already been reversed.");

  const keys = { from: await context.vault.loadSubjectKey(tx, kept.id), to: await context.vault.loadSubjectKey(tx, restored.id) };
  const movedBack = await moveRecordsBack(tx, context.vault, merge.movedRecords as MovedRecords, keys);
  await tx.update(clients).set({ mergedIntoId: null, mergedAt: null }).where(eq(clients.id, restored.id));
  await reindexClient(tx, context.vault, kept);
  await reindexClient(tx, context.vault, restored);
  const details = { mergeId: merge.id, keptClientId: kept.id, restoredClientId: restored.id };
  for (const key of [keys.from, keys.to]) {
    await noteOnCaseTimelines(tx, context.vault, key, { type: "client_merge_reversed", actorUserId: actor.userId, at: context.now, details });
  }
  for (const clientId of [kept.id, restored.id]) {
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: "client.merge_reversed",
      entityType: "client",
      entityId: clientId,
      clientId,
      requestId: context.requestId,
      details: { ...details, movedBack: Object.fromEntries(Object.entries(movedBack).map(([table, ids]) => [table, ids.length])) },
    });
  }
  return { mergeId: merge.id, keptClientId: kept.id, restoredClientId: restored.id, reversedAt: context.now.toISOString() };
}
