/** HTTP routes for printed panel papers: a meeting's redacted minutes, and one decision's full record for the case file. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { decisionParamsSchema, meetingParamsSchema } from "../../../core/api/panel.js";
import { requireActor } from "../../authz/authorize.js";
import { renderSummary } from "../../care-plans/pdf/render-summary.js";
import { inTransaction } from "../../db/client.js";
import { errorResponses } from "../../http/route-schema.js";
import { prepareCaseRecord } from "./case-record.js";
import { prepareMinutes } from "./print-minutes.js";

export function panelPdfRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["panel"];
  const { db, vault } = app.deps;
  const pdfResponse = { 200: z.string().meta({ format: "binary", description: "A PDF document." }), ...errorResponses };
  const context = (requestId: string) => ({ vault, now: app.deps.now(), requestId });

  route.get(
    "/api/panel/meetings/:meetingId/minutes.pdf",
    { schema: { tags, summary: "A meeting's minutes as a PDF, redacted (initials and age bands, no identifying text); for the lead and attending members within their window (audited as printed)", params: meetingParamsSchema, produces: ["application/pdf"], response: pdfResponse } },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const { model, organisationName } = await inTransaction(db, (tx) => prepareMinutes(tx, actor, request.params.meetingId, context(request.id)));
      // Drawn after the transaction, so no connection waits on the layout.
      const pdf = await renderSummary(model, { organisationName });
      return reply.type("application/pdf").header("content-disposition", 'inline; filename="panel-minutes.pdf"').send(pdf as unknown as string);
    },
  );

  route.get(
    "/api/panel/decisions/:decisionId/case-record.pdf",
    { schema: { tags, summary: "One panel decision in full for the case file, naming the client; only for people who see the case (audited as printed)", params: decisionParamsSchema, produces: ["application/pdf"], response: pdfResponse } },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const { model, organisationName } = await inTransaction(db, (tx) => prepareCaseRecord(tx, actor, request.params.decisionId, context(request.id)));
      const pdf = await renderSummary(model, { organisationName });
      return reply.type("application/pdf").header("content-disposition", 'inline; filename="panel-decision.pdf"').send(pdf as unknown as string);
    },
  );
}
