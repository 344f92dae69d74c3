/**
 * HTTP routes for the unit-cost catalogue: the current entries, one entry's versions, adding a
 * code, changing an entry (a new version), the spreadsheet of the current entries and importing
 * one. Administrators only; every write audited.
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  catalogueImportSchema,
  catalogueListSchema,
  catalogueParamsSchema,
  catalogueVersionsSchema,
  createCatalogueEntryBodySchema,
  importCatalogueBodySchema,
  updateCatalogueEntryBodySchema,
} from "../../core/api/social-value.js";
import { catalogueCsv } from "../../core/social-value/index.js";
import { actorAllowedBy } from "../authz/authorize.js";
import { inTransaction } from "../db/client.js";
import { errorResponses as errors } from "../http/route-schema.js";
import { createEntry } from "./create-entry.js";
import { ensureSocialValueDefaults } from "./defaults.js";
import { importCatalogue } from "./import-catalogue.js";
import { canManageSocialValue } from "./policy.js";
import { presentCatalogue, presentEntry } from "./presenter.js";
import { currentEntries, entryVersions, versionCounts } from "./queries.js";
import { updateEntry } from "./update-entry.js";

export function catalogueRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["social value"];
  const { db } = app.deps;
  const context = (requestId: string) => ({ now: app.deps.now(), requestId });
  const manager = actorAllowedBy(canManageSocialValue, "Only administrators keep the unit-cost catalogue.");
  const listed = async (tx: typeof db, organisationId: string) => presentCatalogue(await currentEntries(tx, organisationId), await versionCounts(tx, organisationId));

  route.get(
    "/api/social-value/catalogue",
    { schema: { tags, summary: "The unit-cost catalogue: each code's current version, with its source, price year and confidence grade", response: { 200: catalogueListSchema, ...errors } } },
    async (request) => {
      const actor = manager(request.actor);
      return inTransaction(db, async (tx) => {
        await ensureSocialValueDefaults(tx, actor.organisationId);
        return listed(tx, actor.organisationId);
      });
    },
  );

  route.get(
    "/api/social-value/catalogue.csv",
    { schema: { tags, summary: "The catalogue's current entries as a spreadsheet to edit and import again (money in pounds)", produces: ["text/csv"], response: { 200: z.string(), ...errors } } },
    async (request, reply) => {
      const actor = manager(request.actor);
      const rows = await inTransaction(db, async (tx) => {
        await ensureSocialValueDefaults(tx, actor.organisationId);
        return currentEntries(tx, actor.organisationId);
      });
      return reply.type("text/csv; charset=utf-8").header("content-disposition", 'attachment; filename="unit-cost-catalogue.csv"').send(catalogueCsv(rows.map((row) => row.entry)));
    },
  );

  route.get(
    "/api/social-value/catalogue/:code",
    { schema: { tags, summary: "Every version of one catalogue entry, newest first", params: catalogueParamsSchema, response: { 200: catalogueVersionsSchema, ...errors } } },
    async (request) => {
      const actor = manager(request.actor);
      return inTransaction(db, async (tx) => {
        await ensureSocialValueDefaults(tx, actor.organisationId);
        return { code: request.params.code, versions: (await entryVersions(tx, actor.organisationId, request.params.code)).map(presentEntry) };
      });
    },
  );

  route.post(
    "/api/social-value/catalogue",
    { schema: { tags, summary: "Add a code to the catalogue (audited)", body: createCatalogueEntryBodySchema, response: { 201: catalogueVersionsSchema, ...errors } } },
    async (request, reply) => {
      const actor = manager(request.actor);
      const created = await inTransaction(db, async (tx) => {
        await ensureSocialValueDefaults(tx, actor.organisationId);
        await createEntry(tx, actor, request.body, context(request.id));
        return { code: request.body.code, versions: (await entryVersions(tx, actor.organisationId, request.body.code)).map(presentEntry) };
      });
      return reply.status(201).send(created);
    },
  );

  route.put(
    "/api/social-value/catalogue/:code",
    {
      schema: {
        tags,
        summary: "Change an entry with the version seen: kept as its next version, the earlier ones unchanged for the calculations that used them (audited)",
        params: catalogueParamsSchema,
        body: updateCatalogueEntryBodySchema,
        response: { 200: catalogueVersionsSchema, ...errors },
      },
    },
    async (request) => {
      const actor = manager(request.actor);
      return inTransaction(db, async (tx) => {
        await ensureSocialValueDefaults(tx, actor.organisationId);
        await updateEntry(tx, actor, request.params.code, request.body, context(request.id));
        return { code: request.params.code, versions: (await entryVersions(tx, actor.organisationId, request.params.code)).map(presentEntry) };
      });
    },
  );

  route.post(
    "/api/social-value/catalogue/import",
    {
      schema: {
        tags,
        summary: "Import a spreadsheet of entries, all or nothing: a problem in any row refuses the file, naming its row and column (audited)",
        body: importCatalogueBodySchema,
        response: { 200: catalogueImportSchema, ...errors },
      },
    },
    async (request) => {
      const actor = manager(request.actor);
      return inTransaction(db, async (tx) => {
        await ensureSocialValueDefaults(tx, actor.organisationId);
        return importCatalogue(tx, actor, request.body.csv, context(request.id));
      });
    },
  );
}
