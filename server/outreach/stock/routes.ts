/** HTTP routes for a site's stock: the items with their levels, adding and changing an item, recording a movement by hand, an item's ledger. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { errorBodySchema } from "../../../core/api/common.js";
import { outreachSiteQuerySchema } from "../../../core/api/outreach.js";
import {
  createStockItemBodySchema,
  recordedMovementSchema,
  recordStockMovementBodySchema,
  stockItemParamsSchema,
  stockItemSchema,
  stockLedgerQuerySchema,
  stockLedgerSchema,
  stockListSchema,
  updateStockItemBodySchema,
} from "../../../core/api/outreach-stock.js";
import { requireActor } from "../../authz/authorize.js";
import type { Db } from "../../db/client.js";
import { inTransaction } from "../../db/client.js";
import type { Actor } from "../../http/context.js";
import { errorResponses } from "../../http/route-schema.js";
import { outreachSiteOf } from "../options.js";
import { canWorkOutreach } from "../policy.js";
import { addStockItem } from "./add-stock-item.js";
import { ensureSiteStock } from "./move-stock.js";
import { presentMovement, presentStockItem } from "./presenter.js";
import { findStockItemFor, handedOutSince, ledgerPage, stockOfSite } from "./queries.js";
import { recordMovement } from "./record-movement.js";
import { updateStockItem } from "./update-stock-item.js";

export function stockRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["outreach"];
  const { db } = app.deps;
  const errors = { ...errorResponses, 422: errorBodySchema };
  const context = (requestId: string) => ({ now: app.deps.now(), requestId });

  async function itemView(tx: Db, actor: Actor, itemId: string, now: Date) {
    const item = await findStockItemFor(tx, actor, itemId);
    return presentStockItem(item, await handedOutSince(tx, item.id, now));
  }

  route.get(
    "/api/outreach/stock",
    { schema: { tags, summary: "A site's stock: each item's level, its low-at level, whether it is running low, and how many went out in the last 30 days", querystring: outreachSiteQuerySchema, response: { 200: stockListSchema, ...errors } } },
    async (request) => {
      const actor = requireActor(request.actor);
      const siteId = outreachSiteOf(actor, request.query.siteId);
      const canManage = canWorkOutreach(actor, siteId);
      // The standard list is there from the first look, for those who keep it.
      if (canManage) await inTransaction(db, (tx) => ensureSiteStock(tx, actor.organisationId, siteId));
      const rows = await stockOfSite(db, actor.organisationId, siteId, app.deps.now());
      return { siteId, items: rows.map((row) => presentStockItem(row.item, row.handedOutRecently)), abilities: { manage: canManage } };
    },
  );

  route.post(
    "/api/outreach/stock/items",
    { schema: { tags, summary: "Add an item of the site's own to its stock list, at level zero", body: createStockItemBodySchema, response: { 201: stockItemSchema, ...errors } } },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const ctx = context(request.id);
      const created = await inTransaction(db, async (tx) => itemView(tx, actor, await addStockItem(tx, actor, request.body, ctx), ctx.now));
      return reply.status(201).send(created);
    },
  );

  route.put(
    "/api/outreach/stock/items/:itemId",
    { schema: { tags, summary: "Rename a stock item, change its low-at level, or stop or restart stocking it (with the version seen)", params: stockItemParamsSchema, body: updateStockItemBodySchema, response: { 200: stockItemSchema, ...errors } } },
    async (request) => {
      const actor = requireActor(request.actor);
      const ctx = context(request.id);
      return inTransaction(db, async (tx) => {
        await updateStockItem(tx, actor, request.params.itemId, request.body, ctx);
        return itemView(tx, actor, request.params.itemId, ctx.now);
      });
    },
  );

  route.post(
    "/api/outreach/stock/movements",
    { schema: { tags, summary: "Record a delivery, a count or a write-off of a stock item; refused when the level would go below zero", body: recordStockMovementBodySchema, response: { 201: recordedMovementSchema, ...errors } } },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const ctx = context(request.id);
      const recorded = await inTransaction(db, async (tx) => {
        const { itemId, change } = await recordMovement(tx, actor, request.body, ctx);
        const item = await findStockItemFor(tx, actor, itemId);
        // The item is locked until commit, so its newest ledger entry is the one just written.
        const movement = change === 0 ? null : ((await ledgerPage(tx, item, { page: 1, pageSize: 1 })).rows[0] ?? null);
        return { item: presentStockItem(item, await handedOutSince(tx, item.id, ctx.now)), movement: movement && presentMovement(movement) };
      });
      return reply.status(201).send(recorded);
    },
  );

  route.get(
    "/api/outreach/stock/items/:itemId/movements",
    { schema: { tags, summary: "A stock item's ledger, newest first: each change with its reason, who recorded it, the session it went out at, and the level after", params: stockItemParamsSchema, querystring: stockLedgerQuerySchema, response: { 200: stockLedgerSchema, ...errors } } },
    async (request) => {
      const actor = requireActor(request.actor);
      const item = await findStockItemFor(db, actor, request.params.itemId);
      const { rows, total } = await ledgerPage(db, item, request.query);
      return {
        item: presentStockItem(item, await handedOutSince(db, item.id, app.deps.now())),
        items: rows.map(presentMovement),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );
}
