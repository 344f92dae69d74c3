/** HTTP routes of the staff dashboards: a site's or the whole organisation's figures, and the choices a user has between them. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { dashboardOptionsSchema, dashboardQuerySchema, dashboardSchema } from "../../../core/api/reporting-dashboard.js";
import { requireActor } from "../../authz/authorize.js";
import { errorResponses } from "../../http/route-schema.js";
import { lastCompleteMonth } from "../returns/releases.js";
import { computeDashboard } from "./compute-dashboard.js";
import { dashboardChoicesFor, dashboardScopeFor } from "./dashboard-scope.js";

export function reportingDashboardRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["reporting"];
  const { db } = app.deps;

  route.get(
    "/api/reporting/dashboard",
    {
      schema: {
        tags,
        summary:
          "A site's staff dashboard (its team managers and administrators), or without siteId the whole organisation's with its sites compared (administrators): true counts and waits over whole London months, the last 12 whole months unless asked, at most 36. Counts only, never a person",
        querystring: dashboardQuerySchema,
        response: { 200: dashboardSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const scope = await dashboardScopeFor(db, actor, request.query, app.deps.now());
      return computeDashboard(app.deps.reportsDb ?? db, scope);
    },
  );

  route.get(
    "/api/reporting/dashboard/options",
    {
      schema: {
        tags,
        summary: "The sites whose staff dashboard the user may read, whether the whole organisation is offered, and the last whole month (team managers and administrators)",
        response: { 200: dashboardOptionsSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      return { ...(await dashboardChoicesFor(db, actor)), lastWholeMonth: lastCompleteMonth(app.deps.now()) };
    },
  );
}
