/** HTTP routes for cases: the case list, the case page, transitions, allocation, restriction, break-glass, transfer and its destinations. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  accessGrantBodySchema,
  assignBodySchema,
  assignmentParamsSchema,
  breakGlassBodySchema,
  breakGlassResultSchema,
  caseDetailSchema,
  caseListQuerySchema,
  caseListSchema,
  caseParamsSchema,
  restrictionBodySchema,
  transferBodySchema,
  transferSiteListSchema,
  transitionBodySchema,
} from "../../core/api/cases.js";
import { authorize, requireActor } from "../authz/authorize.js";
import { canListCases, canTransfer } from "./policy.js";
import { inTransaction, type Db } from "../db/client.js";
import type { Actor } from "../http/context.js";
import { errorResponses } from "../http/route-schema.js";
import { findSiteFor, unsafeListOtherSites } from "../sites/queries.js";
import { assignWorker, endAssignment } from "./assign-worker.js";
import { breakGlass } from "./break-glass.js";
import { presentCaseSummary } from "./presenter.js";
import { findCaseFor, listCasesFor } from "./queries.js";
import { readCase } from "./read-case.js";
import { nameOnCase, setRestriction } from "./restrict-case.js";
import { transferCase } from "./transfer-case.js";
import { transitionCase } from "./transition-case.js";

export function caseRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["cases"];
  const { db, vault } = app.deps;
  const context = (requestId: string) => ({ vault, now: app.deps.now(), requestId });
  const detail = { 200: caseDetailSchema, ...errorResponses };

  route.get(
    "/api/cases",
    { schema: { tags, summary: "Cases at a site the caller may see", querystring: caseListQuerySchema, response: { 200: caseListSchema, ...errorResponses } } },
    async (request) => {
      const actor = requireActor(request.actor);
      await findSiteFor(db, actor, request.query.siteId);
      authorize(canListCases(actor, request.query.siteId));
      const { rows, total, keyWorkers } = await listCasesFor(db, actor, request.query, app.deps.now());
      const items = rows.map((row) => presentCaseSummary(row.kase, row.clientReference, keyWorkers.filter((a) => a.caseId === row.kase.id)));
      return { items, total, page: request.query.page, pageSize: request.query.pageSize };
    },
  );

  route.get(
    "/api/cases/:caseId",
    { schema: { tags, summary: "Open a case with its timeline (audited)", params: caseParamsSchema, response: detail } },
    async (request) => inTransaction(db, (tx) => readCase(tx, requireActor(request.actor), request.params.caseId, context(request.id))),
  );

  /** Registers a change to one case that answers with the case as it now is. */
  function caseChange<Body extends z.ZodType>(
    path: string,
    summary: string,
    body: Body,
    run: (tx: Db, actor: Actor, caseId: string, input: z.infer<Body>, ctx: ReturnType<typeof context>) => Promise<void>,
  ): void {
    route.post(
      `/api/cases/:caseId/${path}`,
      { schema: { tags, summary, params: caseParamsSchema, body, response: detail } },
      async (request) => {
        const actor = requireActor(request.actor);
        return inTransaction(db, async (tx) => {
          await run(tx, actor, request.params.caseId, request.body as z.infer<Body>, context(request.id));
          return readCase(tx, actor, request.params.caseId, context(request.id));
        });
      },
    );
  }

  caseChange("transitions", "Move a case to its next state", transitionBodySchema, transitionCase);
  caseChange("assignments", "Assign a worker to a case", assignBodySchema, assignWorker);
  caseChange("restriction", "Restrict a case to named people, or lift the restriction", restrictionBodySchema, setRestriction);
  caseChange("access-grants", "Name a person on a restricted case", accessGrantBodySchema, (tx, actor, caseId, input, ctx) =>
    nameOnCase(tx, actor, caseId, input.userId, ctx),
  );

  route.delete(
    "/api/cases/:caseId/assignments/:userId",
    { schema: { tags, summary: "End a worker's assignment", params: assignmentParamsSchema, response: { 204: z.null(), ...errorResponses } } },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      await inTransaction(db, (tx) => endAssignment(tx, actor, request.params.caseId, request.params.userId, context(request.id)));
      return reply.status(204).send(null);
    },
  );

  route.post(
    "/api/cases/:caseId/break-glass",
    { schema: { tags, summary: "Emergency read access to a case outside your scope (audited, alerts managers)", params: caseParamsSchema, body: breakGlassBodySchema, response: { 201: breakGlassResultSchema, ...errorResponses } } },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const expiresAt = await inTransaction(db, (tx) => breakGlass(tx, actor, request.params.caseId, request.body.reason, context(request.id)));
      return reply.status(201).send({ expiresAt: expiresAt.toISOString() });
    },
  );

  route.get(
    "/api/cases/:caseId/transfer-sites",
    { schema: { tags, summary: "Sites a case could be transferred to (for those who may transfer it)", params: caseParamsSchema, response: { 200: transferSiteListSchema, ...errorResponses } } },
    async (request) => {
      const actor = requireActor(request.actor);
      const { kase, isBreakGlass } = await findCaseFor(db, actor, request.params.caseId, app.deps.now());
      authorize(canTransfer(actor, kase, { isBreakGlass, isKeyWorker: false }));
      // The organisation's other sites, including ones where the caller holds no role.
      return { items: await unsafeListOtherSites(db, actor.organisationId, kase.siteId) };
    },
  );

  route.post(
    "/api/cases/:caseId/transfer",
    { schema: { tags, summary: "Transfer a case to another site, with the client's consent", params: caseParamsSchema, body: transferBodySchema, response: { 204: z.null(), ...errorResponses } } },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      // No case in the answer: after the move the caller may no longer be allowed to see it.
      await inTransaction(db, (tx) => transferCase(tx, actor, request.params.caseId, request.body, context(request.id)));
      return reply.status(204).send(null);
    },
  );
}
