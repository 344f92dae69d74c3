/** HTTP routes for a training's attendees: adding one (with their consent), correcting one, removing one. Each answers the delivery as its page shows it. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { errorBodySchema } from "../../../core/api/common.js";
import { attendeeBodySchema, attendeeParamsSchema, deliveryDetailSchema, deliveryParamsSchema } from "../../../core/api/outreach-training.js";
import { requireActor } from "../../authz/authorize.js";
import { inTransaction } from "../../db/client.js";
import { errorResponses } from "../../http/route-schema.js";
import { addAttendee } from "./add-attendee.js";
import { readDelivery } from "./delivery-routes.js";
import { findAttendeeFor } from "./queries.js";
import { removeAttendee } from "./remove-attendee.js";
import { updateAttendee } from "./update-attendee.js";

export function trainingAttendeeRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["outreach"];
  const { db } = app.deps;
  const errors = { ...errorResponses, 422: errorBodySchema };
  const context = (requestId: string) => ({ now: app.deps.now(), requestId });

  route.post(
    "/api/outreach/training/deliveries/:deliveryId/attendees",
    { schema: { tags, summary: "Add an attendee to a training, with their consent and their ratings before and after; gives them a certificate number", params: deliveryParamsSchema, body: attendeeBodySchema, response: { 201: deliveryDetailSchema, ...errors } } },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const delivery = await inTransaction(db, async (tx) => {
        await addAttendee(tx, actor, request.params.deliveryId, request.body, context(request.id));
        return readDelivery(tx, actor, request.params.deliveryId);
      });
      return reply.status(201).send(delivery);
    },
  );

  route.put(
    "/api/outreach/training/attendees/:attendeeId",
    { schema: { tags, summary: "Correct an attendee's details or ratings", params: attendeeParamsSchema, body: attendeeBodySchema, response: { 200: deliveryDetailSchema, ...errors } } },
    async (request) => {
      const actor = requireActor(request.actor);
      return inTransaction(db, async (tx) => {
        await updateAttendee(tx, actor, request.params.attendeeId, request.body, context(request.id));
        const { attendee } = await findAttendeeFor(tx, actor, request.params.attendeeId);
        return readDelivery(tx, actor, attendee.deliveryId);
      });
    },
  );

  route.delete(
    "/api/outreach/training/attendees/:attendeeId",
    { schema: { tags, summary: "Remove an attendee from a training (audited)", params: attendeeParamsSchema, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      await inTransaction(db, (tx) => removeAttendee(tx, actor, request.params.attendeeId, context(request.id)));
      return reply.status(204).send(null);
    },
  );
}
