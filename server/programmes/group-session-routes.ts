/** HTTP routes for a site's group sessions of programmes: the list, recording one, one session, and correcting who attended. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  groupSessionDetailSchema,
  groupSessionListQuerySchema,
  groupSessionListSchema,
  groupSessionOptionsQuerySchema,
  groupSessionOptionsSchema,
  groupSessionParamsSchema,
  recordGroupSessionBodySchema,
  siteParamsSchema,
  updateGroupSessionBodySchema,
} from "../../core/api/programmes.js";
import { requireActor } from "../authz/authorize.js";
import { inTransaction } from "../db/client.js";
import { errorResponses } from "../http/route-schema.js";
import type { ProgrammeContext } from "./enrol-client.js";
import { groupSessionOptions, listGroupSessions, readGroupSession } from "./read-group-sessions.js";
import { recordGroupSession, updateGroupSessionAttendance } from "./record-group-session.js";

export function groupSessionRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["group sessions"];
  const { db, vault } = app.deps;
  const context = (requestId: string): ProgrammeContext => ({ vault, now: app.deps.now(), requestId });
  const detail = { 200: groupSessionDetailSchema, ...errorResponses };

  route.get(
    "/api/sites/:siteId/group-sessions",
    { schema: { tags, summary: "A site's group sessions between two days (by default the last 30 and the next 60)", params: siteParamsSchema, querystring: groupSessionListQuerySchema, response: { 200: groupSessionListSchema, ...errorResponses } } },
    async (request) => listGroupSessions(db, requireActor(request.actor), request.params.siteId, request.query, app.deps.now()),
  );

  route.get(
    "/api/sites/:siteId/group-session-options",
    {
      schema: {
        tags,
        summary: "For recording a session of a programme: who may facilitate at the site, and the enrolled clients the caller can see (names audited)",
        params: siteParamsSchema,
        querystring: groupSessionOptionsQuerySchema,
        response: { 200: groupSessionOptionsSchema, ...errorResponses },
      },
    },
    async (request) => inTransaction(db, (tx) => groupSessionOptions(tx, requireActor(request.actor), request.params.siteId, request.query.programmeKey, context(request.id))),
  );

  route.post(
    "/api/sites/:siteId/group-sessions",
    { schema: { tags, summary: "Record a group session: programme, time, venue, facilitators, registered attendees and an anonymous headcount", params: siteParamsSchema, body: recordGroupSessionBodySchema, response: { 201: groupSessionDetailSchema, ...errorResponses } } },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const created = await inTransaction(db, async (tx) => {
        const id = await recordGroupSession(tx, actor, request.params.siteId, request.body, context(request.id));
        return readGroupSession(tx, actor, id, context(request.id));
      });
      return reply.status(201).send(created);
    },
  );

  route.get(
    "/api/group-sessions/:groupSessionId",
    { schema: { tags, summary: "One group session: attendees named where the caller sees their case (audited), the rest counted", params: groupSessionParamsSchema, response: detail } },
    async (request) => inTransaction(db, (tx) => readGroupSession(tx, requireActor(request.actor), request.params.groupSessionId, context(request.id))),
  );

  route.put(
    "/api/group-sessions/:groupSessionId",
    { schema: { tags, summary: "Correct who attended a group session and the anonymous headcount", params: groupSessionParamsSchema, body: updateGroupSessionBodySchema, response: detail } },
    async (request) => {
      const actor = requireActor(request.actor);
      return inTransaction(db, async (tx) => {
        await updateGroupSessionAttendance(tx, actor, request.params.groupSessionId, request.body, context(request.id));
        return readGroupSession(tx, actor, request.params.groupSessionId, context(request.id));
      });
    },
  );
}
