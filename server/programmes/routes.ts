/** HTTP routes for programmes: the definitions (read by workers, configured by administrators) and enrolments on cases. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { errorBodySchema } from "../../core/api/common.js";
import { caseParamsSchema } from "../../core/api/cases.js";
import {
  caseEnrolmentListSchema,
  enrolBodySchema,
  enrolmentDetailSchema,
  enrolmentEventBodySchema,
  enrolmentParamsSchema,
  importProgrammeBodySchema,
  importProgrammeResultSchema,
  programmeKeyParamsSchema,
  programmeListSchema,
  programmeRetirementBodySchema,
  programmeSummarySchema,
  programmeVersionParamsSchema,
  programmeVersionSchema,
} from "../../core/api/programmes.js";
import { authorize, requireActor } from "../authz/authorize.js";
import { inTransaction } from "../db/client.js";
import { errorResponses } from "../http/route-schema.js";
import { findProgrammeVersion, isBuiltInKey, listProgrammes, presentProgramme, programmeDefinitionOf, programmeVersionsOf } from "./catalogue.js";
import { enrolClient, type ProgrammeContext } from "./enrol-client.js";
import { importProgramme } from "./import-programme.js";
import { canManageProgrammes, canReadProgrammes } from "./policy.js";
import { listCaseEnrolments, readEnrolment } from "./read-enrolments.js";
import { recordEnrolmentEvent } from "./record-enrolment-event.js";
import { setProgrammeRetired } from "./retire-programme.js";

export function programmeRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["programmes"];
  const { db, vault } = app.deps;
  const context = (requestId: string): ProgrammeContext => ({ vault, now: app.deps.now(), requestId });
  const detail = { 200: enrolmentDetailSchema, 422: errorBodySchema, ...errorResponses };

  route.get(
    "/api/programmes",
    { schema: { tags, summary: "The organisation's programmes, each at its latest version, with phases and criteria", response: { 200: programmeListSchema, ...errorResponses } } },
    async (request) => {
      const actor = requireActor(request.actor);
      authorize(canReadProgrammes(actor));
      return { items: await listProgrammes(db, actor.organisationId), canManage: canManageProgrammes(actor) };
    },
  );

  route.get(
    "/api/programmes/:key/versions/:version",
    { schema: { tags, summary: "One stored version of a programme, with its full definition and the list of versions", params: programmeVersionParamsSchema, response: { 200: programmeVersionSchema, ...errorResponses } } },
    async (request) => {
      const actor = requireActor(request.actor);
      authorize(canReadProgrammes(actor));
      const row = await findProgrammeVersion(db, actor.organisationId, request.params.key, request.params.version);
      const versions = await programmeVersionsOf(db, actor.organisationId, row.key);
      return {
        ...presentProgramme(row, await isBuiltInKey(db, row.key)),
        definition: programmeDefinitionOf(row) as unknown as Record<string, unknown>,
        versions: versions.map((version) => ({ versionId: version.versionId, version: version.version, isBuiltIn: version.organisationId === null, createdAt: version.createdAt.toISOString() })),
      };
    },
  );

  route.post(
    "/api/programmes",
    { schema: { tags, summary: "Import a programme definition (JSON): a new programme, or a new version of one", body: importProgrammeBodySchema, response: { 201: importProgrammeResultSchema, ...errorResponses } } },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      authorize(canManageProgrammes(actor));
      const result = await inTransaction(db, (tx) => importProgramme(tx, actor, request.body, { requestId: request.id, now: app.deps.now() }));
      return reply.status(201).send(result);
    },
  );

  route.put(
    "/api/programmes/:key/retirement",
    { schema: { tags, summary: "Retire a programme (no new enrolments or group sessions) or bring it back", params: programmeKeyParamsSchema, body: programmeRetirementBodySchema, response: { 200: programmeSummarySchema, ...errorResponses } } },
    async (request) => {
      const actor = requireActor(request.actor);
      authorize(canManageProgrammes(actor));
      return inTransaction(db, (tx) => setProgrammeRetired(tx, actor, request.params.key, request.body.isRetired, { requestId: request.id, now: app.deps.now() }));
    },
  );

  route.get(
    "/api/cases/:caseId/enrolments",
    { schema: { tags, summary: "A case's programme enrolments, newest first, and whether the caller may enrol", params: caseParamsSchema, response: { 200: caseEnrolmentListSchema, ...errorResponses } } },
    async (request) => listCaseEnrolments(db, requireActor(request.actor), request.params.caseId, app.deps.now()),
  );

  route.post(
    "/api/cases/:caseId/enrolments",
    { schema: { tags, summary: "Enrol the client on a case in a programme (its latest version, first phase)", params: caseParamsSchema, body: enrolBodySchema, response: { 201: enrolmentDetailSchema, ...errorResponses } } },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const created = await inTransaction(db, async (tx) => {
        const id = await enrolClient(tx, actor, request.params.caseId, request.body, context(request.id));
        return readEnrolment(tx, actor, id, context(request.id));
      });
      return reply.status(201).send(created);
    },
  );

  route.get(
    "/api/enrolments/:enrolmentId",
    { schema: { tags, summary: "One enrolment: where it stands, its history with notes (audited) and days per phase", params: enrolmentParamsSchema, response: detail } },
    async (request) => inTransaction(db, (tx) => readEnrolment(tx, requireActor(request.actor), request.params.enrolmentId, context(request.id))),
  );

  route.post(
    "/api/enrolments/:enrolmentId/events",
    {
      schema: {
        tags,
        summary: "Move an enrolment on (criteria met or an override with a reason), step back, complete, withdraw or rejoin; 422 with the reason when refused",
        params: enrolmentParamsSchema,
        body: enrolmentEventBodySchema,
        response: detail,
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      return inTransaction(db, async (tx) => {
        await recordEnrolmentEvent(tx, actor, request.params.enrolmentId, request.body, context(request.id));
        return readEnrolment(tx, actor, request.params.enrolmentId, context(request.id));
      });
    },
  );
}
