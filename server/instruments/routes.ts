/** HTTP routes for the instrument catalogue: list, one version, export, import and settings. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  instrumentExportQuerySchema,
  instrumentImportBodySchema,
  instrumentImportResultSchema,
  instrumentKeyParamsSchema,
  instrumentListSchema,
  instrumentSettingsSchema,
  instrumentSummarySchema,
  instrumentVersionParamsSchema,
  instrumentVersionSchema,
} from "../../core/api/assessments.js";
import { toQuestionnaire } from "../../core/instruments/fhir.js";
import { authorize, hasRole, requireActor } from "../authz/authorize.js";
import { inTransaction } from "../db/client.js";
import type { Actor } from "../http/context.js";
import { errorResponses } from "../http/route-schema.js";
import { definitionOf, findVersion, listInstruments, presentInstrument, settingsFor, versionsOf } from "./catalogue.js";
import { importInstrument } from "./import-instrument.js";
import { updateInstrumentSettings } from "./settings.js";

/** Administrators configure instruments; anyone signed in may read the catalogue and its licences. */
export const canManageInstruments = (actor: Actor): boolean => hasRole(actor, "administrator");

export function instrumentRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["instruments"];
  const { db } = app.deps;

  route.get(
    "/api/instruments",
    { schema: { tags, summary: "The organisation's instruments, each at its latest version, with settings", response: { 200: instrumentListSchema, ...errorResponses } } },
    async (request) => ({ items: await listInstruments(db, requireActor(request.actor).organisationId) }),
  );

  route.get(
    "/api/instruments/versions/:versionId",
    { schema: { tags, summary: "One stored version of an instrument, with its full definition", params: instrumentVersionParamsSchema, response: { 200: instrumentVersionSchema, ...errorResponses } } },
    async (request) => {
      const actor = requireActor(request.actor);
      const row = await findVersion(db, actor.organisationId, request.params.versionId);
      const definition = definitionOf(row);
      const versions = await versionsOf(db, actor.organisationId, row.key);
      return {
        ...presentInstrument(row, await settingsFor(db, actor.organisationId, definition)),
        definition: definition as unknown as Record<string, unknown>,
        versions: versions.map((version) => ({ ...version, createdAt: version.createdAt.toISOString() })),
      };
    },
  );

  route.get(
    "/api/instruments/versions/:versionId/export",
    {
      schema: {
        tags,
        summary: "Download a version as a definition (JSON) or a FHIR R4 Questionnaire",
        params: instrumentVersionParamsSchema,
        querystring: instrumentExportQuerySchema,
        response: { 200: z.record(z.string(), z.unknown()), ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const definition = definitionOf(await findVersion(db, actor.organisationId, request.params.versionId));
      const isFhir = request.query.format === "fhir";
      const name = `${definition.key}-v${definition.version}${isFhir ? ".questionnaire" : ""}.json`;
      void reply.header("content-disposition", `attachment; filename="${name}"`);
      return isFhir ? toQuestionnaire(definition) : definition;
    },
  );

  route.post(
    "/api/instruments/imports",
    {
      schema: {
        tags,
        summary: "Import an instrument (JSON definition or FHIR Questionnaire), or official wording as a new version",
        body: instrumentImportBodySchema,
        response: { 201: instrumentImportResultSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      authorize(canManageInstruments(actor));
      const result = await inTransaction(db, (tx) => importInstrument(tx, actor, request.body, { requestId: request.id }));
      return reply.status(201).send(result);
    },
  );

  route.put(
    "/api/instruments/:key/settings",
    {
      schema: {
        tags,
        summary: "Whether an instrument is offered, needs a manager's approval, and when it is repeated",
        params: instrumentKeyParamsSchema,
        body: instrumentSettingsSchema,
        response: { 200: instrumentSummarySchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      authorize(canManageInstruments(actor));
      return inTransaction(db, (tx) => updateInstrumentSettings(tx, actor, request.params.key, request.body, { now: app.deps.now(), requestId: request.id }));
    },
  );
}
