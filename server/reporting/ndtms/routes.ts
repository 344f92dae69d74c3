/** HTTP routes of the national drug-treatment export: the CSV for a site and months, and the organisation's settings for it. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ndtmsExportQuerySchema, ndtmsSettingsBodySchema, ndtmsSettingsViewSchema } from "../../../core/api/reporting-ndtms.js";
import { requireActor } from "../../authz/authorize.js";
import { inTransaction } from "../../db/client.js";
import { errorResponses } from "../../http/route-schema.js";
import { exportNdtms } from "./export-ndtms.js";
import { readNdtmsSettingsView, saveNdtmsSettings } from "./settings.js";

export function ndtmsRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["reporting"];
  const { db, vault } = app.deps;

  route.get(
    "/api/reporting/ndtms-export",
    {
      schema: {
        tags,
        summary:
          "The national drug-treatment dataset style export of a site's drug and alcohol clients for whole months (CSV): pseudonymous personal data for the national system's secure upload only. The site's team managers; audited with each client's id",
        querystring: ndtmsExportQuerySchema,
        produces: ["text/csv"],
        response: { 200: z.string().meta({ description: "A CSV file (RFC 4180)." }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const file = await inTransaction(db, (tx) => exportNdtms(tx, actor, request.query, { vault, now: app.deps.now(), requestId: request.id }));
      return reply.type("text/csv; charset=utf-8").header("content-disposition", `attachment; filename="${file.fileName}"`).send(file.csv);
    },
  );

  route.get(
    "/api/reporting/ndtms-settings",
    {
      schema: {
        tags,
        summary: "The organisation's national dataset export settings (fields, column names and order, code mappings), the defaults, and the codes it maps from. Administrators",
        response: { 200: ndtmsSettingsViewSchema, ...errorResponses },
      },
    },
    async (request) => readNdtmsSettingsView(db, requireActor(request.actor)),
  );

  route.put(
    "/api/reporting/ndtms-settings",
    {
      schema: {
        tags,
        summary: "Saves the organisation's national dataset export settings whole (send the defaults to return to them). Administrators; audited with the parts changed",
        body: ndtmsSettingsBodySchema,
        response: { 200: ndtmsSettingsViewSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      return inTransaction(db, (tx) => saveNdtmsSettings(tx, actor, request.body, { now: app.deps.now(), requestId: request.id }));
    },
  );
}
