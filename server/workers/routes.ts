/**
 * HTTP routes for workers: a site's workers and one worker's profile, conflicts of interest on a
 * case, matching workers to a case, and a site's caseload dashboard.
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { caseParamsSchema } from "../../core/api/cases.js";
import { noBodySchema } from "../../core/api/common.js";
import {
  caseloadParamsSchema,
  caseloadSchema,
  conflictListSchema,
  conflictParamsSchema,
  recordConflictBodySchema,
  saveWorkerProfileBodySchema,
  workerDetailSchema,
  workerListQuerySchema,
  workerListSchema,
  workerMatchesSchema,
  workerParamsSchema,
} from "../../core/api/workers.js";
import { requireActor } from "../authz/authorize.js";
import { inTransaction } from "../db/client.js";
import { errorResponses } from "../http/route-schema.js";
import { readCaseload } from "./caseload.js";
import { listConflicts } from "./list-conflicts.js";
import { listWorkers } from "./list-workers.js";
import { matchWorkersForCase } from "./match-workers.js";
import { readWorker } from "./read-worker.js";
import { recordConflict } from "./record-conflict.js";
import { saveWorkerProfile } from "./save-worker-profile.js";
import { withdrawConflict } from "./withdraw-conflict.js";

export function workerRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["workers"];
  const { db, vault } = app.deps;
  const context = (requestId: string) => ({ vault, now: app.deps.now(), requestId });
  const conflictList = { 200: conflictListSchema, ...errorResponses };

  route.get(
    "/api/workers",
    { schema: { tags, summary: "The people who deliver support at a site, with profile, open caseload and vetting (managers there, administrators)", querystring: workerListQuerySchema, response: { 200: workerListSchema, ...errorResponses } } },
    async (request) => ({ items: await listWorkers(db, requireActor(request.actor), request.query.siteId, app.deps.now()) }),
  );

  route.get(
    "/api/workers/:userId",
    { schema: { tags, summary: "One worker's profile (the worker, managers at their sites, administrators)", params: workerParamsSchema, response: { 200: workerDetailSchema, ...errorResponses } } },
    async (request) => readWorker(db, requireActor(request.actor), request.params.userId, app.deps.now()),
  );

  route.put(
    "/api/workers/:userId",
    { schema: { tags, summary: "Save a worker's profile: languages, gender, specialisms, caseload limit, DBS vetting (audited)", params: workerParamsSchema, body: saveWorkerProfileBodySchema, response: { 200: workerDetailSchema, ...errorResponses } } },
    async (request) => {
      const actor = requireActor(request.actor);
      return inTransaction(db, async (tx) => {
        await saveWorkerProfile(tx, actor, request.params.userId, request.body, context(request.id));
        return readWorker(tx, actor, request.params.userId, app.deps.now());
      });
    },
  );

  route.get(
    "/api/cases/:caseId/conflicts",
    { schema: { tags, summary: "Conflicts of interest declared against the case's client (managers; audited)", params: caseParamsSchema, response: conflictList } },
    async (request) => inTransaction(db, (tx) => listConflicts(tx, requireActor(request.actor), request.params.caseId, context(request.id))),
  );

  route.post(
    "/api/cases/:caseId/conflicts",
    { schema: { tags, summary: "Record a worker's conflict of interest with the case's client", params: caseParamsSchema, body: recordConflictBodySchema, response: { 201: conflictListSchema, ...errorResponses } } },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const list = await inTransaction(db, async (tx) => {
        await recordConflict(tx, actor, request.params.caseId, request.body, context(request.id));
        return listConflicts(tx, actor, request.params.caseId, context(request.id));
      });
      return reply.status(201).send(list);
    },
  );

  route.post(
    "/api/cases/:caseId/conflicts/:conflictId/withdraw",
    { schema: { tags, summary: "Withdraw a conflict of interest that no longer holds (it is kept, marked withdrawn)", params: caseParamsSchema.extend(conflictParamsSchema.shape), body: noBodySchema, response: conflictList } },
    async (request) => {
      const actor = requireActor(request.actor);
      return inTransaction(db, async (tx) => {
        await withdrawConflict(tx, actor, request.params.caseId, request.params.conflictId, context(request.id));
        return listConflicts(tx, actor, request.params.caseId, context(request.id));
      });
    },
  );

  route.get(
    "/api/cases/:caseId/worker-matches",
    { schema: { tags, summary: "Workers at the case's site ranked against the client's needs, with the reasons, and those left out and why (managers; audited)", params: caseParamsSchema, response: { 200: workerMatchesSchema, ...errorResponses } } },
    async (request) => inTransaction(db, (tx) => matchWorkersForCase(tx, requireActor(request.actor), request.params.caseId, context(request.id))),
  );

  route.get(
    "/api/sites/:siteId/caseload",
    { schema: { tags, summary: "Per worker at a site: open cases by tier, sessions this month, overdue reviews, unwritten sessions, capacity, vetting (managers there)", params: caseloadParamsSchema, response: { 200: caseloadSchema, ...errorResponses } } },
    async (request) => readCaseload(db, requireActor(request.actor), request.params.siteId, app.deps.now()),
  );
}
