/** Showing who a client is: the identity decrypted from the vault, audited in the same transaction. */
import { recordAudit } from "../audit/record-audit.js";
import { authorize } from "../authz/authorize.js";
import type { Db } from "../db/client.js";
import type { Actor } from "../http/context.js";
import { readIdentity, type Identity } from "./identity-store.js";
import { canRevealIdentity } from "./policy.js";
import { findClientFor } from "./queries.js";
import type { ClientContext } from "./read-client.js";

export async function revealClientIdentity(tx: Db, actor: Actor, clientId: string, context: ClientContext): Promise<Identity> {
  const { client, view } = await findClientFor(tx, actor, clientId, context.now);
  authorize(canRevealIdentity(actor, view));
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "client.identity_revealed",
    entityType: "client",
    entityId: client.id,
    clientId: client.id,
    requestId: context.requestId,
    details: { isBreakGlass: view.isBreakGlass },
  });
  return readIdentity(tx, context.vault, client.id);
}
