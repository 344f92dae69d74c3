/** HTTP routes for assessments: on a case, one response and its workflow, its FHIR export, and a client's outcomes. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  amendAssessmentBodySchema,
  approveAssessmentBodySchema,
  assessmentDetailSchema,
  assessmentParamsSchema,
  caseAssessmentListSchema,
  clientOutcomesParamsSchema,
  clientOutcomesSchema,
  draftSavedSchema,
  returnAssessmentBodySchema,
  saveDraftBodySchema,
  startAssessmentBodySchema,
  submitAssessmentBodySchema,
} from "../../core/api/assessments.js";
import { caseParamsSchema } from "../../core/api/cases.js";
import { requireActor } from "../authz/authorize.js";
import { inTransaction, type Db } from "../db/client.js";
import type { Actor } from "../http/context.js";
import { errorResponses } from "../http/route-schema.js";
import { clientOutcomes } from "./outcomes.js";
import { assessmentAsFhir, listCaseAssessments, readAssessment } from "./read-assessments.js";
import {
  amendAssessment,
  approveAssessment,
  discardDraft,
  returnAssessment,
  saveDraft,
  startAssessment,
  submitAssessment,
  type WorkflowContext,
} from "./workflow.js";

export function assessmentRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["assessments"];
  const { db, vault } = app.deps;
  const context = (requestId: string): WorkflowContext => ({ vault, now: app.deps.now(), requestId });
  const detail = { 200: assessmentDetailSchema, ...errorResponses };

  route.get(
    "/api/cases/:caseId/assessments",
    { schema: { tags, summary: "A case's assessments, and the re-assessments its schedule says are due", params: caseParamsSchema, response: { 200: caseAssessmentListSchema, ...errorResponses } } },
    async (request) => listCaseAssessments(db, requireActor(request.actor), request.params.caseId, app.deps.now()),
  );

  route.post(
    "/api/cases/:caseId/assessments",
    { schema: { tags, summary: "Start an assessment on a case (a draft, on the instrument's latest version)", params: caseParamsSchema, body: startAssessmentBodySchema, response: { 201: assessmentDetailSchema, ...errorResponses } } },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const created = await inTransaction(db, async (tx) => {
        const id = await startAssessment(tx, actor, request.params.caseId, request.body, context(request.id));
        return readAssessment(tx, actor, id, context(request.id));
      });
      return reply.status(201).send(created);
    },
  );

  route.get(
    "/api/assessments/:assessmentId",
    { schema: { tags, summary: "One assessment with its answers, against the instrument version it used (audited)", params: assessmentParamsSchema, response: detail } },
    async (request) => inTransaction(db, (tx) => readAssessment(tx, requireActor(request.actor), request.params.assessmentId, context(request.id))),
  );

  route.put(
    "/api/assessments/:assessmentId/draft",
    { schema: { tags, summary: "Save a draft's answers (autosave); answers the scores, flags and suggestion", params: assessmentParamsSchema, body: saveDraftBodySchema, response: { 200: draftSavedSchema, ...errorResponses } } },
    async (request) => {
      const actor = requireActor(request.actor);
      return inTransaction(db, (tx) => saveDraft(tx, actor, request.params.assessmentId, request.body, context(request.id)));
    },
  );

  /** A step in an assessment's workflow that answers with the assessment as it now is. */
  function step<Body extends z.ZodType>(path: string, summary: string, body: Body, run: (tx: Db, actor: Actor, id: string, input: z.infer<Body>, ctx: WorkflowContext) => Promise<void>): void {
    route.post(
      `/api/assessments/:assessmentId/${path}`,
      { schema: { tags, summary, params: assessmentParamsSchema, body, response: detail } },
      async (request) => {
        const actor = requireActor(request.actor);
        return inTransaction(db, async (tx) => {
          await run(tx, actor, request.params.assessmentId, request.body as z.infer<Body>, context(request.id));
          return readAssessment(tx, actor, request.params.assessmentId, context(request.id));
        });
      },
    );
  }

  step("submit", "Submit a complete assessment (it can no longer change; flags alert the team)", submitAssessmentBodySchema, submitAssessment);
  step("approve", "Approve a submitted assessment (a manager other than its author; the decided tier takes effect)", approveAssessmentBodySchema, approveAssessment);
  step("return", "Return a submitted assessment for correction, with the reason", returnAssessmentBodySchema, returnAssessment);

  route.post(
    "/api/assessments/:assessmentId/amendments",
    { schema: { tags, summary: "Correct a submitted assessment: a new draft linked to it (both are kept)", params: assessmentParamsSchema, body: amendAssessmentBodySchema, response: { 201: assessmentDetailSchema, ...errorResponses } } },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const created = await inTransaction(db, async (tx) => {
        const id = await amendAssessment(tx, actor, request.params.assessmentId, request.body, context(request.id));
        return readAssessment(tx, actor, id, context(request.id));
      });
      return reply.status(201).send(created);
    },
  );

  route.delete(
    "/api/assessments/:assessmentId",
    { schema: { tags, summary: "Discard a draft (a submitted assessment is never removed)", params: assessmentParamsSchema, response: { 204: z.null(), ...errorResponses } } },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      await inTransaction(db, (tx) => discardDraft(tx, actor, request.params.assessmentId, context(request.id)));
      return reply.status(204).send(null);
    },
  );

  route.get(
    "/api/assessments/:assessmentId/fhir",
    {
      schema: {
        tags,
        summary: "The assessment as a FHIR R4 QuestionnaireResponse (the client by reference only; audited)",
        params: assessmentParamsSchema,
        response: { 200: z.record(z.string(), z.unknown()), ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const resource = await inTransaction(db, (tx) => assessmentAsFhir(tx, actor, request.params.assessmentId, context(request.id)));
      void reply.header("content-disposition", `attachment; filename="assessment-${request.params.assessmentId}.questionnaire-response.json"`);
      return resource as unknown as Record<string, unknown>;
    },
  );

  route.get(
    "/api/clients/:clientId/outcomes",
    { schema: { tags, summary: "A client's scores over time and their vulnerability profile first against latest (audited)", params: clientOutcomesParamsSchema, response: { 200: clientOutcomesSchema, ...errorResponses } } },
    async (request) => inTransaction(db, (tx) => clientOutcomes(tx, requireActor(request.actor), request.params.clientId, { now: app.deps.now(), requestId: request.id })),
  );
}
