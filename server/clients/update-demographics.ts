/** Recording a client's demographics (kept in the clear for reporting; none of it identifies them alone). */
import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { updateDemographicsBodySchema } from "../../core/api/clients.js";
import { recordAudit } from "../audit/record-audit.js";
import { authorize } from "../authz/authorize.js";
import type { Db } from "../db/client.js";
import { clients } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { changedFields } from "./changed-fields.js";
import { canEditClient } from "./policy.js";
import { findClientFor } from "./queries.js";
import type { ClientContext } from "./read-client.js";

export async function updateDemographics(
  tx: Db,
  actor: Actor,
  clientId: string,
  changes: z.infer<typeof updateDemographicsBodySchema>,
  context: ClientContext,
): Promise<void> {
  const { client, view } = await findClientFor(tx, actor, clientId, context.now);
  authorize(canEditClient(actor, view));
  const fields = changedFields(changes);
  await tx.update(clients).set(changes).where(eq(clients.id, client.id));
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "client.demographics_updated",
    entityType: "client",
    entityId: client.id,
    clientId: client.id,
    requestId: context.requestId,
    details: { fields },
  });
}
