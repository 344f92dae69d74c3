/**
 * Adds an item of the site's own to its stock list (a poster, a leaflet on one subject in one
 * language), at level zero: what arrives is recorded as a delivery, so the ledger explains every
 * unit. Only the site's outreach workers and managers keep its stock.
 */
import { randomUUID } from "node:crypto";
import type { CreateStockItemBody } from "../../../core/api/outreach-stock.js";
import { recordAudit } from "../../audit/record-audit.js";
import { refuseOnUniqueViolation } from "../../db/unique-violation.js";
import { authorize } from "../../authz/authorize.js";
import type { Db } from "../../db/client.js";
import { outreachStockItems } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { AppError } from "../../http/errors.js";
import { canWorkOutreach } from "../policy.js";
import { ensureSiteStock } from "./move-stock.js";
import { labelTaken } from "./queries.js";

export interface StockWriteContext {
  now: Date;
  requestId: string;
}

export const labelInUse = () => new AppError("conflict", "This site already has an item with this name.", { fields: [{ path: "body.label", message: "This site already has an item with this name." }] });

export async function addStockItem(tx: Db, actor: Actor, input: CreateStockItemBody, context: StockWriteContext): Promise<string> {
  authorize(canWorkOutreach(actor, input.siteId), "Only the site's outreach workers and managers keep its stock.");
  // The standard list first, so a site's own items never take a standard item's place.
  await ensureSiteStock(tx, actor.organisationId, input.siteId);
  if (await labelTaken(tx, { organisationId: actor.organisationId, siteId: input.siteId, label: input.label }, null)) throw labelInUse();
  const [item] = await tx
    .insert(outreachStockItems)
    .values({
      organisationId: actor.organisationId,
      siteId: input.siteId,
      // A site's own items are told apart by their label; the code only has to be unique at the site.
      code: `site_${input.kind}_${randomUUID().slice(0, 8)}`,
      kind: input.kind,
      language: input.language,
      label: input.label,
      lowAt: input.lowAt,
      createdAt: context.now,
      updatedAt: context.now,
    })
    .returning({ id: outreachStockItems.id })
    .catch(refuseOnUniqueViolation("outreach_stock_items_site_label_key", labelInUse));
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "outreach.stock_item_added",
    entityType: "outreach_stock_item",
    entityId: item!.id,
    siteId: input.siteId,
    requestId: context.requestId,
    details: { kind: input.kind, language: input.language, lowAt: input.lowAt },
  });
  return item!.id;
}
