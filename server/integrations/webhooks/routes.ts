/** HTTP routes for webhooks (administrators): endpoints, switching them off and on, the delivery log and resending. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { noBodySchema } from "../../../core/api/common.js";
import {
  createdWebhookSchema,
  createWebhookBodySchema,
  deliveryParamsSchema,
  setWebhookActiveBodySchema,
  webhookDeliveryListSchema,
  webhookDeliverySchema,
  webhookListSchema,
  webhookOptionsSchema,
  webhookParamsSchema,
  webhookSchema,
} from "../../../core/api/integrations.js";
import { hasSharingAgreement } from "../../../core/outreach/partners.js";
import { londonDay } from "../../../core/london-time.js";
import { actorAllowedBy } from "../../authz/authorize.js";
import { inTransaction, type Db } from "../../db/client.js";
import type { Actor } from "../../http/context.js";
import { errorResponses } from "../../http/route-schema.js";
import { canManageIntegrations } from "../tokens/policy.js";
import { createWebhook, type WebhookRow } from "./create-webhook.js";
import { redeliver, setWebhookActive } from "./manage-webhook.js";
import { presentDelivery, presentWebhook, type PartnerFacts } from "./presenter.js";
import { findDeliveryFor, findWebhookFor, listDeliveries, listWebhooks, partnersOf } from "./queries.js";

const administrator = actorAllowedBy(canManageIntegrations, "Only administrators manage integrations.");

export function webhookRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["integrations"];
  const rules = () => ({ isLoopbackAllowed: app.deps.config.isWebhookLoopbackAllowed });
  const context = (requestId: string) => ({ now: app.deps.now(), requestId });
  /** Presents webhooks with their partners' names and whether each may be sent identity today. */
  const present = async (db: Db, actor: Actor, rows: WebhookRow[]) => {
    const today = londonDay(app.deps.now());
    const partners = await partnersOf(db, actor, [...new Set(rows.flatMap((row) => (row.partnerId ? [row.partnerId] : [])))]);
    const facts = new Map<string, PartnerFacts>(partners.map((partner) => [partner.id, { name: partner.name, isSharing: hasSharingAgreement(partner.agreements, today) }]));
    return rows.map((row) => presentWebhook(row, row.partnerId ? facts.get(row.partnerId) : undefined));
  };

  route.get("/api/integrations/webhooks", { schema: { tags, summary: "The organisation's webhooks", response: { 200: webhookListSchema, ...errorResponses } } }, async (request) => {
    const actor = administrator(request.actor);
    return { items: await present(app.deps.db, actor, await listWebhooks(app.deps.db, actor)) };
  });

  route.get("/api/integrations/webhook-options", { schema: { tags, summary: "Partners a webhook can be linked to, and whether each may be sent identity today", response: { 200: webhookOptionsSchema, ...errorResponses } } }, async (request) => {
    const actor = administrator(request.actor);
    const today = londonDay(app.deps.now());
    const partners = await partnersOf(app.deps.db, actor);
    return { partners: partners.map((partner) => ({ id: partner.id, name: partner.name, isSharingIdentity: hasSharingAgreement(partner.agreements, today) })) };
  });

  route.post(
    "/api/integrations/webhooks",
    { schema: { tags, summary: "Add a webhook (its signing secret is shown once)", body: createWebhookBodySchema, response: { 201: createdWebhookSchema, ...errorResponses } } },
    async (request, reply) => {
      const actor = administrator(request.actor);
      const created = await inTransaction(app.deps.db, async (tx) => {
        const { row, signingSecret } = await createWebhook(tx, actor, request.body, { ...context(request.id), vault: app.deps.vault, rules: rules() });
        return { webhook: (await present(tx, actor, [row]))[0]!, signingSecret };
      });
      return reply.status(201).send(created);
    },
  );

  route.patch(
    "/api/integrations/webhooks/:webhookId",
    { schema: { tags, summary: "Switch a webhook off or on", params: webhookParamsSchema, body: setWebhookActiveBodySchema, response: { 200: webhookSchema, ...errorResponses } } },
    async (request) => {
      const actor = administrator(request.actor);
      return inTransaction(app.deps.db, async (tx) => {
        const webhook = await findWebhookFor(tx, actor, request.params.webhookId);
        const row = await setWebhookActive(tx, actor, webhook, request.body.isActive, context(request.id));
        return (await present(tx, actor, [row]))[0]!;
      });
    },
  );

  route.get(
    "/api/integrations/webhooks/:webhookId/deliveries",
    { schema: { tags, summary: "A webhook's latest deliveries", params: webhookParamsSchema, response: { 200: webhookDeliveryListSchema, ...errorResponses } } },
    async (request) => {
      const actor = administrator(request.actor);
      const webhook = await findWebhookFor(app.deps.db, actor, request.params.webhookId);
      return { items: (await listDeliveries(app.deps.db, webhook)).map(presentDelivery) };
    },
  );

  route.post(
    "/api/integrations/webhooks/:webhookId/deliveries/:deliveryId/redeliver",
    { schema: { tags, summary: "Send a delivery again now", params: deliveryParamsSchema, body: noBodySchema, response: { 200: webhookDeliverySchema, ...errorResponses } } },
    async (request) => {
      const actor = administrator(request.actor);
      const row = await inTransaction(app.deps.db, async (tx) => {
        const webhook = await findWebhookFor(tx, actor, request.params.webhookId);
        const delivery = await findDeliveryFor(tx, webhook, request.params.deliveryId);
        return redeliver(tx, actor, webhook, delivery, context(request.id));
      });
      app.deps.wakeJobs?.();
      return presentDelivery(row);
    },
  );
}
