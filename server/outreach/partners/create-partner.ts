/**
 * Adds a partner organisation to a site's directory. Only the site's outreach workers and managers
 * keep the directory; a second partner with the same name at the site is refused, since two
 * records for one mosque would split its history.
 */
import type { CreatePartnerBody } from "../../../core/api/outreach-partners.js";
import { recordAudit } from "../../audit/record-audit.js";
import { refuseOnUniqueViolation } from "../../db/unique-violation.js";
import { authorize } from "../../authz/authorize.js";
import type { Db } from "../../db/client.js";
import { outreachPartners } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { AppError } from "../../http/errors.js";
import { canWorkOutreach } from "../policy.js";
import { namesake } from "./queries.js";

export interface PartnerWriteContext {
  now: Date;
  requestId: string;
}

export const nameTaken = () => new AppError("conflict", "This site already has a partner with this name.", { fields: [{ path: "body.name", message: "This site already has a partner with this name." }] });

export async function createPartner(tx: Db, actor: Actor, input: CreatePartnerBody, context: PartnerWriteContext): Promise<string> {
  authorize(canWorkOutreach(actor, input.siteId), "Only the site's outreach workers and managers keep its partner directory.");
  if (await namesake(tx, actor.organisationId, input.siteId, input.name, null)) throw nameTaken();
  const [partner] = await tx
    .insert(outreachPartners)
    .values({
      organisationId: actor.organisationId,
      siteId: input.siteId,
      name: input.name,
      type: input.type,
      address: input.address,
      postcode: input.postcode,
      languages: input.languages,
      pathways: input.pathways,
      contacts: input.contacts,
      agreements: input.agreements,
      notes: input.notes,
      createdBy: actor.userId,
      createdAt: context.now,
      updatedAt: context.now,
    })
    .returning({ id: outreachPartners.id })
    .catch(refuseOnUniqueViolation("outreach_partners_site_name_key", nameTaken));
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "outreach.partner_added",
    entityType: "outreach_partner",
    entityId: partner!.id,
    siteId: input.siteId,
    requestId: context.requestId,
    details: { type: input.type, contacts: input.contacts.length, agreements: input.agreements.length },
  });
  return partner!.id;
}
