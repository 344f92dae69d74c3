/**
 * Showing a relationship's contact details (the name and phone of a family member or contact who is
 * not a client): decrypted from the vault under the client's key and audited in the same
 * transaction, exactly as revealing the client's own identity is (reveal-identity.ts).
 */
import { and, eq, isNull } from "drizzle-orm";
import type { z } from "zod";
import type { relationshipContactSchema } from "../../core/api/clients.js";
import { recordAudit } from "../audit/record-audit.js";
import { authorize } from "../authz/authorize.js";
import type { Db } from "../db/client.js";
import { relationships } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { notFound } from "../http/errors.js";
import { contactFields } from "./add-relationship.js";
import { canRevealRelationshipContact } from "./policy.js";
import { findClientFor } from "./queries.js";
import type { ClientContext } from "./read-client.js";

export async function revealRelationshipContact(
  tx: Db,
  actor: Actor,
  ids: { clientId: string; relationshipId: string },
  context: ClientContext,
): Promise<z.infer<typeof relationshipContactSchema>> {
  const { client, view } = await findClientFor(tx, actor, ids.clientId, context.now);
  authorize(canRevealRelationshipContact(actor, view));
  // Only a current link of this client: another client's relationship id is simply not found here.
  const [link] = await tx
    .select()
    .from(relationships)
    .where(and(eq(relationships.id, ids.relationshipId), eq(relationships.clientId, client.id), isNull(relationships.endedAt)))
    .limit(1);
  if (!link) throw notFound("Relationship");
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "client.relationship_contact_revealed",
    entityType: "client",
    entityId: client.id,
    clientId: client.id,
    requestId: context.requestId,
    details: { relationshipId: link.id, isBreakGlass: view.isBreakGlass },
  });
  const key = await context.vault.loadSubjectKey(tx, client.id);
  const open = (field: keyof typeof contactFields, value: Uint8Array | null) => (value ? context.vault.decrypt(key, contactFields[field], value) : null);
  return { contactName: open("contactName", link.contactName), contactPhone: open("contactPhone", link.contactPhone) };
}
