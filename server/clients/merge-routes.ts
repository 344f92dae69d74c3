/** HTTP routes for merging two records of one person, and for an administrator to list and undo merges. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { clientMergeListSchema, clientParamsSchema, mergeBodySchema, mergeParamsSchema, mergeResultSchema, mergeReversalSchema } from "../../core/api/clients.js";
import { noBodySchema, pageQuerySchema } from "../../core/api/common.js";
import { requireActor } from "../authz/authorize.js";
import { inTransaction } from "../db/client.js";
import { errorResponses } from "../http/route-schema.js";
import { listClientMerges } from "./list-client-merges.js";
import { mergeClients } from "./merge-clients.js";
import { reverseMerge } from "./reverse-merge.js";

export function mergeRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["clients"];
  const { db, vault } = app.deps;
  const context = (requestId: string) => ({ vault, now: app.deps.now(), requestId });

  route.post(
    "/api/clients/:clientId/merge",
    { schema: { tags, summary: "Merge a duplicate record into this one (reversible for 30 days)", params: clientParamsSchema, body: mergeBodySchema, response: { 201: mergeResultSchema, ...errorResponses } } },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const result = await inTransaction(db, (tx) => mergeClients(tx, actor, request.params.clientId, request.body, context(request.id)));
      return reply.status(201).send(result);
    },
  );

  route.get(
    "/api/client-merges",
    { schema: { tags, summary: "The organisation's merges, newest first, and whether each can still be undone (administrators)", querystring: pageQuerySchema, response: { 200: clientMergeListSchema, ...errorResponses } } },
    async (request) => listClientMerges(db, requireActor(request.actor), request.query, app.deps.now()),
  );

  route.post(
    "/api/client-merges/:mergeId/reverse",
    { schema: { tags, summary: "Undo a merge within 30 days (administrators)", params: mergeParamsSchema, body: noBodySchema, response: { 200: mergeReversalSchema, ...errorResponses } } },
    async (request) => {
      const actor = requireActor(request.actor);
      return inTransaction(db, (tx) => reverseMerge(tx, actor, request.params.mergeId, context(request.id)));
    },
  );
}
