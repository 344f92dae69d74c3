/** Every HTTP route of training: the course catalogue, deliveries, attendees, certificates, and the refreshers falling due at a site. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { refresherListQuerySchema, refresherListSchema } from "../../../core/api/outreach-training.js";
import { londonDay } from "../../../core/london-time.js";
import { requireActor } from "../../authz/authorize.js";
import { errorResponses } from "../../http/route-schema.js";
import { outreachSiteOf } from "../options.js";
import { trainingAttendeeRoutes } from "./attendee-routes.js";
import { trainingCertificateRoutes } from "./certificates/certificate-routes.js";
import { trainingCourseRoutes } from "./course-routes.js";
import { trainingDeliveryRoutes } from "./delivery-routes.js";
import { refreshersDueAt } from "./refreshers.js";

export function trainingRoutes(app: FastifyInstance): void {
  trainingCourseRoutes(app);
  trainingDeliveryRoutes(app);
  trainingAttendeeRoutes(app);
  trainingCertificateRoutes(app);

  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/outreach/training/refreshers",
    {
      schema: {
        tags: ["outreach"],
        summary: "Attendees at a site whose refresher is due within 30 days or overdue, and who have not been on the course again",
        querystring: refresherListQuerySchema,
        response: { 200: refresherListSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const siteId = outreachSiteOf(actor, request.query.siteId);
      return refreshersDueAt(app.deps.db, actor.organisationId, siteId, londonDay(app.deps.now()));
    },
  );
}
