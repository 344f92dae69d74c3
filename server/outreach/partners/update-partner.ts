/**
 * Changes a partner's record with the version seen (a stale one is refused, 409), deactivating or
 * reactivating it included; audited by field name, never by value (contacts are people).
 */
import { eq } from "drizzle-orm";
import type { UpdatePartnerBody } from "../../../core/api/outreach-partners.js";
import { recordAudit } from "../../audit/record-audit.js";
import { refuseOnUniqueViolation } from "../../db/unique-violation.js";
import { authorize } from "../../authz/authorize.js";
import type { Db } from "../../db/client.js";
import { outreachPartners } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { AppError } from "../../http/errors.js";
import { canWorkOutreach } from "../policy.js";
import { nameTaken, type PartnerWriteContext } from "./create-partner.js";
import { findPartnerFor, namesake } from "./queries.js";
import { fieldsChangedFrom } from "../../db/fields-changed.js";

export async function updatePartner(tx: Db, actor: Actor, partnerId: string, input: UpdatePartnerBody, context: PartnerWriteContext): Promise<void> {
  const partner = await findPartnerFor(tx, actor, partnerId, { forUpdate: true });
  authorize(canWorkOutreach(actor, partner.siteId), "Only the site's outreach workers and managers keep its partner directory.");
  if (partner.version !== input.version) throw new AppError("conflict", "Someone else changed this partner since you opened it. Reload and try again.");
  if (await namesake(tx, actor.organisationId, partner.siteId, input.name, partner.id)) throw nameTaken();
  const next = {
    name: input.name,
    type: input.type,
    address: input.address,
    postcode: input.postcode,
    languages: input.languages,
    pathways: input.pathways,
    contacts: input.contacts,
    agreements: input.agreements,
    notes: input.notes,
    isActive: input.isActive,
  };
  // Deep equality, not JSON text: jsonb hands objects back with their keys in its own order.
  const changed = fieldsChangedFrom(next, partner);
  if (changed.length === 0) return;
  await tx
    .update(outreachPartners)
    .set({ ...next, updatedAt: context.now, version: partner.version + 1 })
    .where(eq(outreachPartners.id, partner.id))
    .catch(refuseOnUniqueViolation("outreach_partners_site_name_key", nameTaken));
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: changed.includes("isActive") ? (input.isActive ? "outreach.partner_reactivated" : "outreach.partner_deactivated") : "outreach.partner_updated",
    entityType: "outreach_partner",
    entityId: partner.id,
    siteId: partner.siteId,
    requestId: context.requestId,
    details: { changed },
  });
}
