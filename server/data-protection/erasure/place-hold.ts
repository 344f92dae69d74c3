/**
 * Placing and lifting a legal-claim or statutory-duty hold on a client's record. The reason is free
 * text about the person, so it is encrypted under their key (an erased client's record takes no
 * hold: their key is gone, answered 410). Lifting keeps the hold's row, with who lifted it, when
 * and why, so the record shows what held it and for how long. Both audited with codes and ids.
 */
import { and, eq, isNull } from "drizzle-orm";
import type { z } from "zod";
import type { liftBodySchema, PlaceHoldBody } from "../../../core/api/erasure.js";
import { recordAudit } from "../../audit/record-audit.js";
import { authorize } from "../../authz/authorize.js";
import type { Db } from "../../db/client.js";
import { retentionHolds } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { AppError, notFound } from "../../http/errors.js";
import { canManageErasure, refusalMessage } from "./policy.js";
import { findClientForOfficer } from "./queries.js";
import type { ErasureContext } from "./read-state.js";

/** Answers the hold's id. */
export async function placeHold(tx: Db, actor: Actor, clientId: string, input: PlaceHoldBody, context: ErasureContext): Promise<string> {
  authorize(canManageErasure(actor), refusalMessage);
  const client = await findClientForOfficer(tx, actor, clientId, { isForUpdate: true });
  if (client.mergedIntoId !== null) throw new AppError("conflict", "This record was merged into another: place the hold on that one.");
  const key = await context.vault.loadSubjectKey(tx, client.id);
  const [hold] = await tx
    .insert(retentionHolds)
    .values({
      organisationId: actor.organisationId,
      clientId: client.id,
      kind: input.kind,
      reason: context.vault.encrypt(key, "retention_hold.reason", input.reason),
      reviewOn: input.reviewOn ?? null,
      placedBy: actor.userId,
      placedAt: context.now,
    })
    .returning({ id: retentionHolds.id });
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "retention_hold.placed",
    entityType: "retention_hold",
    entityId: hold!.id,
    clientId: client.id,
    requestId: context.requestId,
    at: context.now,
    details: { kind: input.kind, reviewOn: input.reviewOn ?? null },
  });
  return hold!.id;
}

/** Answers the id of the hold's client. */
export async function liftHold(tx: Db, actor: Actor, holdId: string, input: z.infer<typeof liftBodySchema>, context: ErasureContext): Promise<string> {
  authorize(canManageErasure(actor), refusalMessage);
  const [hold] = await tx
    .select()
    .from(retentionHolds)
    .where(and(eq(retentionHolds.id, holdId), eq(retentionHolds.organisationId, actor.organisationId)))
    .for("update");
  if (!hold) throw notFound("Hold");
  if (hold.liftedAt !== null) throw new AppError("conflict", "This hold has already been lifted.");
  const key = await context.vault.loadSubjectKey(tx, hold.clientId);
  await tx
    .update(retentionHolds)
    .set({ liftedAt: context.now, liftedBy: actor.userId, liftReason: context.vault.encrypt(key, "retention_hold.lift_reason", input.reason) })
    .where(and(eq(retentionHolds.id, hold.id), isNull(retentionHolds.liftedAt)));
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "retention_hold.lifted",
    entityType: "retention_hold",
    entityId: hold.id,
    clientId: hold.clientId,
    requestId: context.requestId,
    at: context.now,
    details: { kind: hold.kind },
  });
  return hold.clientId;
}
