/**
 * Logs a data-rights request as received: its kind, who asked (sealed), the day it arrived and so
 * its deadline, and the client if already known. A request may be logged before it is matched.
 */
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import type { createRequestBodySchema } from "../../core/api/data-rights.js";
import { responseDueOn } from "../../core/data-rights/deadline.js";
import { londonDay } from "../../core/london-time.js";
import { authorize } from "../authz/authorize.js";
import type { Db } from "../db/client.js";
import { clients, dataRightsRequests } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { AppError } from "../http/errors.js";
import { newReference } from "../references.js";
import { canHandleDataRights, refusalMessage } from "./policy.js";
import { holidaysOf } from "./queries.js";
import { recordRequestEvent } from "./record-event.js";
import { sealRequester } from "./requester-seal.js";
import type { DataRightsContext } from "./write-context.js";

type Input = z.output<typeof createRequestBodySchema>;

/** A field error for a day that has not come yet. */
export const notInFuture = (path: string, value: string, now: Date): void => {
  if (value > londonDay(now)) throw new AppError("validation_failed", "A day cannot be in the future.", { fields: [{ path, message: "Cannot be in the future." }] });
};

/** The client, if it is one of the actor's organisation's and not merged into another; else 422 naming the field. */
export async function clientToMatch(tx: Db, actor: Actor, clientId: string, path: string) {
  const [client] = await tx
    .select({ id: clients.id, reference: clients.reference, mergedIntoId: clients.mergedIntoId, erasedAt: clients.erasedAt })
    .from(clients)
    .where(and(eq(clients.id, clientId), eq(clients.organisationId, actor.organisationId)))
    .limit(1);
  if (!client || client.mergedIntoId !== null || client.erasedAt !== null) {
    throw new AppError("unprocessable", "That client cannot be matched.", { fields: [{ path, message: "No such client." }] });
  }
  return client;
}

export async function logRequest(tx: Db, actor: Actor, input: Input, context: DataRightsContext): Promise<string> {
  authorize(canHandleDataRights(actor), refusalMessage);
  notInFuture("body.receivedOn", input.receivedOn, context.now);
  if (input.clientId) await clientToMatch(tx, actor, input.clientId, "body.clientId");
  const id = randomUUID();
  const key = input.clientId
    ? await context.vault.loadSubjectKey(tx, input.clientId)
    : await context.vault.createSubjectKey(tx, { subjectId: id, organisationId: actor.organisationId });
  const requester = { name: input.requesterName, contact: input.requesterContact, description: input.description };
  const [row] = await tx
    .insert(dataRightsRequests)
    .values({
      id,
      organisationId: actor.organisationId,
      reference: newReference("D"),
      kind: input.kind,
      clientId: input.clientId,
      requesterRelation: input.requesterRelation,
      requesterDetails: sealRequester(context.vault, key, requester),
      receivedOn: input.receivedOn,
      dueOn: responseDueOn(input.receivedOn, await holidaysOf(tx, actor.organisationId)),
      createdBy: actor.userId,
      createdAt: context.now,
      updatedAt: context.now,
    })
    .returning();
  await recordRequestEvent(tx, actor, row!, "logged", context, { receivedOn: input.receivedOn, requesterRelation: input.requesterRelation, isMatched: input.clientId !== null });
  return id;
}
