/**
 * Records a change to an item's level by hand: a delivery (added), a count (the level set to what
 * was counted; the ledger keeps the difference), or a write-off (taken away, with a note). It goes
 * through moveStock, which locks the item and refuses (422) anything that would take the level
 * below zero, so nothing changes on refusal and two people at once cannot both take the last ones.
 */
import type { RecordStockMovementBody } from "../../../core/api/outreach-stock.js";
import { recordAudit } from "../../audit/record-audit.js";
import { authorize } from "../../authz/authorize.js";
import type { Db } from "../../db/client.js";
import type { Actor } from "../../http/context.js";
import { AppError } from "../../http/errors.js";
import { canWorkOutreach } from "../policy.js";
import type { StockWriteContext } from "./add-stock-item.js";
import { moveStock } from "./move-stock.js";
import { findStockItemFor } from "./queries.js";

/** The field a refusal is about: the quantity asked for, or the count. */
const fieldOf = (input: RecordStockMovementBody) => (input.reason === "counted" ? "body.countedLevel" : "body.quantity");

/** Records the movement and answers how much the level changed (0 when a count matched it). */
export async function recordMovement(tx: Db, actor: Actor, input: RecordStockMovementBody, context: StockWriteContext): Promise<{ itemId: string; change: number }> {
  // Locked from here, so a count's difference is taken from the level no one else is changing.
  const item = await findStockItemFor(tx, actor, input.itemId, { forUpdate: true });
  authorize(canWorkOutreach(actor, item.siteId), "Only the site's outreach workers and managers keep its stock.");
  if (!item.isActive) {
    throw new AppError("unprocessable", "This item is no longer stocked here. Make it active again first.", { fields: [{ path: "body.itemId", message: "This item is no longer stocked here." }] });
  }
  const change = input.reason === "delivered" ? input.quantity : input.reason === "written_off" ? -input.quantity : input.countedLevel - item.level;
  try {
    await moveStock(tx, { organisationId: actor.organisationId, siteId: item.siteId, actorId: actor.userId, now: context.now, reason: input.reason, movements: [{ itemId: item.id, change }], note: input.note, path: "body" });
  } catch (error) {
    // moveStock names the movement's place in a list (`body.0`); this request has one, asked for in one field.
    if (error instanceof AppError && error.code === "unprocessable") {
      throw new AppError("unprocessable", "There are not that many in stock: the level cannot go below zero.", { fields: (error.fields ?? []).map((field) => ({ ...field, path: fieldOf(input) })), cause: error });
    }
    throw error;
  }
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: `outreach.stock_${input.reason}`,
    entityType: "outreach_stock_item",
    entityId: item.id,
    siteId: item.siteId,
    requestId: context.requestId,
    details: { change, levelBefore: item.level, levelAfter: item.level + change },
  });
  return { itemId: item.id, change };
}
