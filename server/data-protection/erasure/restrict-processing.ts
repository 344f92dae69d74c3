/**
 * Restricting a client's processing (UK GDPR Art 18) and lifting the restriction. While one is in
 * force the database guard refuses every write about the person (409 naming the restriction) and
 * everyday lists and searches leave them out; the record can still be opened by those who could
 * open it before, with a banner (clients/presenter.ts). The reason is encrypted under the client's
 * key. A restriction answering a request on the register completes that request. Audited.
 */
import { and, eq, isNull } from "drizzle-orm";
import type { z } from "zod";
import type { liftBodySchema, RestrictBody } from "../../../core/api/erasure.js";
import { recordAudit } from "../../audit/record-audit.js";
import { authorize } from "../../authz/authorize.js";
import { findRequestFor, updateRequest } from "../../data-rights/queries.js";
import { recordRequestEvent } from "../../data-rights/record-event.js";
import type { Db } from "../../db/client.js";
import { processingRestrictions } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { AppError } from "../../http/errors.js";
import { isOpenStatus } from "../../../core/data-rights/vocabulary.js";
import { canManageErasure, refusalMessage } from "./policy.js";
import { findClientForOfficer, restrictionInForce } from "./queries.js";
import type { ErasureContext } from "./read-state.js";

const invalidRequest = (message: string) => new AppError("validation_failed", message, { fields: [{ path: "body.dataRightsRequestId", message }] });

/** Answers the client's id. */
export async function restrictProcessing(tx: Db, actor: Actor, clientId: string, input: RestrictBody, context: ErasureContext): Promise<string> {
  authorize(canManageErasure(actor), refusalMessage);
  const client = await findClientForOfficer(tx, actor, clientId, { isForUpdate: true });
  if (client.mergedIntoId !== null) throw new AppError("conflict", "This record was merged into another: restrict that one.");
  if (await restrictionInForce(tx, client.id)) throw new AppError("conflict", "This record's processing is already restricted.");
  const request = input.dataRightsRequestId ? await findRequestFor(tx, actor, input.dataRightsRequestId, { isForUpdate: true }) : null;
  if (request && (request.kind !== "restriction" || request.clientId !== client.id || !isOpenStatus(request.status))) {
    throw invalidRequest("Choose an open restriction request about this client.");
  }
  const key = await context.vault.loadSubjectKey(tx, client.id);
  const [restriction] = await tx
    .insert(processingRestrictions)
    .values({
      organisationId: actor.organisationId,
      clientId: client.id,
      ground: input.ground,
      reason: context.vault.encrypt(key, "processing_restriction.reason", input.reason),
      reviewOn: input.reviewOn,
      placedBy: actor.userId,
      placedAt: context.now,
    })
    .returning({ id: processingRestrictions.id });
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "client.processing_restricted",
    entityType: "client",
    entityId: client.id,
    clientId: client.id,
    requestId: context.requestId,
    at: context.now,
    details: { restrictionId: restriction!.id, ground: input.ground, reviewOn: input.reviewOn, dataRightsRequestId: request?.id ?? null },
  });
  if (request) {
    await updateRequest(tx, request, { status: "completed", closedAt: context.now, closedBy: actor.userId }, context.now);
    await recordRequestEvent(tx, actor, request, "restricted", context, { restrictionId: restriction!.id, ground: input.ground });
  }
  return client.id;
}

/** Answers the client's id. */
export async function liftRestriction(tx: Db, actor: Actor, clientId: string, input: z.infer<typeof liftBodySchema>, context: ErasureContext): Promise<string> {
  authorize(canManageErasure(actor), refusalMessage);
  const client = await findClientForOfficer(tx, actor, clientId, { isForUpdate: true });
  const restriction = await restrictionInForce(tx, client.id);
  if (!restriction) throw new AppError("conflict", "This record's processing is not restricted.");
  const key = await context.vault.loadSubjectKey(tx, client.id);
  await tx
    .update(processingRestrictions)
    .set({ liftedAt: context.now, liftedBy: actor.userId, liftReason: context.vault.encrypt(key, "processing_restriction.lift_reason", input.reason) })
    .where(and(eq(processingRestrictions.id, restriction.id), isNull(processingRestrictions.liftedAt)));
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "client.processing_restriction_lifted",
    entityType: "client",
    entityId: client.id,
    clientId: client.id,
    requestId: context.requestId,
    at: context.now,
    details: { restrictionId: restriction.id },
  });
  return client.id;
}
