/**
 * Outreach records for tests: a partner at a site, and stock delivered to a site's item through
 * the one way stock moves. Each belongs to the test's own organisation.
 */
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { PartnerType } from "../core/outreach/vocabulary.js";
import { inTransaction } from "../server/db/client.js";
import { outreachPartners, outreachStockItems } from "../server/db/schema.js";
import type { AppDeps } from "../server/http/context.js";
import { ensureSiteStock, moveStock } from "../server/outreach/stock/move-stock.js";
import type { TestOrganisation } from "./factories.js";

export interface TestPartnerOptions {
  site?: 0 | 1;
  name?: string;
  type?: PartnerType;
  isActive?: boolean;
}

/** A partner organisation at the site (a mosque unless told otherwise). */
export async function createTestPartner(deps: Pick<AppDeps, "db" | "now">, organisation: TestOrganisation, options: TestPartnerOptions = {}) {
  const [partner] = await deps.db
    .insert(outreachPartners)
    .values({
      organisationId: organisation.id,
      siteId: organisation.siteIds[options.site ?? 0],
      name: options.name ?? `Green Lane Mosque ${randomUUID().slice(0, 6)}`,
      type: options.type ?? "mosque",
      pathways: ["hosts_sessions", "can_refer"],
      isActive: options.isActive ?? true,
      createdBy: randomUUID(),
      updatedAt: deps.now(),
    })
    .returning();
  return partner!;
}

/**
 * Delivers `quantity` of a standard item (`drug_awareness_kit`, `leaflet_ur`…) to the site, the
 * standard list created first; returns the item with its new level.
 */
export async function stockUp(deps: Pick<AppDeps, "db" | "now">, organisation: TestOrganisation, options: { site?: 0 | 1; code: string; quantity: number }) {
  const siteId = organisation.siteIds[options.site ?? 0];
  return inTransaction(deps.db, async (tx) => {
    await ensureSiteStock(tx, organisation.id, siteId);
    const [item] = await tx
      .select()
      .from(outreachStockItems)
      .where(and(eq(outreachStockItems.organisationId, organisation.id), eq(outreachStockItems.siteId, siteId), eq(outreachStockItems.code, options.code)));
    if (!item) throw new Error(`no stock item ${options.code}`);
    const levels = await moveStock(tx, {
      organisationId: organisation.id,
      siteId,
      actorId: randomUUID(),
      now: deps.now(),
      reason: "delivered",
      movements: [{ itemId: item.id, change: options.quantity }],
      path: "test",
    });
    return { ...item, level: levels[item.id] ?? item.level };
  });
}
