/**
 * The steps of an open request: the identity check (how, and when), an extension (on one of the two
 * lawful grounds, told to the person within the first month) and a change of status (in progress,
 * refused with its reason, withdrawn). A closed request changes no more (409).
 */
import type { z } from "zod";
import type { changeStatusBodySchema, extendRequestBodySchema, identityCheckBodySchema } from "../../core/api/data-rights.js";
import { extendedDueOn, isExtensionNoticeInTime } from "../../core/data-rights/deadline.js";
import { authorize } from "../authz/authorize.js";
import type { Db } from "../db/client.js";
import type { Actor } from "../http/context.js";
import { AppError } from "../http/errors.js";
import { notInFuture } from "./log-request.js";
import { canHandleDataRights, refusalMessage, requestAbilities } from "./policy.js";
import { findRequestFor, holidaysOf, updateRequest, type RequestRow } from "./queries.js";
import { recordRequestEvent } from "./record-event.js";
import type { DataRightsContext } from "./write-context.js";

async function openRequest(tx: Db, actor: Actor, requestId: string, ability: keyof ReturnType<typeof requestAbilities>): Promise<RequestRow> {
  authorize(canHandleDataRights(actor), refusalMessage);
  const request = await findRequestFor(tx, actor, requestId, { isForUpdate: true });
  if (!requestAbilities(actor, request)[ability]) {
    throw new AppError("conflict", ability === "canExtend" && request.extensionGround ? "This request has already been extended." : "This request is closed.");
  }
  return request;
}

export async function checkIdentity(tx: Db, actor: Actor, requestId: string, input: z.output<typeof identityCheckBodySchema>, context: DataRightsContext): Promise<void> {
  const request = await openRequest(tx, actor, requestId, "canCheckIdentity");
  notInFuture("body.checkedOn", input.checkedOn, context.now);
  await updateRequest(tx, request, { identityCheckMethod: input.method, identityCheckedOn: input.checkedOn, identityCheckedBy: actor.userId }, context.now);
  await recordRequestEvent(tx, actor, request, "identity_checked", context, { method: input.method, checkedOn: input.checkedOn });
}

export async function extendRequest(tx: Db, actor: Actor, requestId: string, input: z.output<typeof extendRequestBodySchema>, context: DataRightsContext): Promise<void> {
  const request = await openRequest(tx, actor, requestId, "canExtend");
  notInFuture("body.toldOn", input.toldOn, context.now);
  const holidays = await holidaysOf(tx, actor.organisationId);
  if (!isExtensionNoticeInTime(request.receivedOn, input.toldOn, holidays)) {
    throw new AppError("validation_failed", "The person must be told of an extension within the first month.", {
      fields: [{ path: "body.toldOn", message: `Must be between ${request.receivedOn} and ${request.dueOn}.` }],
    });
  }
  const newDueOn = extendedDueOn(request.receivedOn, holidays);
  await updateRequest(tx, request, { extensionGround: input.ground, extensionToldOn: input.toldOn, extendedDueOn: newDueOn }, context.now);
  await recordRequestEvent(tx, actor, request, "extended", context, { ground: input.ground, toldOn: input.toldOn, extendedDueOn: newDueOn });
}

export async function changeStatus(tx: Db, actor: Actor, requestId: string, input: z.output<typeof changeStatusBodySchema>, context: DataRightsContext): Promise<void> {
  const request = await openRequest(tx, actor, requestId, "canChangeStatus");
  if (input.status === "in_progress") {
    if (request.status === "in_progress") throw new AppError("conflict", "This request is already in progress.");
    await updateRequest(tx, request, { status: "in_progress" }, context.now);
    await recordRequestEvent(tx, actor, request, "started", context);
    return;
  }
  // Refusing an erasure because a hold applies is the erasure decision's to make: it checks that a
  // hold really applies and names it to the person.
  if (input.status === "refused" && input.refusalReason === "retention_hold") {
    throw new AppError("validation_failed", "A refusal because a retention hold applies is made from the erasure decision.", {
      fields: [{ path: "body.refusalReason", message: "Choose another reason, or use the erasure decision." }],
    });
  }
  await updateRequest(tx, request, { status: input.status, refusalReason: input.refusalReason, closedAt: context.now, closedBy: actor.userId }, context.now);
  await recordRequestEvent(tx, actor, request, input.status, context, input.refusalReason ? { reason: input.refusalReason } : {});
}
