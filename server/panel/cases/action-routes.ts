/** HTTP routes for panel actions: the list (own, or the managed sites'), and completing, cancelling or reopening one. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { errorBodySchema } from "../../../core/api/common.js";
import { actionEventRequestSchema, actionListQuerySchema, actionListSchema, actionParamsSchema, actionViewSchema } from "../../../core/api/panel.js";
import { requireActor } from "../../authz/authorize.js";
import { inTransaction } from "../../db/client.js";
import { errorResponses } from "../../http/route-schema.js";
import { applyActionEvent, listActions } from "./actions.js";

export function actionRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["panel"];
  const { db, vault } = app.deps;
  const errors = { ...errorResponses, 422: errorBodySchema };

  route.get(
    "/api/panel/actions",
    { schema: { tags, summary: "Panel actions: the viewer's own, and every action of the sites they manage (wording redacted for people outside the site's caseload)", querystring: actionListQuerySchema, response: { 200: actionListSchema, ...errors } } },
    async (request) => {
      const actor = requireActor(request.actor);
      return { items: await inTransaction(db, (tx) => listActions(tx, actor, request.query, { vault, now: app.deps.now(), requestId: request.id })) };
    },
  );

  route.post(
    "/api/panel/actions/:actionId/events",
    { schema: { tags, summary: "Complete, cancel or reopen a panel action (with the version seen)", params: actionParamsSchema, body: actionEventRequestSchema, response: { 200: actionViewSchema, ...errors } } },
    async (request) => {
      const actor = requireActor(request.actor);
      return inTransaction(db, (tx) => applyActionEvent(tx, actor, request.params.actionId, request.body, { vault, now: app.deps.now(), requestId: request.id }));
    },
  );
}
