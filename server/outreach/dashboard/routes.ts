/** HTTP routes for the outreach dashboard of a site, and a partner's printed summary to give them. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { outreachDashboardQuerySchema, outreachDashboardSchema, partnerSummaryParamsSchema, partnerSummaryQuerySchema } from "../../../core/api/outreach-dashboard.js";
import { requireActor } from "../../authz/authorize.js";
import { renderSummary } from "../../care-plans/pdf/render-summary.js";
import { inTransaction } from "../../db/client.js";
import { errorResponses } from "../../http/route-schema.js";
import { outreachSiteOf } from "../options.js";
import { preparePartnerSummary } from "./partner-summary.js";
import { readOutreachDashboard } from "./read-dashboard.js";

export function outreachDashboardRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["outreach"];
  const { db } = app.deps;

  route.get(
    "/api/outreach/dashboard",
    {
      schema: {
        tags,
        summary: "A site's outreach figures over a period of London days (the last 12 months unless asked; at most three years): reach, monthly series, referrals by partner and pathway, resources, and contact → referral → engagement",
        querystring: outreachDashboardQuerySchema,
        response: { 200: outreachDashboardSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const siteId = outreachSiteOf(actor, request.query.siteId);
      return readOutreachDashboard(db, actor, siteId, request.query, app.deps.now());
    },
  );

  route.get(
    "/api/outreach/partners/:partnerId/summary.pdf",
    {
      schema: {
        tags,
        summary: "A partner's one-page summary to give them: sessions, people reached and trained, and referrals from them with their outcomes, disclosure-controlled (audited as printed)",
        params: partnerSummaryParamsSchema,
        querystring: partnerSummaryQuerySchema,
        produces: ["application/pdf"],
        response: { 200: z.string().meta({ format: "binary", description: "A PDF document." }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const { model, organisationName } = await inTransaction(db, (tx) => preparePartnerSummary(tx, actor, request.params.partnerId, request.query, { now: app.deps.now(), requestId: request.id }));
      // Drawn after the transaction, so no connection waits on the layout.
      const pdf = await renderSummary(model, { organisationName });
      return reply.type("application/pdf").header("content-disposition", 'inline; filename="partner-summary.pdf"').send(pdf as unknown as string);
    },
  );
}
