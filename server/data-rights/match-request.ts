/**
 * Matches a request to the client it concerns. The requester's details move from the request's own
 * key to the client's, and the request's key is destroyed, so from now on erasing the client
 * shreds them too. A request is matched once.
 */
import type { Actor } from "../http/context.js";
import { authorize } from "../authz/authorize.js";
import type { Db } from "../db/client.js";
import { AppError } from "../http/errors.js";
import { clientToMatch } from "./log-request.js";
import { canHandleDataRights, requestAbilities, refusalMessage } from "./policy.js";
import { findRequestFor, updateRequest } from "./queries.js";
import { recordRequestEvent } from "./record-event.js";
import { openRequester, sealRequester } from "./requester-seal.js";
import type { DataRightsContext } from "./write-context.js";

export async function matchRequest(tx: Db, actor: Actor, requestId: string, { clientId }: { clientId: string }, context: DataRightsContext): Promise<void> {
  authorize(canHandleDataRights(actor), refusalMessage);
  const request = await findRequestFor(tx, actor, requestId, { isForUpdate: true });
  if (!requestAbilities(actor, request).canMatch) throw new AppError("conflict", "This request is already matched or closed.");
  await clientToMatch(tx, actor, clientId, "body.clientId");
  const clientKey = await context.vault.loadSubjectKey(tx, clientId);
  let requesterDetails = request.requesterDetails;
  if (requesterDetails) {
    const ownKey = await context.vault.loadSubjectKey(tx, request.id);
    requesterDetails = sealRequester(context.vault, clientKey, openRequester(context.vault, ownKey, requesterDetails));
  }
  await updateRequest(tx, request, { clientId, requesterDetails }, context.now);
  if (request.requesterDetails) await context.vault.destroySubjectKey(tx, request.id);
  await recordRequestEvent(tx, actor, { ...request, clientId }, "matched", context, { clientId });
}
