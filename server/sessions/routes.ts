/** HTTP routes for sessions: a case's sessions, one session with its notes, changes, a worker's day in one go, and the worker's calendar. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { errorBodySchema } from "../../core/api/common.js";
import { caseParamsSchema } from "../../core/api/cases.js";
import {
  caseSessionListQuerySchema,
  caseSessionListSchema,
  myCalendarQuerySchema,
  myCalendarSchema,
  recordDayBodySchema,
  recordedDaySchema,
  recordSessionBodySchema,
  sessionDetailSchema,
  sessionParamsSchema,
  sessionSummarySchema,
  updateSessionBodySchema,
} from "../../core/api/sessions.js";
import { requireActor } from "../authz/authorize.js";
import { inTransaction, type Db } from "../db/client.js";
import type { Actor } from "../http/context.js";
import { AppError } from "../http/errors.js";
import { errorResponses } from "../http/route-schema.js";
import { myCalendar } from "./my-calendar.js";
import { presentSessionSummary } from "./presenter.js";
import { canEditSession } from "./policy.js";
import { workersOf } from "./queries.js";
import { listCaseSessions, readSession, recordRefusedRead } from "./read-session.js";
import { recordDay } from "./record-day.js";
import { recordSession } from "./record-session.js";
import type { RecordedSession, SessionContext } from "./store-session.js";
import { updateSession } from "./update-session.js";

export function sessionRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["sessions"];
  const { db, vault } = app.deps;
  const context = (requestId: string): SessionContext => ({ vault, now: app.deps.now(), requestId });
  const errors = { ...errorResponses, 422: errorBodySchema };

  /** A session just written, as lists show it (the notes are not sent back: reading them is a separate, audited step). */
  async function summaryOf(tx: Db, actor: Actor, { session, view }: RecordedSession, now: Date) {
    const workers = (await workersOf(tx, [session.id])).get(session.id) ?? [];
    return presentSessionSummary(session, workers, now, { edit: canEditSession(actor, view, workers.map((worker) => worker.userId)) });
  }

  route.get(
    "/api/cases/:caseId/sessions",
    { schema: { tags, summary: "A case's sessions, newest first, without their notes", params: caseParamsSchema, querystring: caseSessionListQuerySchema, response: { 200: caseSessionListSchema, ...errors } } },
    async (request) => listCaseSessions(db, requireActor(request.actor), request.params.caseId, request.query, app.deps.now()),
  );

  route.post(
    "/api/cases/:caseId/sessions",
    { schema: { tags, summary: "Record a session on a case, planned or held (notes only for one that took place)", params: caseParamsSchema, body: recordSessionBodySchema, response: { 201: sessionSummarySchema, ...errors } } },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const ctx = context(request.id);
      const created = await inTransaction(db, async (tx) => summaryOf(tx, actor, await recordSession(tx, actor, request.params.caseId, request.body, ctx), ctx.now));
      return reply.status(201).send(created);
    },
  );

  route.post(
    "/api/sessions/batch",
    { schema: { tags, summary: "Record a worker's day: several sessions at once, all or nothing", body: recordDayBodySchema, response: { 201: recordedDaySchema, ...errors } } },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const ctx = context(request.id);
      const items = await inTransaction(db, async (tx) => {
        const stored = await recordDay(tx, actor, request.body, ctx);
        return Promise.all(stored.map((recorded) => summaryOf(tx, actor, recorded, ctx.now)));
      });
      return reply.status(201).send({ items });
    },
  );

  route.get(
    "/api/sessions/:sessionId",
    { schema: { tags, summary: "One session with its notes (every read audited, refused ones too)", params: sessionParamsSchema, response: { 200: sessionDetailSchema, ...errors } } },
    async (request) => {
      const actor = requireActor(request.actor);
      try {
        return await inTransaction(db, (tx) => readSession(tx, actor, request.params.sessionId, context(request.id)));
      } catch (error) {
        if (error instanceof AppError && error.code === "not_found") await recordRefusedRead(db, actor, request.params.sessionId, { requestId: request.id });
        throw error;
      }
    },
  );

  route.put(
    "/api/sessions/:sessionId",
    { schema: { tags, summary: "Record attendance, write the notes up or correct a session (with the version seen)", params: sessionParamsSchema, body: updateSessionBodySchema, response: { 200: sessionSummarySchema, ...errors } } },
    async (request) => {
      const actor = requireActor(request.actor);
      const ctx = context(request.id);
      return inTransaction(db, async (tx) => summaryOf(tx, actor, await updateSession(tx, actor, request.params.sessionId, request.body, ctx), ctx.now));
    },
  );

  route.get(
    "/api/me/sessions",
    { schema: { tags, summary: "The signed-in worker's sessions in a window of days (at most 62; the coming week by default)", querystring: myCalendarQuerySchema, response: { 200: myCalendarSchema, ...errors } } },
    async (request) => inTransaction(db, (tx) => myCalendar(tx, requireActor(request.actor), request.query, context(request.id))),
  );
}
