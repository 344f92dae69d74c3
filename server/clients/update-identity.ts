/**
 * Correcting or completing who a client is. The identity is re-encrypted under the client's key and
 * the blind indexes are rebuilt (keeping those of records merged into this one); the postcode
 * district kept in the clear follows the postcode. The audit names the fields changed, never values.
 */
import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { updateIdentityBodySchema } from "../../core/api/clients.js";
import { postcodeDistrict } from "../../core/clients/demographics.js";
import { recordAudit } from "../audit/record-audit.js";
import { authorize } from "../authz/authorize.js";
import type { Db } from "../db/client.js";
import { clients } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { changedFields } from "./changed-fields.js";
import { readIdentity, writeIdentity, type Identity } from "./identity-store.js";
import { canEditClient } from "./policy.js";
import { findClientFor } from "./queries.js";
import type { ClientContext } from "./read-client.js";
import { absorbedIdentities } from "./reindex-client.js";

export async function updateIdentity(
  tx: Db,
  actor: Actor,
  clientId: string,
  changes: z.infer<typeof updateIdentityBodySchema>,
  context: ClientContext,
): Promise<void> {
  const { client, view } = await findClientFor(tx, actor, clientId, context.now);
  authorize(canEditClient(actor, view));
  const fields = changedFields(changes);
  const current = await readIdentity(tx, context.vault, client.id);
  const next: Identity = { ...current };
  for (const field of fields) Object.assign(next, { [field]: changes[field] });
  const key = await context.vault.loadSubjectKey(tx, client.id);
  await writeIdentity(tx, context.vault, client, key, next, context.now, await absorbedIdentities(tx, context.vault, client.id));
  if (fields.includes("postcode")) {
    await tx.update(clients).set({ postcodeDistrict: next.postcode ? postcodeDistrict(next.postcode) : null }).where(eq(clients.id, client.id));
  }
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "client.identity_updated",
    entityType: "client",
    entityId: client.id,
    clientId: client.id,
    requestId: context.requestId,
    details: { fields },
  });
}
