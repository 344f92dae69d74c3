/**
 * The data protection officer's decision on an erasure request on the register. Without a hold
 * (and with no case open) the officer confirms by typing the client's reference — erasure cannot be
 * undone — and the client is erased and the request completed. With a hold the request is put on
 * hold (it stays open, to be decided again when the hold ends) or refused, with the reason the
 * person must be told: a legal claim (Art 17(3)(e)), a statutory duty (Art 17(3)(b)), or a
 * retention hold for an open safeguarding concern.
 */
import { holdKindsOf, type Hold } from "../../../core/data-protection/holds.js";
import type { ErasureDecisionBody } from "../../../core/api/erasure.js";
import { isOpenStatus, type RefusalReason } from "../../../core/data-rights/vocabulary.js";
import { authorize } from "../../authz/authorize.js";
import { findRequestFor, updateRequest } from "../../data-rights/queries.js";
import { recordRequestEvent } from "../../data-rights/record-event.js";
import type { Db } from "../../db/client.js";
import type { Actor } from "../../http/context.js";
import { AppError } from "../../http/errors.js";
import { eraseClient } from "./erase-client.js";
import { canManageErasure, refusalMessage } from "./policy.js";
import { findClientForOfficer } from "./queries.js";
import type { ErasureContext } from "./read-state.js";
import { holdsOnClient } from "./retention-holds.js";

/** What the refusal tells the person: the strongest ground among the holds. */
export function refusalReasonFor(holds: readonly Hold[]): RefusalReason {
  const kinds = holdKindsOf(holds);
  if (kinds.includes("legal_claim")) return "legal_claims";
  if (kinds.includes("statutory_duty")) return "legal_obligation";
  return "retention_hold";
}

/** The erasure request and its client, locked, if the request can still be decided. */
async function openErasureRequest(tx: Db, actor: Actor, requestId: string) {
  const request = await findRequestFor(tx, actor, requestId, { isForUpdate: true });
  if (request.kind !== "erasure") throw new AppError("conflict", "This is not an erasure request.");
  if (!isOpenStatus(request.status)) throw new AppError("conflict", "This request is closed.");
  if (!request.clientId) throw new AppError("conflict", "Match the request to a client first.");
  const client = await findClientForOfficer(tx, actor, request.clientId, { isForUpdate: true });
  return { request, client };
}

/** Answers the id of the request's client. */
export async function decideErasure(tx: Db, actor: Actor, requestId: string, input: ErasureDecisionBody, context: ErasureContext): Promise<string> {
  authorize(canManageErasure(actor), refusalMessage);
  const { request, client } = await openErasureRequest(tx, actor, requestId);
  const holds = await holdsOnClient(tx, actor.organisationId, client.id);
  const heldKinds = holdKindsOf(holds).join(",");
  const close = { closedAt: context.now, closedBy: actor.userId };

  if (input.decision === "erase") {
    if (input.confirmReference.toUpperCase() !== client.reference.toUpperCase()) {
      throw new AppError("validation_failed", "Type the client's reference exactly to confirm.", {
        fields: [{ path: "body.confirmReference", message: "Does not match the client's reference." }],
      });
    }
    const { erasure } = await eraseClient(tx, context.vault, {
      organisationId: actor.organisationId,
      clientId: client.id,
      basis: "request",
      dataRightsRequestId: request.id,
      actorUserId: actor.userId,
      now: context.now,
      requestId: context.requestId,
    });
    await updateRequest(tx, request, { status: "completed", ...close }, context.now);
    await recordRequestEvent(tx, actor, request, "erased", context, { erasureId: erasure.id });
    return client.id;
  }
  if (holds.length === 0) throw new AppError("conflict", "No retention hold applies to this record: it can be erased.");
  if (input.decision === "hold") {
    if (request.status === "on_hold") throw new AppError("conflict", "This request is already on hold.");
    await updateRequest(tx, request, { status: "on_hold" }, context.now);
    await recordRequestEvent(tx, actor, request, "held", context, { holds: heldKinds });
    return client.id;
  }
  const reason = refusalReasonFor(holds);
  await updateRequest(tx, request, { status: "refused", refusalReason: reason, ...close }, context.now);
  await recordRequestEvent(tx, actor, request, "refused", context, { reason, holds: heldKinds });
  return client.id;
}
