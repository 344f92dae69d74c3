/**
 * Merging two records of one person. Everything that refers to the duplicate moves to the kept
 * record and the moved row ids are recorded; the duplicate keeps its identity and key, marked as
 * merged, so an administrator can undo the merge exactly within 30 days (reverse-merge.ts).
 */
import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { mergeBodySchema, mergeResultSchema } from "../../core/api/clients.js";
import { recordAudit } from "../audit/record-audit.js";
import { authorize } from "../authz/authorize.js";
import type { Db } from "../db/client.js";
import { clientMerges, clients } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { AppError } from "../http/errors.js";
import { noteOnCaseTimelines } from "./merge-timeline.js";
import { moveAllRecords } from "./move-client-records.js";
import { canMerge } from "./policy.js";
import { findClientFor, lockClients } from "./queries.js";
import type { ClientContext } from "./read-client.js";

/** How long an administrator can undo a merge; after that the records have moved on. */
export const reversibleDays = 30;
export const reversibleUntil = (mergedAt: Date): Date => new Date(mergedAt.getTime() + reversibleDays * 86_400_000);

export async function mergeClients(
  tx: Db,
  actor: Actor,
  keptClientId: string,
  input: z.infer<typeof mergeBodySchema>,
  context: ClientContext,
): Promise<z.infer<typeof mergeResultSchema>> {
  if (input.duplicateClientId === keptClientId) {
    throw new AppError("validation_failed", "Choose another record to merge into this one.", { fields: [{ path: "body.duplicateClientId", message: "This is the same record." }] });
  }
  const kept = await findClientFor(tx, actor, keptClientId, context.now);
  const duplicate = await findClientFor(tx, actor, input.duplicateClientId, context.now);
  authorize(canMerge(actor, kept.view, duplicate.view), "Merging records is for team managers and safeguarding leads who work with both.");
  const locked = await lockClients(tx, actor.organisationId, [kept.client.id, duplicate.client.id]);
  if (locked.length !== 2 || locked.some((client) => client.mergedIntoId !== null)) {
    throw new AppError("conflict", "One of these records has just been merged. Reload and try again.");
  }
  const keys = { from: await context.vault.loadSubjectKey(tx, duplicate.client.id), to: await context.vault.loadSubjectKey(tx, kept.client.id) };
  const moved = await moveAllRecords(tx, context.vault, keys);
  await tx.update(clients).set({ mergedIntoId: kept.client.id, mergedAt: context.now }).where(eq(clients.id, duplicate.client.id));
  const [merge] = await tx
    .insert(clientMerges)
    .values({ organisationId: actor.organisationId, keptClientId: kept.client.id, mergedClientId: duplicate.client.id, movedRecords: moved, mergedBy: actor.userId, mergedAt: context.now })
    .returning();
  if (!merge) throw new Error("insert returned no merge");
  const details = { mergeId: merge.id, keptClientId: kept.client.id, mergedClientId: duplicate.client.id, mergedReference: duplicate.client.reference };
  await noteOnCaseTimelines(tx, context.vault, keys.to, { type: "client_merged", actorUserId: actor.userId, at: context.now, reason: input.reason, details });
  // Once against each record, so either one's audit trail shows the merge. The reason stays sealed on the timelines.
  for (const clientId of [kept.client.id, duplicate.client.id]) {
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: "client.merged",
      entityType: "client",
      entityId: clientId,
      clientId,
      requestId: context.requestId,
      details: { ...details, moved: Object.fromEntries(Object.entries(moved).map(([table, ids]) => [table, ids.length])) },
    });
  }
  return { mergeId: merge.id, keptClientId: kept.client.id, reversibleUntil: reversibleUntil(merge.mergedAt).toISOString() };
}
