/**
 * Switching a webhook off and on (on again clears its failure count), and sending a delivery
 * again by hand: it goes back to pending and a new try is queued now.
 */
import { eq } from "drizzle-orm";
import { recordAudit } from "../../audit/record-audit.js";
import type { Db } from "../../db/client.js";
import { webhookDeliveries, webhookEndpoints } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { AppError } from "../../http/errors.js";
import type { WebhookRow } from "./create-webhook.js";
import { enqueueDelivery } from "./delivery-job.js";
import type { DeliveryRow } from "./queries.js";

interface Context {
  now: Date;
  requestId: string;
}

export async function setWebhookActive(tx: Db, actor: Actor, webhook: WebhookRow, isActive: boolean, context: Context): Promise<WebhookRow> {
  if (webhook.isActive === isActive) return webhook;
  const [row] = await tx
    .update(webhookEndpoints)
    .set(isActive ? { isActive, disabledReason: null, consecutiveFailures: 0, updatedAt: context.now } : { isActive, disabledReason: "administrator", updatedAt: context.now })
    .where(eq(webhookEndpoints.id, webhook.id))
    .returning();
  await recordAudit(tx, { organisationId: actor.organisationId, actorUserId: actor.userId, action: isActive ? "webhook.enabled" : "webhook.disabled", entityType: "webhook", entityId: webhook.id, requestId: context.requestId, details: { reason: "administrator" } });
  return row!;
}

export async function redeliver(tx: Db, actor: Actor, webhook: WebhookRow, delivery: DeliveryRow, context: Context): Promise<DeliveryRow> {
  if (!webhook.isActive) throw new AppError("conflict", "Switch the webhook on before sending again.");
  if (delivery.status === "pending") throw new AppError("conflict", "This delivery is already waiting to be sent.");
  const [row] = await tx.update(webhookDeliveries).set({ status: "pending", nextAttemptAt: context.now }).where(eq(webhookDeliveries.id, delivery.id)).returning();
  await enqueueDelivery(tx, delivery.id, `manual-${context.now.getTime()}`, context.now);
  await recordAudit(tx, { organisationId: actor.organisationId, actorUserId: actor.userId, action: "webhook.redelivered", entityType: "webhook", entityId: webhook.id, requestId: context.requestId, details: { deliveryId: delivery.id, eventId: delivery.eventId } });
  return row!;
}
