/**
 * HTTP routes for the commissioner's social-value reports: the published version of a contract's
 * calculation (every count through the disclosure engine, pounds worked from the counts as shown),
 * read by the commissioner of the contract's funder and by administrators. Each read and download
 * is audited besides the audit of every commissioner request (reporting/commissioner-audit.ts).
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { calculationParamsSchema, publishedReportListSchema, publishedReportSchema, publishedReportsQuerySchema } from "../../core/api/social-value.js";
import { recordAudit } from "../audit/record-audit.js";
import { authorize, requireActor } from "../authz/authorize.js";
import { inTransaction, type Db } from "../db/client.js";
import type { Actor } from "../http/context.js";
import { errorResponses as errors } from "../http/route-schema.js";
import { findPublishedFor, listPublishedFor } from "./calculation-queries.js";
import { presentPublished, presentPublishedSummary } from "./calculation-presenter.js";
import { scopeNamer } from "./calculation-scope.js";
import { outcomeLabelsOf } from "./options.js";
import { canReadPublishedReports } from "./policy.js";
import { reportPdfReply } from "./report-pdf-reply.js";

async function audited(tx: Db, actor: Actor, calculationId: string, action: string, requestId: string): Promise<void> {
  await recordAudit(tx, { organisationId: actor.organisationId, actorUserId: actor.userId, action, entityType: "social_value_calculation", entityId: calculationId, requestId });
}

export function reportRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["social value"];
  const { db } = app.deps;
  const params = calculationParamsSchema;

  route.get(
    "/api/social-value/reports",
    {
      schema: {
        tags,
        summary: "Published social-value reports of contracts, newest first (a commissioner: its funder's contracts' only)",
        querystring: publishedReportsQuerySchema,
        response: { 200: publishedReportListSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      authorize(canReadPublishedReports(actor), "Only administrators and commissioners read published social-value reports.");
      const rows = await listPublishedFor(db, actor, request.query.contractId);
      const namesOf = await scopeNamer(db, actor.organisationId, [...new Set(rows.flatMap((row) => (row.contractId ? [row.contractId] : [])))]);
      return { reports: rows.map((row) => presentPublishedSummary(row, namesOf(row.scope))) };
    },
  );

  route.get(
    "/api/social-value/reports/:calculationId",
    {
      schema: {
        tags,
        summary: "A published social-value report: counts as published, every pound worked from them, with the entries, assumptions and sensitivity (audited when read)",
        params,
        response: { 200: publishedReportSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      return inTransaction(db, async (tx) => {
        const row = await findPublishedFor(tx, actor, request.params.calculationId);
        await audited(tx, actor, row.id, "social_value.report_read", request.id);
        const [namesOf, outcomeLabels] = await Promise.all([scopeNamer(tx, actor.organisationId, row.contractId ? [row.contractId] : []), outcomeLabelsOf(tx, actor.organisationId)]);
        return presentPublished(row, namesOf(row.scope), outcomeLabels);
      });
    },
  );

  route.get(
    "/api/social-value/reports/:calculationId/pdf",
    {
      schema: { tags, summary: "A published social-value report as a PDF (audited when downloaded)", params, produces: ["application/pdf"], response: { 200: z.string().meta({ format: "binary" }), ...errors } },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const row = await inTransaction(db, async (tx) => {
        const found = await findPublishedFor(tx, actor, request.params.calculationId);
        await audited(tx, actor, found.id, "social_value.report_pdf_downloaded", request.id);
        return found;
      });
      return reportPdfReply(db, reply, row, actor.organisationName);
    },
  );
}
