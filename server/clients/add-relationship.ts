/**
 * Recording a family or other link: to another client of the organisation, or to a contact whose
 * name and phone are encrypted under this client's key (so erasing the client erases them too).
 */
import type { z } from "zod";
import type { relationshipBodySchema } from "../../core/api/clients.js";
import { recordAudit } from "../audit/record-audit.js";
import { authorize } from "../authz/authorize.js";
import type { Db } from "../db/client.js";
import { relationships } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { AppError } from "../http/errors.js";
import { canAddRelationship } from "./policy.js";
import { findClientFor, unsafeFindLiveClientInOrganisation } from "./queries.js";
import type { ClientContext } from "./read-client.js";

/** Vault field names of a relationship's contact details (bound into each ciphertext). */
export const contactFields = { contactName: "relationship.contact_name", contactPhone: "relationship.contact_phone" } as const;

export async function addRelationship(
  tx: Db,
  actor: Actor,
  clientId: string,
  input: z.infer<typeof relationshipBodySchema>,
  context: ClientContext,
): Promise<void> {
  const { client, view } = await findClientFor(tx, actor, clientId, context.now);
  authorize(canAddRelationship(actor, view));
  if (!input.relatedClientId && !input.contactName) {
    throw new AppError("validation_failed", "Name the person, or link their client record.", {
      fields: [{ path: "body.contactName", message: "Required unless a related client is chosen." }],
    });
  }
  if (input.relatedClientId) {
    // Any live client of the organisation: linking a sibling seen at another site reveals nothing.
    const related = input.relatedClientId === client.id ? undefined : await unsafeFindLiveClientInOrganisation(tx, actor.organisationId, input.relatedClientId);
    if (!related) throw new AppError("validation_failed", "Choose another client of this organisation.", { fields: [{ path: "body.relatedClientId", message: "No such client." }] });
  }
  const key = await context.vault.loadSubjectKey(tx, client.id);
  const seal = (field: keyof typeof contactFields) => (input[field] ? context.vault.encrypt(key, contactFields[field], input[field]) : null);
  const [row] = await tx
    .insert(relationships)
    .values({
      organisationId: client.organisationId,
      clientId: client.id,
      relatedClientId: input.relatedClientId ?? null,
      relation: input.relation,
      contactName: seal("contactName"),
      contactPhone: seal("contactPhone"),
      createdBy: actor.userId,
    })
    .returning({ id: relationships.id });
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "client.relationship_added",
    entityType: "client",
    entityId: client.id,
    clientId: client.id,
    requestId: context.requestId,
    details: { relationshipId: row?.id ?? null, relation: input.relation, relatedClientId: input.relatedClientId ?? null, hasContactDetails: Boolean(input.contactName ?? input.contactPhone) },
  });
}
