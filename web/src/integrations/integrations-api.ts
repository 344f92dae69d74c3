/** Calls for API tokens, service accounts and webhooks; a secret is in the answer that creates it only. */
import { type z } from "zod";
import {
  apiTokenListSchema,
  apiTokenSchema,
  createdTokenSchema,
  createdWebhookSchema,
  serviceAccountListSchema,
  serviceAccountSchema,
  webhookDeliveryListSchema,
  webhookDeliverySchema,
  webhookListSchema,
  webhookOptionsSchema,
  webhookSchema,
  type ApiToken,
  type CreatePersonalTokenBody,
  type CreateWebhookBody,
  type Webhook,
  type WebhookDelivery,
} from "../../../core/api/integrations.js";
import { api } from "../api/client.js";

export type ServiceAccount = z.infer<typeof serviceAccountSchema>;
export type CreatedToken = z.infer<typeof createdTokenSchema>;
export type CreatedWebhook = z.infer<typeof createdWebhookSchema>;
export type WebhookOptions = z.infer<typeof webhookOptionsSchema>;

const id = encodeURIComponent;

export const integrationsApi = {
  personalTokens: async (): Promise<ApiToken[]> => (await api.get("/api/integrations/tokens", apiTokenListSchema)).items,
  createPersonalToken: (body: CreatePersonalTokenBody): Promise<CreatedToken> => api.post("/api/integrations/tokens", body, createdTokenSchema),
  revokePersonalToken: (tokenId: string): Promise<ApiToken> => api.post(`/api/integrations/tokens/${id(tokenId)}/revoke`, {}, apiTokenSchema),
  serviceAccounts: async (): Promise<ServiceAccount[]> => (await api.get("/api/integrations/service-accounts", serviceAccountListSchema)).items,
  createServiceAccount: (body: { name: string; description: string; grants: { role: string; siteId: string | null }[] }): Promise<ServiceAccount> =>
    api.post("/api/integrations/service-accounts", body, serviceAccountSchema),
  serviceTokens: async (): Promise<ApiToken[]> => (await api.get("/api/integrations/service-tokens", apiTokenListSchema)).items,
  createServiceToken: (body: CreatePersonalTokenBody & { serviceAccountId: string }): Promise<CreatedToken> => api.post("/api/integrations/service-tokens", body, createdTokenSchema),
  revokeServiceToken: (tokenId: string): Promise<ApiToken> => api.post(`/api/integrations/service-tokens/${id(tokenId)}/revoke`, {}, apiTokenSchema),
  webhooks: async (): Promise<Webhook[]> => (await api.get("/api/integrations/webhooks", webhookListSchema)).items,
  webhookOptions: (): Promise<WebhookOptions> => api.get("/api/integrations/webhook-options", webhookOptionsSchema),
  createWebhook: (body: CreateWebhookBody): Promise<CreatedWebhook> => api.post("/api/integrations/webhooks", body, createdWebhookSchema),
  setWebhookActive: (webhookId: string, isActive: boolean): Promise<Webhook> => api.patch(`/api/integrations/webhooks/${id(webhookId)}`, { isActive }, webhookSchema),
  deliveries: async (webhookId: string): Promise<WebhookDelivery[]> => (await api.get(`/api/integrations/webhooks/${id(webhookId)}/deliveries`, webhookDeliveryListSchema)).items,
  redeliver: (webhookId: string, deliveryId: string): Promise<WebhookDelivery> =>
    api.post(`/api/integrations/webhooks/${id(webhookId)}/deliveries/${id(deliveryId)}/redeliver`, {}, webhookDeliverySchema),
};
