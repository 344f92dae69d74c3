/**
 * Changes a stock item's name, low-at level and whether the site still stocks it, with the version
 * seen (409 when stale). Its level is never set here: levels move only through the ledger.
 */
import { eq } from "drizzle-orm";
import type { UpdateStockItemBody } from "../../../core/api/outreach-stock.js";
import { recordAudit } from "../../audit/record-audit.js";
import { refuseOnUniqueViolation } from "../../db/unique-violation.js";
import { authorize } from "../../authz/authorize.js";
import type { Db } from "../../db/client.js";
import { outreachStockItems } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { AppError } from "../../http/errors.js";
import { canWorkOutreach } from "../policy.js";
import { labelInUse, type StockWriteContext } from "./add-stock-item.js";
import { isStandardItem } from "./presenter.js";
import { findStockItemFor, labelTaken } from "./queries.js";
import { fieldsChangedFrom } from "../../db/fields-changed.js";

export async function updateStockItem(tx: Db, actor: Actor, itemId: string, input: UpdateStockItemBody, context: StockWriteContext): Promise<void> {
  const item = await findStockItemFor(tx, actor, itemId, { forUpdate: true });
  authorize(canWorkOutreach(actor, item.siteId), "Only the site's outreach workers and managers keep its stock.");
  if (item.version !== input.version) throw new AppError("conflict", "Someone else changed this item since you opened it. Reload and try again.");
  if (input.label === null && !isStandardItem(item)) {
    throw new AppError("unprocessable", "An item the site added needs its name.", { fields: [{ path: "body.label", message: "An item the site added needs its name." }] });
  }
  if (input.label !== null && (await labelTaken(tx, { organisationId: item.organisationId, siteId: item.siteId, label: input.label }, item.id))) throw labelInUse();
  const next = { label: input.label, lowAt: input.lowAt, isActive: input.isActive };
  const changed = fieldsChangedFrom(next, item);
  if (changed.length === 0) return;
  // Movements move the version too (move-stock.ts): an edit made on a page opened before one is refused, and the page shows the item as it is.
  await tx
    .update(outreachStockItems)
    .set({ ...next, updatedAt: context.now, version: item.version + 1 })
    .where(eq(outreachStockItems.id, item.id))
    .catch(refuseOnUniqueViolation("outreach_stock_items_site_label_key", labelInUse));
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "outreach.stock_item_updated",
    entityType: "outreach_stock_item",
    entityId: item.id,
    siteId: item.siteId,
    requestId: context.requestId,
    details: { changed, lowAt: input.lowAt, isActive: input.isActive },
  });
}
