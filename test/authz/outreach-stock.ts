/**
 * Declared expectations for a site's stock. Its outreach workers, team managers and safeguarding
 * leads add items, change them and record deliveries, counts and write-offs; its caseworkers read
 * the levels and ledgers (403 on a change); everyone else is told an item does not exist, and a
 * site's list is refused to anyone who does not read outreach there.
 */
import type { Role } from "../../core/roles.js";
import { stockUp } from "../outreach-factories.js";
import { notFoundFor, outreachWorkers as workers, outreachReaders as readers } from "./role-sets.js";
import type { Call, EndpointExpectation, World } from "./types.js";

/** A call on a site's drug awareness kits (10 in stock) at the first site (`call`) or the second (`unseen`). */
function onItem(allowed: readonly Role[], success: number, build: (item: { id: string; version: number }) => Call): EndpointExpectation {
  const at = async (world: World, site: 0 | 1) => build(await stockUp(world.deps, world.home, { site, code: "drug_awareness_kit", quantity: 10 }));
  return { allowed, success, statusFor: notFoundFor(readers), call: (world) => at(world, 0), unseen: (world) => at(world, 1), unseenFor: allowed };
}

export const outreachStockExpectations: Record<string, EndpointExpectation> = {
  "GET /api/outreach/stock": { allowed: readers, success: 200, call: async (world) => ({ url: `/api/outreach/stock?siteId=${world.home.siteIds[0]}` }) },
  "POST /api/outreach/stock/items": {
    allowed: workers,
    success: 201,
    call: async (world) => ({ url: "/api/outreach/stock/items", body: { siteId: world.home.siteIds[0], kind: "leaflet", language: "so", label: "Knife crime leaflet (Somali)", lowAt: 10 } }),
  },
  // The delivery moved the version on from the item's first.
  "PUT /api/outreach/stock/items/:itemId": onItem(workers, 200, (item) => ({ url: `/api/outreach/stock/items/${item.id}`, body: { label: null, lowAt: 5, isActive: true, version: item.version + 1 } })),
  "POST /api/outreach/stock/movements": onItem(workers, 201, (item) => ({ url: "/api/outreach/stock/movements", body: { reason: "written_off", itemId: item.id, quantity: 2, note: "Damaged in the rain." } })),
  "GET /api/outreach/stock/items/:itemId/movements": onItem(readers, 200, (item) => ({ url: `/api/outreach/stock/items/${item.id}/movements` })),
};
