/** HTTP route for sending an outreach session logged offline, by the id the device gave it. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { errorBodySchema } from "../../../core/api/common.js";
import { offlineEntryBodySchema, offlineEntryResultSchema } from "../../../core/api/outreach-offline.js";
import { requireActor } from "../../authz/authorize.js";
import { inTransaction } from "../../db/client.js";
import { errorResponses } from "../../http/route-schema.js";
import { readSession } from "./read-session.js";
import { takeOfflineEntry } from "./take-offline-entry.js";

export function offlineEntryRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;
  route.post(
    "/api/outreach/sessions/offline-entries",
    {
      schema: {
        tags: ["outreach"],
        summary:
          "Send an outreach session logged offline, with the device's id for it: taken in once however often it is sent; a session already held is answered with \"conflict\" and that session, and the entry is sent again with what to keep",
        body: offlineEntryBodySchema,
        response: { 200: offlineEntryResultSchema, 201: offlineEntryResultSchema, ...errorResponses, 422: errorBodySchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const context = { now: app.deps.now(), requestId: request.id };
      const result = await inTransaction(db, async (tx) => {
        const taken = await takeOfflineEntry(tx, actor, request.body, context);
        return { entryId: request.body.entryId, outcome: taken.outcome, isReplay: taken.isReplay, canKeepBoth: taken.canKeepBoth, session: await readSession(tx, actor, taken.sessionId) };
      });
      const isNew = !result.isReplay && (result.outcome === "logged" || result.outcome === "kept_both");
      return reply.status(isNew ? 201 : 200).send(result);
    },
  );
}
