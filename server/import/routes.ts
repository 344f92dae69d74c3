/** HTTP routes for importing spreadsheets: thin handlers over the import use cases (administrators only). */
import { and, desc, eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { noBodySchema } from "../../core/api/common.js";
import {
  checkImportBodySchema,
  importMappingListSchema,
  importMappingParamsSchema,
  importParamsSchema,
  spreadsheetImportListSchema,
  spreadsheetImportSchema,
  uploadImportBodySchema,
} from "../../core/api/imports.js";
import { importLimits } from "../../core/import/limits.js";
import { recordAudit } from "../audit/record-audit.js";
import { inTransaction } from "../db/client.js";
import { importMappings, spreadsheetImports } from "../db/schema.js";
import { notFound, AppError } from "../http/errors.js";
import { errorResponses } from "../http/route-schema.js";
import { checkImport } from "./check-import.js";
import { endImport } from "./end-import.js";
import { importer } from "./policy.js";
import { presentImport } from "./presenter.js";
import { problemsCsv } from "./problems-report.js";
import { findImportFor } from "./queries.js";
import { startImport } from "./run-import.js";
import { uploadImport } from "./upload-import.js";

export function importRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["imports"];
  const { db, vault } = app.deps;
  const context = (requestId: string) => ({ vault, now: app.deps.now(), requestId });

  route.post(
    "/api/imports",
    {
      // Base64 makes the file a third larger.
      bodyLimit: Math.ceil((importLimits.maxFileBytes * 4) / 3) + 1024,
      schema: { tags, summary: "Upload a spreadsheet (CSV or .xlsx, up to 25 MB and 100,000 rows); its rows are kept encrypted until the import ends (administrators; audited)", body: uploadImportBodySchema, response: { 201: spreadsheetImportSchema, ...errorResponses } },
    },
    async (request, reply) => {
      const actor = importer(request.actor);
      const bytes = Buffer.from(request.body.dataBase64, "base64");
      const created = await inTransaction(db, async (tx) => presentImport(tx, vault, await uploadImport(tx, actor, bytes, context(request.id))));
      return reply.status(201).send(created);
    },
  );

  route.get(
    "/api/imports",
    { schema: { tags, summary: "The organisation's recent imports, newest first (administrators)", response: { 200: spreadsheetImportListSchema, ...errorResponses } } },
    async (request) => {
      const actor = importer(request.actor);
      const rows = await db.select().from(spreadsheetImports).where(eq(spreadsheetImports.organisationId, actor.organisationId)).orderBy(desc(spreadsheetImports.createdAt), desc(spreadsheetImports.id)).limit(50);
      return {
        items: rows.map((row) => ({
          id: row.id,
          status: row.status as "done",
          fileType: row.fileType as "csv",
          rowCount: row.rowCount,
          kind: row.kind as "clients" | null,
          rowsImported: row.rowsImported,
          createdAt: row.createdAt.toISOString(),
          finishedAt: row.finishedAt?.toISOString() ?? null,
        })),
      };
    },
  );

  route.get(
    "/api/imports/:importId",
    { schema: { tags, summary: "An import: its headers, mapping, dry-run report and progress (administrators)", params: importParamsSchema, response: { 200: spreadsheetImportSchema, ...errorResponses } } },
    async (request) => {
      const actor = importer(request.actor);
      return presentImport(db, vault, await findImportFor(db, actor, request.params.importId));
    },
  );

  route.post(
    "/api/imports/:importId/check",
    { schema: { tags, summary: "The dry run: check every row against a column mapping and report each problem, writing nothing; optionally save the mapping by name (administrators; audited)", params: importParamsSchema, body: checkImportBodySchema, response: { 200: spreadsheetImportSchema, ...errorResponses } } },
    async (request) => {
      const actor = importer(request.actor);
      return inTransaction(db, async (tx) => presentImport(tx, vault, await checkImport(tx, actor, request.params.importId, request.body, context(request.id))));
    },
  );

  route.post(
    "/api/imports/:importId/start",
    { schema: { tags, summary: "Import the checked rows, a batch per transaction, in the background (administrators; every client created is audited)", params: importParamsSchema, body: noBodySchema, response: { 202: spreadsheetImportSchema, ...errorResponses } } },
    async (request, reply) => {
      const actor = importer(request.actor);
      const started = await inTransaction(db, async (tx) => presentImport(tx, vault, await startImport(tx, actor, request.params.importId, context(request.id))));
      app.deps.wakeJobs?.();
      return reply.status(202).send(started);
    },
  );

  route.get(
    "/api/imports/:importId/problems.csv",
    {
      schema: { tags, summary: "The error report: row number, field and problem for every problem found; no cell values (administrators; audited)", params: importParamsSchema, produces: ["text/csv"], response: { 200: z.string(), ...errorResponses } },
    },
    async (request, reply) => {
      const actor = importer(request.actor);
      const csv = await inTransaction(db, async (tx) => {
        const row = await findImportFor(tx, actor, request.params.importId);
        if (!row.checkedAt) throw new AppError("conflict", "Check the file (the dry run) first.");
        await recordAudit(tx, { organisationId: actor.organisationId, actorUserId: actor.userId, action: "import.report_downloaded", entityType: "spreadsheet_import", entityId: row.id, requestId: request.id, at: app.deps.now() });
        return problemsCsv(tx, row.id);
      });
      return reply.type("text/csv; charset=utf-8").header("content-disposition", `attachment; filename="import-problems-${request.params.importId.slice(0, 8)}.csv"`).send(csv);
    },
  );

  route.delete(
    "/api/imports/:importId",
    { schema: { tags, summary: "Discard an import that has not started: its encrypted rows are destroyed (administrators; audited)", params: importParamsSchema, body: noBodySchema, response: { 204: z.null(), ...errorResponses } } },
    async (request, reply) => {
      const actor = importer(request.actor);
      await inTransaction(db, async (tx) => {
        const row = await findImportFor(tx, actor, request.params.importId, { forUpdate: true });
        if (!["uploaded", "checked", "failed"].includes(row.status)) throw new AppError("conflict", "This import is running or has ended.");
        await endImport(tx, vault, row, { status: "discarded", now: app.deps.now(), actorUserId: actor.userId, requestId: request.id });
      });
      return reply.status(204).send(null);
    },
  );

  route.get(
    "/api/import-mappings",
    { schema: { tags, summary: "The organisation's saved column mappings, by name (administrators)", response: { 200: importMappingListSchema, ...errorResponses } } },
    async (request) => {
      const actor = importer(request.actor);
      const rows = await db.select().from(importMappings).where(eq(importMappings.organisationId, actor.organisationId)).orderBy(importMappings.name).limit(200);
      return { items: rows.map((row) => ({ id: row.id, name: row.name, kind: row.kind as "clients", columns: row.columns, updatedAt: row.updatedAt.toISOString() })) };
    },
  );

  route.delete(
    "/api/import-mappings/:mappingId",
    { schema: { tags, summary: "Delete a saved column mapping (administrators)", params: importMappingParamsSchema, body: noBodySchema, response: { 204: z.null(), ...errorResponses } } },
    async (request, reply) => {
      const actor = importer(request.actor);
      const deleted = await db
        .delete(importMappings)
        .where(and(eq(importMappings.id, request.params.mappingId), eq(importMappings.organisationId, actor.organisationId)))
        .returning({ id: importMappings.id });
      if (deleted.length === 0) throw notFound("Mapping");
      return reply.status(204).send(null);
    },
  );
}
