/** HTTP routes for a site's training deliveries: the list for a period, recording one, its page (attendees and confidence), correcting it. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { errorBodySchema } from "../../../core/api/common.js";
import { createDeliveryBodySchema, deliveryDetailSchema, deliveryListQuerySchema, deliveryListSchema, deliveryParamsSchema, updateDeliveryBodySchema } from "../../../core/api/outreach-training.js";
import { requireActor } from "../../authz/authorize.js";
import { inTransaction, type Db } from "../../db/client.js";
import type { Actor } from "../../http/context.js";
import { errorResponses } from "../../http/route-schema.js";
import { outreachSiteOf } from "../options.js";
import { canWorkOutreach } from "../policy.js";
import { presentDeliveryDetail, presentDeliverySummary } from "./presenter.js";
import { attendeesOf, deliveriesAt, findDeliveryFor } from "./queries.js";
import { recordDelivery } from "./record-delivery.js";
import { updateDelivery } from "./update-delivery.js";

/** A delivery with its attendees and confidence, as its page shows it. */
export async function readDelivery(db: Db, actor: Actor, deliveryId: string) {
  const row = await findDeliveryFor(db, actor, deliveryId);
  return presentDeliveryDetail(row, await attendeesOf(db, [deliveryId]), canWorkOutreach(actor, row.delivery.siteId));
}

export function trainingDeliveryRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["outreach"];
  const { db } = app.deps;
  const errors = { ...errorResponses, 422: errorBodySchema };
  const context = (requestId: string) => ({ now: app.deps.now(), requestId });

  route.get(
    "/api/outreach/training/deliveries",
    { schema: { tags, summary: "A site's training deliveries in a period, with attendee counts and mean confidence before and after", querystring: deliveryListQuerySchema, response: { 200: deliveryListSchema, ...errors } } },
    async (request) => {
      const actor = requireActor(request.actor);
      const siteId = outreachSiteOf(actor, request.query.siteId);
      const { rows, isTruncated } = await deliveriesAt(db, actor.organisationId, siteId, request.query);
      const byDelivery = new Map<string, Awaited<ReturnType<typeof attendeesOf>>>();
      for (const attendee of await attendeesOf(db, rows.map((row) => row.delivery.id))) byDelivery.set(attendee.deliveryId, [...(byDelivery.get(attendee.deliveryId) ?? []), attendee]);
      return {
        siteId,
        items: rows.map((row) => presentDeliverySummary(row, byDelivery.get(row.delivery.id) ?? [])),
        isTruncated,
        abilities: { record: canWorkOutreach(actor, siteId) },
      };
    },
  );

  route.post(
    "/api/outreach/training/deliveries",
    { schema: { tags, summary: "Record a training given at a site (the course's questions are copied onto it)", body: createDeliveryBodySchema, response: { 201: deliveryDetailSchema, ...errors } } },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const created = await inTransaction(db, async (tx) => readDelivery(tx, actor, await recordDelivery(tx, actor, request.body, context(request.id))));
      return reply.status(201).send(created);
    },
  );

  route.get(
    "/api/outreach/training/deliveries/:deliveryId",
    { schema: { tags, summary: "A training delivery with its attendees and the confidence summary per question", params: deliveryParamsSchema, response: { 200: deliveryDetailSchema, ...errors } } },
    async (request) => readDelivery(db, requireActor(request.actor), request.params.deliveryId),
  );

  route.put(
    "/api/outreach/training/deliveries/:deliveryId",
    { schema: { tags, summary: "Correct a training delivery (with the version seen)", params: deliveryParamsSchema, body: updateDeliveryBodySchema, response: { 200: deliveryDetailSchema, ...errors } } },
    async (request) => {
      const actor = requireActor(request.actor);
      return inTransaction(db, async (tx) => {
        await updateDelivery(tx, actor, request.params.deliveryId, request.body, context(request.id));
        return readDelivery(tx, actor, request.params.deliveryId);
      });
    },
  );
}
