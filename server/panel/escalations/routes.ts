/**
 * HTTP routes for escalations: a case's escalations and escalating it, the site's queue for its
 * safeguarding leads and team managers, one escalation (every read audited, refused ones too), its
 * steps, and the note excerpts chosen for the panel. The panel dashboard is registered from here.
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { errorBodySchema } from "../../../core/api/common.js";
import { caseParamsSchema } from "../../../core/api/cases.js";
import {
  caseEscalationListSchema,
  escalateBodySchema,
  escalationDetailSchema,
  escalationEventBodySchema,
  escalationListQuerySchema,
  escalationParamsSchema,
  escalationPreviewSchema,
  escalationQueueSchema,
  excerptsBodySchema,
} from "../../../core/api/panel.js";
import { requireActor } from "../../authz/authorize.js";
import { inTransaction } from "../../db/client.js";
import { AppError } from "../../http/errors.js";
import { errorResponses } from "../../http/route-schema.js";
import { dashboardRoutes } from "../dashboard/routes.js";
import { applyEscalationEvent } from "./apply-event.js";
import { chooseExcerpts } from "./choose-excerpts.js";
import { escalateCase } from "./escalate-case.js";
import { escalationDetail } from "./escalation-detail.js";
import { listCaseEscalations } from "./list-case-escalations.js";
import { panelSiteOf } from "./policy.js";
import { presentEscalationSummary } from "./presenter.js";
import { liveStates, siteQueue } from "./queries.js";
import { readEscalation, recordRefusedEscalationRead } from "./read-escalation.js";
import type { PanelContext } from "./store.js";
import { previewEscalation } from "./warnings.js";

export function escalationRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["panel"];
  const { db, vault } = app.deps;
  const context = (requestId: string): PanelContext => ({ vault, now: app.deps.now(), requestId });
  const errors = { ...errorResponses, 422: errorBodySchema };
  const detail = { 200: escalationDetailSchema, ...errors };

  route.get(
    "/api/cases/:caseId/escalations",
    { schema: { tags, summary: "A case's escalations to the panel, and whether the viewer may escalate it now", params: caseParamsSchema, response: { 200: caseEscalationListSchema, ...errors } } },
    async (request) => listCaseEscalations(db, requireActor(request.actor), request.params.caseId, app.deps.now()),
  );

  route.post(
    "/api/cases/:caseId/escalations",
    { schema: { tags, summary: "Escalate a case to the panel (urgent: the site's safeguarding leads are alerted at once)", params: caseParamsSchema, body: escalateBodySchema, response: { 201: escalationDetailSchema, ...errors } } },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const ctx = context(request.id);
      const created = await inTransaction(db, async (tx) => escalationDetail(tx, actor, await escalateCase(tx, actor, request.params.caseId, request.body, ctx), ctx));
      return reply.status(201).send(created);
    },
  );

  route.post(
    "/api/cases/:caseId/escalations/preview",
    { schema: { tags, summary: "Check an escalation's texts for the client's name, date of birth, address or contact details before escalating (nothing is saved)", params: caseParamsSchema, body: escalateBodySchema, response: { 200: escalationPreviewSchema, ...errors } } },
    async (request) => previewEscalation(db, requireActor(request.actor), request.params.caseId, request.body, { vault, now: app.deps.now() }),
  );

  route.get(
    "/api/panel/escalations",
    { schema: { tags, summary: "A site's escalations for its safeguarding leads and team managers: urgent first, then the longest waiting", querystring: escalationListQuerySchema, response: { 200: escalationQueueSchema, ...errors } } },
    async (request) => {
      const actor = requireActor(request.actor);
      const siteId = panelSiteOf(actor, request.query.siteId);
      const states = request.query.state ? [request.query.state] : liveStates;
      return { items: (await siteQueue(db, actor, siteId, states, app.deps.now())).map(presentEscalationSummary) };
    },
  );

  route.get(
    "/api/panel/escalations/:escalationId",
    { schema: { tags, summary: "One escalation with its texts, history and decision (every read audited, refused ones too)", params: escalationParamsSchema, response: detail } },
    async (request) => {
      const actor = requireActor(request.actor);
      try {
        return await inTransaction(db, (tx) => readEscalation(tx, actor, request.params.escalationId, context(request.id)));
      } catch (error) {
        if (error instanceof AppError && error.code === "not_found") await recordRefusedEscalationRead(db, actor, request.params.escalationId, { requestId: request.id });
        throw error;
      }
    },
  );

  route.post(
    "/api/panel/escalations/:escalationId/events",
    { schema: { tags, summary: "Accept, return, resubmit, move, take off an agenda or withdraw (with the version seen)", params: escalationParamsSchema, body: escalationEventBodySchema, response: detail } },
    async (request) => {
      const actor = requireActor(request.actor);
      const ctx = context(request.id);
      return inTransaction(db, async (tx) => escalationDetail(tx, actor, await applyEscalationEvent(tx, actor, request.params.escalationId, request.body, ctx), ctx));
    },
  );

  route.put(
    "/api/panel/escalations/:escalationId/excerpts",
    { schema: { tags, summary: "The session-note passages the panel may read, each found word for word in its notes (the safeguarding lead)", params: escalationParamsSchema, body: excerptsBodySchema, response: detail } },
    async (request) => {
      const actor = requireActor(request.actor);
      const ctx = context(request.id);
      return inTransaction(db, async (tx) => escalationDetail(tx, actor, await chooseExcerpts(tx, actor, request.params.escalationId, request.body, ctx), ctx));
    },
  );

  dashboardRoutes(app);
}
