/** HTTP route for the panel dashboard of a site (its safeguarding leads and team managers). */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { dashboardQuerySchema, panelDashboardSchema } from "../../../core/api/panel.js";
import { requireActor } from "../../authz/authorize.js";
import { errorResponses } from "../../http/route-schema.js";
import { readDashboard } from "./read-dashboard.js";

export function dashboardRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const { db, vault } = app.deps;
  route.get(
    "/api/panel/dashboard",
    { schema: { tags: ["panel"], summary: "A site's panel figures: cases awaiting a meeting, decisions this year, overdue actions, time to decision", querystring: dashboardQuerySchema, response: { 200: panelDashboardSchema, ...errorResponses } } },
    async (request) => readDashboard(db, requireActor(request.actor), request.query.siteId, { vault, now: app.deps.now(), requestId: request.id }),
  );
}
