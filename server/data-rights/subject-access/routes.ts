/** HTTP routes for a subject access export: the items to consider withholding, saving the choices, previewing the files, releasing them and downloading what was released. The data protection officer only. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { exportFileParamsSchema, exportItemListSchema, releaseFileParamsSchema, requestDetailSchema, requestParamsSchema, withholdingsBodySchema } from "../../../core/api/data-rights.js";
import { recordAudit } from "../../audit/record-audit.js";
import { actorAllowedBy } from "../../authz/authorize.js";
import { inTransaction } from "../../db/client.js";
import { errorResponses as errors } from "../../http/route-schema.js";
import { canHandleDataRights, refusalMessage } from "../policy.js";
import { readRequest } from "../read-request.js";
import { exportableRequest, prepareExport } from "./prepare-export.js";
import { downloadRelease, releaseExport } from "./release-export.js";
import { listExportItems, saveWithholdings } from "./withholdings.js";

const mediaTypeOf = (file: string) => (file.endsWith(".pdf") ? "application/pdf" : "application/json; charset=utf-8");

export function subjectAccessRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["data rights"];
  const { db, vault } = app.deps;
  const context = (requestId: string) => ({ vault, now: app.deps.now(), requestId });
  const officer = actorAllowedBy(canHandleDataRights, refusalMessage);
  const fileResponse = { 200: z.string().meta({ format: "binary", description: "A PDF document or a JSON file." }), ...errors };

  route.get(
    "/api/data-rights/requests/:requestId/export/items",
    { schema: { tags, summary: "The items of the client's record that may be withheld from the export (a relative's details, a referrer, panel texts, session notes), with the choices made so far (audited as a read)", params: requestParamsSchema, response: { 200: exportItemListSchema, ...errors } } },
    async (request) => {
      const actor = officer(request.actor);
      return { items: await inTransaction(db, (tx) => listExportItems(tx, actor, request.params.requestId, context(request.id))) };
    },
  );

  route.put(
    "/api/data-rights/requests/:requestId/export/withholdings",
    { schema: { tags, summary: "Choose which items to withhold from the export, each with a reason; replaces the earlier choices (audited)", params: requestParamsSchema, body: withholdingsBodySchema, response: { 200: exportItemListSchema, ...errors } } },
    async (request) => {
      const actor = officer(request.actor);
      return inTransaction(db, async (tx) => {
        await saveWithholdings(tx, actor, request.params.requestId, request.body, context(request.id));
        return { items: await listExportItems(tx, actor, request.params.requestId, context(request.id)) };
      });
    },
  );

  route.get(
    "/api/data-rights/requests/:requestId/export/preview/:file",
    { schema: { tags, summary: "Preview the export as it would be released, with the withheld items removed: the PDF or the JSON (audited as a read)", params: exportFileParamsSchema, produces: ["application/pdf", "application/json"], response: fileResponse } },
    async (request, reply) => {
      const actor = officer(request.actor);
      const files = await inTransaction(db, async (tx) => {
        const found = await exportableRequest(tx, actor, request.params.requestId);
        const prepared = await prepareExport(tx, found, context(request.id));
        await recordAudit(tx, {
          organisationId: actor.organisationId,
          actorUserId: actor.userId,
          action: "data_rights.export_previewed",
          entityType: "data_rights_request",
          entityId: found.id,
          clientId: found.clientId,
          requestId: request.id,
          at: app.deps.now(),
          details: { file: request.params.file, withheld: prepared.withholdings.length },
        });
        return prepared;
      });
      const bytes = request.params.file === "subject-access.pdf" ? files.pdf : files.json;
      return reply.type(mediaTypeOf(request.params.file)).header("content-disposition", `inline; filename="preview-${request.params.file}"`).header("cache-control", "no-store").send(bytes as unknown as string);
    },
  );

  route.post(
    "/api/data-rights/requests/:requestId/export/release",
    { schema: { tags, summary: "Release the export: keep the PDF and JSON (encrypted under the client's key) with each file's SHA-256 and what was withheld, and complete the request (audited)", params: requestParamsSchema, response: { 200: requestDetailSchema, ...errors } } },
    async (request) => {
      const actor = officer(request.actor);
      return inTransaction(db, async (tx) => {
        await releaseExport(tx, actor, request.params.requestId, context(request.id));
        return readRequest(tx, actor, request.params.requestId, context(request.id));
      });
    },
  );

  route.get(
    "/api/data-rights/requests/:requestId/releases/:releaseId/:file",
    { schema: { tags, summary: "Download a released file exactly as it was released (audited)", params: releaseFileParamsSchema, produces: ["application/pdf", "application/json"], response: fileResponse } },
    async (request, reply) => {
      const actor = officer(request.actor);
      const bytes = await inTransaction(db, (tx) => downloadRelease(tx, actor, request.params, context(request.id)));
      return reply.type(mediaTypeOf(request.params.file)).header("content-disposition", `attachment; filename="${request.params.file}"`).header("cache-control", "no-store").send(bytes as unknown as string);
    },
  );
}
