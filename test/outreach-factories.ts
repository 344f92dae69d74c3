/**
 * Outreach records for tests: a partner at a site, stock delivered to a site's item through the
 * one way stock moves, and a weekly schedule. Each belongs to the test's own organisation.
 */
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { addDays } from "../core/instruments/reassessment.js";
import type { PartnerType } from "../core/outreach/vocabulary.js";
import { inTransaction } from "../server/db/client.js";
import { outreachPartners, outreachStockItems } from "../server/db/schema.js";
import type { AppDeps } from "../server/http/context.js";
import { ensureSiteStock, moveStock } from "../server/outreach/stock/move-stock.js";
import type { TestOrganisation } from "./factories.js";
import type { Agent } from "./http.js";

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

/**
 * A weekly Friday 13:00 presence at the partner, from four weeks before `lastFriday`, with the
 * given staff, made through the API as `agent` (who must work outreach at the site); returns its id.
 */
export async function createFridaySchedule(agent: Agent, input: { siteId: string; partnerId: string; staffIds: string[]; lastFriday: string }): Promise<string> {
  const created = await agent.request("POST", "/api/outreach/schedules", {
    siteId: input.siteId,
    partnerId: input.partnerId,
    sessionType: "friday_mosque_presence",
    topics: ["drugs"],
    startsOn: addDays(input.lastFriday, -28),
    endsOn: null,
    time: "13:00",
    durationMinutes: 90,
    recurrence: { kind: "weekly", weekday: 5, everyWeeks: 1 },
    skippedDays: [],
    staffIds: input.staffIds,
  });
  if (created.statusCode !== 201) throw new Error(`schedule not created: ${created.statusCode} ${created.body}`);
  return created.json<{ id: string }>().id;
}
