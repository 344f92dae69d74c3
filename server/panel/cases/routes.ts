/** HTTP routes for a case as the panel sees it: the redacted summary, recording the decision, and the actions that follow. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { errorBodySchema } from "../../../core/api/common.js";
import { decisionViewSchema, meetingCaseParamsSchema, panelCaseSchema, recordDecisionBodySchema } from "../../../core/api/panel.js";
import { requireActor } from "../../authz/authorize.js";
import { inTransaction } from "../../db/client.js";
import type { Actor } from "../../http/context.js";
import { errorResponses } from "../../http/route-schema.js";
import { panelPdfRoutes } from "../pdf/routes.js";
import { actionRoutes } from "./action-routes.js";
import { PanelCaseRefused, readPanelCase, recordRefusedPanelCase, type PanelCaseContext } from "./read-panel-case.js";
import { recordPanelDecision } from "./record-decision.js";

export function panelCaseRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["panel"];
  const { db, vault } = app.deps;
  const errors = { ...errorResponses, 422: errorBodySchema };
  const context = (requestId: string): PanelCaseContext => ({ vault, now: app.deps.now(), requestId });
  const path = "/api/panel/meetings/:meetingId/cases/:caseId";

  /** Runs `work`; a refusal is audited in its own transaction with its reason, then answered as "not found". */
  async function auditingRefusals<T>(actor: Actor, params: { meetingId: string; caseId: string }, attempt: "read" | "decision", requestId: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof PanelCaseRefused) await recordRefusedPanelCase(db, actor, params.meetingId, params.caseId, error.reason, { requestId, attempt });
      throw error;
    }
  }

  route.get(
    path,
    { schema: { tags, summary: "An agenda case as the panel reads it: the redacted summary only (every view audited; refused views are audited and answered as not found)", params: meetingCaseParamsSchema, response: { 200: panelCaseSchema, ...errors } } },
    async (request) => {
      const actor = requireActor(request.actor);
      const ctx = context(request.id);
      return auditingRefusals(actor, request.params, "read", request.id, () => inTransaction(db, (tx) => readPanelCase(tx, actor, request.params.meetingId, request.params.caseId, ctx)));
    },
  );

  route.post(
    `${path}/decision`,
    { schema: { tags, summary: "Record the panel's decision on an agenda case, with its actions and any referral", params: meetingCaseParamsSchema, body: recordDecisionBodySchema, response: { 201: decisionViewSchema, ...errors } } },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const ctx = context(request.id);
      const { meetingId, caseId } = request.params;
      const decision = await auditingRefusals(actor, request.params, "decision", request.id, () => inTransaction(db, (tx) => recordPanelDecision(tx, actor, meetingId, caseId, request.body, ctx)));
      return reply.status(201).send(decision);
    },
  );

  actionRoutes(app);
  panelPdfRoutes(app);
}
