/** Webhooks and deliveries as they leave the server: never the signing secret, never identity. */
import type { Webhook, WebhookDelivery } from "../../../core/api/integrations.js";
import type { IdentityField, WebhookEventType } from "../../../core/integrations/webhook-events.js";
import type { WebhookRow } from "./create-webhook.js";
import type { DeliveryRow } from "./queries.js";

export interface PartnerFacts {
  name: string;
  isSharing: boolean;
}

export function presentWebhook(row: WebhookRow, partner: PartnerFacts | undefined): Webhook {
  return {
    id: row.id,
    name: row.name,
    url: row.url,
    events: row.events as WebhookEventType[],
    partnerId: row.partnerId,
    partnerName: partner?.name ?? null,
    identityFields: row.identityFields as IdentityField[],
    isSharingIdentity: row.identityFields.length > 0 && (partner?.isSharing ?? false),
    isActive: row.isActive,
    disabledReason: row.disabledReason === "failures" || row.disabledReason === "administrator" ? row.disabledReason : null,
    consecutiveFailures: row.consecutiveFailures,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentDelivery(row: DeliveryRow): WebhookDelivery {
  return {
    id: row.id,
    eventId: row.eventId,
    eventType: row.eventType as WebhookEventType,
    status: row.status as WebhookDelivery["status"],
    attempts: row.attempts,
    nextAttemptAt: row.nextAttemptAt?.toISOString() ?? null,
    lastAttemptAt: row.lastAttemptAt?.toISOString() ?? null,
    responseStatus: row.responseStatus,
    responseExcerpt: row.responseExcerpt,
    lastError: row.lastError,
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
