/** HTTP routes for training certificates as PDF: one attendee's, or every attendee's of a training (a page each). */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { errorBodySchema } from "../../../../core/api/common.js";
import { attendeeParamsSchema, deliveryParamsSchema } from "../../../../core/api/outreach-training.js";
import { requireActor } from "../../../authz/authorize.js";
import { inTransaction } from "../../../db/client.js";
import { errorResponses } from "../../../http/route-schema.js";
import { printCertificate, printDeliveryCertificates } from "./print-certificates.js";
import { renderCertificates } from "./render-certificates.js";

export function trainingCertificateRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["outreach"];
  const { db } = app.deps;
  const pdfResponse = { 200: z.string().meta({ format: "binary", description: "A PDF document." }), ...errorResponses, 422: errorBodySchema };

  route.get(
    "/api/outreach/training/attendees/:attendeeId/certificate.pdf",
    { schema: { tags, summary: "An attendee's training certificate as a PDF (audited as printed)", params: attendeeParamsSchema, produces: ["application/pdf"], response: pdfResponse } },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const printed = await inTransaction(db, (tx) => printCertificate(tx, actor, request.params.attendeeId, { requestId: request.id }));
      // Drawn after the transaction, so no connection waits on the layout.
      const pdf = await renderCertificates(printed.pages, { title: printed.title, organisationName: actor.organisationName });
      return reply.type("application/pdf").header("content-disposition", 'inline; filename="training-certificate.pdf"').send(pdf as unknown as string);
    },
  );

  route.get(
    "/api/outreach/training/deliveries/:deliveryId/certificates.pdf",
    { schema: { tags, summary: "Every attendee's certificate for a training as one PDF, a page each (audited as printed)", params: deliveryParamsSchema, produces: ["application/pdf"], response: pdfResponse } },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const printed = await inTransaction(db, (tx) => printDeliveryCertificates(tx, actor, request.params.deliveryId, { requestId: request.id }));
      const pdf = await renderCertificates(printed.pages, { title: printed.title, organisationName: actor.organisationName });
      return reply.type("application/pdf").header("content-disposition", 'inline; filename="training-certificates.pdf"').send(pdf as unknown as string);
    },
  );
}
