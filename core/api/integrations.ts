/**
 * Request and response shapes for integrations (issue 14): personal and service API tokens, and
 * webhook endpoints with their delivery log. A token's or a signing secret's value appears in one
 * response only, the one that creates it. The web forms validate with the same schemas.
 */
import { z } from "zod";
import { identityFields, webhookEventTypes } from "../integrations/webhook-events.js";
import { tokenKinds, tokenScopes } from "../integrations/tokens.js";
import { grantsInputSchema } from "./admin.js";
import { displayTextSchema, idSchema } from "./common.js";

export { identityFields, tokenScopes, webhookEventTypes };

const day = z.iso.date({ message: "Must be a date as YYYY-MM-DD." });
const eachOnce = <T>(values: readonly T[]) => new Set(values).size === values.length;

export const tokenParamsSchema = z.strictObject({ tokenId: idSchema });

export const createPersonalTokenBodySchema = z.strictObject({
  name: displayTextSchema(80),
  scope: z.enum(tokenScopes),
  /** The last day it works (London); at most a year ahead. */
  expiresOn: day,
});
export type CreatePersonalTokenBody = z.infer<typeof createPersonalTokenBodySchema>;

export const createServiceTokenBodySchema = createPersonalTokenBodySchema.extend({
  /** The service account it acts as. */
  serviceAccountId: idSchema,
});

export const apiTokenSchema = z.object({
  id: z.string(),
  kind: z.enum(tokenKinds),
  name: z.string(),
  scope: z.enum(tokenScopes),
  displayPrefix: z.string(),
  ownerName: z.string(),
  expiresAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  createdAt: z.string(),
  isUsable: z.boolean(),
  canRevoke: z.boolean(),
});
export type ApiToken = z.infer<typeof apiTokenSchema>;
export const apiTokenListSchema = z.object({ items: z.array(apiTokenSchema) });

/** The one answer that carries the token itself. */
export const createdTokenSchema = z.object({ token: apiTokenSchema, secret: z.string() });

export const serviceAccountParamsSchema = z.strictObject({ serviceAccountId: idSchema });
export const createServiceAccountBodySchema = z.strictObject({
  name: displayTextSchema(80),
  description: z.string().trim().max(300, { message: "At most 300 characters." }),
  grants: grantsInputSchema.min(1, { message: "Give it at least one role." }),
});
export const serviceAccountSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  isActive: z.boolean(),
  grants: z.array(z.object({ role: z.string(), siteId: z.string().nullable() })),
  createdAt: z.string(),
});
export const serviceAccountListSchema = z.object({ items: z.array(serviceAccountSchema) });

export const webhookParamsSchema = z.strictObject({ webhookId: idSchema });
export const deliveryParamsSchema = z.strictObject({ webhookId: idSchema, deliveryId: idSchema });

export const createWebhookBodySchema = z.strictObject({
  name: displayTextSchema(80),
  url: z.string().trim().min(1, { message: "Required." }).max(500, { message: "At most 500 characters." }),
  events: z.array(z.enum(webhookEventTypes)).min(1, { message: "Choose at least one event." }).refine(eachOnce, { message: "Each event once." }),
  /** The partner organisation receiving it: identity is sent only under its sharing agreement. */
  partnerId: idSchema.nullable(),
  identityFields: z.array(z.enum(identityFields)).refine(eachOnce, { message: "Each field once." }),
});
export type CreateWebhookBody = z.infer<typeof createWebhookBodySchema>;

export const setWebhookActiveBodySchema = z.strictObject({ isActive: z.boolean() });

export const webhookSchema = z.object({
  id: z.string(),
  name: z.string(),
  url: z.string(),
  events: z.array(z.enum(webhookEventTypes)),
  partnerId: z.string().nullable(),
  partnerName: z.string().nullable(),
  identityFields: z.array(z.enum(identityFields)),
  /** Whether identity would be sent today: the partner's information-sharing agreement is in force. */
  isSharingIdentity: z.boolean(),
  isActive: z.boolean(),
  disabledReason: z.enum(["failures", "administrator"]).nullable(),
  consecutiveFailures: z.number().int(),
  createdAt: z.string(),
});
export type Webhook = z.infer<typeof webhookSchema>;
export const webhookListSchema = z.object({ items: z.array(webhookSchema) });
export const createdWebhookSchema = z.object({ webhook: webhookSchema, signingSecret: z.string() });

export const deliveryStatuses = ["pending", "delivered", "failed"] as const;
export const webhookDeliverySchema = z.object({
  id: z.string(),
  eventId: z.string(),
  eventType: z.enum(webhookEventTypes),
  status: z.enum(deliveryStatuses),
  attempts: z.number().int(),
  nextAttemptAt: z.string().nullable(),
  lastAttemptAt: z.string().nullable(),
  responseStatus: z.number().int().nullable(),
  responseExcerpt: z.string().nullable(),
  lastError: z.string().nullable(),
  deliveredAt: z.string().nullable(),
  createdAt: z.string(),
});
export type WebhookDelivery = z.infer<typeof webhookDeliverySchema>;
export const webhookDeliveryListSchema = z.object({ items: z.array(webhookDeliverySchema) });
export const webhookOptionsSchema = z.object({ partners: z.array(z.object({ id: z.string(), name: z.string(), isSharingIdentity: z.boolean() })) });
