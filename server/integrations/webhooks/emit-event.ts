/**
 * Records an event for the organisation's webhooks, in the caller's transaction: one delivery row
 * per active endpoint that chose the event, and a job to send each. Written with the change it
 * reports, so a change that rolls back sends nothing and a committed one is never lost. The
 * payload holds ids and references only.
 */
import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { WebhookEnvelope, WebhookEventType } from "../../../core/integrations/webhook-events.js";
import type { Db } from "../../db/client.js";
import { webhookDeliveries, webhookEndpoints } from "../../db/schema.js";
import { enqueueDelivery } from "./delivery-job.js";

export interface WebhookEvent {
  type: WebhookEventType;
  organisationId: string;
  siteId: string;
  /** Ids and references of the records concerned: never a name, a note or any other identity. */
  data: Record<string, string | null>;
}

/** Queues the event for every subscribed endpoint; answers how many deliveries were queued. */
export async function emitWebhookEvent(tx: Db, event: WebhookEvent, now: Date): Promise<number> {
  const endpoints = await tx
    .select({ id: webhookEndpoints.id })
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.organisationId, event.organisationId), eq(webhookEndpoints.isActive, true), sql`${webhookEndpoints.events} ? ${event.type}`));
  if (endpoints.length === 0) return 0;
  const envelope: WebhookEnvelope = { id: randomUUID(), type: event.type, occurredAt: now.toISOString(), organisationId: event.organisationId, siteId: event.siteId, data: event.data };
  const rows = await tx
    .insert(webhookDeliveries)
    .values(endpoints.map((endpoint) => ({ organisationId: event.organisationId, endpointId: endpoint.id, eventId: envelope.id, eventType: event.type, payload: { ...envelope }, nextAttemptAt: now, createdAt: now })))
    .returning({ id: webhookDeliveries.id });
  for (const row of rows) await enqueueDelivery(tx, row.id, "1", now);
  return rows.length;
}
