/** Reading webhooks and their delivery log, scoped to the actor's organisation (404 otherwise). */
import { and, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { outreachPartners, webhookDeliveries, webhookEndpoints } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { AppError } from "../../http/errors.js";
import type { WebhookRow } from "./create-webhook.js";

export type DeliveryRow = typeof webhookDeliveries.$inferSelect;

/** The log shows the latest deliveries; older ones stay in the table. */
const deliveryPage = 100;

export function listWebhooks(db: Db, actor: Actor): Promise<WebhookRow[]> {
  return db.select().from(webhookEndpoints).where(eq(webhookEndpoints.organisationId, actor.organisationId)).orderBy(webhookEndpoints.name).limit(200);
}

export async function findWebhookFor(db: Db, actor: Actor, webhookId: string): Promise<WebhookRow> {
  const [row] = await db.select().from(webhookEndpoints).where(and(eq(webhookEndpoints.id, webhookId), eq(webhookEndpoints.organisationId, actor.organisationId))).limit(1);
  if (!row) throw new AppError("not_found", "No such webhook.");
  return row;
}

export function listDeliveries(db: Db, webhook: WebhookRow): Promise<DeliveryRow[]> {
  return db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, webhook.id)).orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id)).limit(deliveryPage);
}

export async function findDeliveryFor(db: Db, webhook: WebhookRow, deliveryId: string): Promise<DeliveryRow> {
  const [row] = await db.select().from(webhookDeliveries).where(and(eq(webhookDeliveries.id, deliveryId), eq(webhookDeliveries.endpointId, webhook.id))).for("update").limit(1);
  if (!row) throw new AppError("not_found", "No such delivery.");
  return row;
}

/** The organisation's partners by id, with their agreements, for naming them and deciding on sharing. */
export async function partnersOf(db: Db, actor: Actor, ids?: string[]) {
  if (ids?.length === 0) return [];
  return db
    .select({ id: outreachPartners.id, name: outreachPartners.name, agreements: outreachPartners.agreements })
    .from(outreachPartners)
    .where(and(eq(outreachPartners.organisationId, actor.organisationId), ids ? inArray(outreachPartners.id, ids) : undefined))
    .orderBy(outreachPartners.name)
    .limit(500);
}
