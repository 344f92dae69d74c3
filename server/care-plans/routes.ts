/** HTTP routes for a case's care plan: read it, start it, revise it, review it, and print the client's summary. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  carePlanSchema,
  carePlanStartingPointsSchema,
  carePlanSummaryQuerySchema,
  carePlanVersionParamsSchema,
  carePlanVersionSchema,
  createCarePlanBodySchema,
  reviewCarePlanBodySchema,
  reviseCarePlanBodySchema,
} from "../../core/api/care-plans.js";
import { caseParamsSchema } from "../../core/api/cases.js";
import { errorBodySchema } from "../../core/api/common.js";
import { requireActor } from "../authz/authorize.js";
import { inTransaction, type Db } from "../db/client.js";
import type { Actor } from "../http/context.js";
import { errorResponses } from "../http/route-schema.js";
import { createCarePlan, type WriteContext } from "./create-care-plan.js";
import { renderSummary } from "./pdf/render-summary.js";
import { prepareCarePlanSummary } from "./print-summary.js";
import { readCarePlan, readCarePlanVersion } from "./read-care-plan.js";
import { reviewCarePlan } from "./review-care-plan.js";
import { reviseCarePlanOnCase } from "./revise-care-plan.js";
import { carePlanStartingPoints } from "./starting-points.js";

export function carePlanRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["care plans"];
  const { db, vault } = app.deps;
  const context = (requestId: string): WriteContext => ({ vault, now: app.deps.now(), requestId });
  const path = "/api/cases/:caseId/care-plan";

  route.get(
    path,
    { schema: { tags, summary: "A case's care plan: the current version, earlier versions, reviews and the next review (audited); plan is null until one is started", params: caseParamsSchema, response: { 200: carePlanSchema, ...errorResponses } } },
    async (request) => inTransaction(db, (tx) => readCarePlan(tx, requireActor(request.actor), request.params.caseId, context(request.id))),
  );

  /** A change to the plan that answers with the plan as it now is. */
  function change<Body extends z.ZodType>(url: string, summary: string, body: Body, run: (tx: Db, actor: Actor, caseId: string, input: z.infer<Body>, ctx: WriteContext) => Promise<void>): void {
    // 422: well-formed, but naming things that do not fit (an unknown type, a worker who cannot see the case, a goal not in the plan).
    route.post(url, { schema: { tags, summary, params: caseParamsSchema, body, response: { 201: carePlanSchema, ...errorResponses, 422: errorBodySchema } } }, async (request, reply) => {
      const actor = requireActor(request.actor);
      const plan = await inTransaction(db, async (tx) => {
        await run(tx, actor, request.params.caseId, request.body as z.infer<Body>, context(request.id));
        return readCarePlan(tx, actor, request.params.caseId, context(request.id));
      });
      return reply.status(201).send(plan);
    });
  }

  change(path, "Start a case's care plan (its first version), built from the assessment", createCarePlanBodySchema, createCarePlan);
  change(`${path}/versions`, "Revise the care plan: a new version with the reason (the earlier ones are kept; 409 if it changed meanwhile)", reviseCarePlanBodySchema, reviseCarePlanOnCase);
  change(`${path}/reviews`, "Review the care plan: progress on each goal and the next review date", reviewCarePlanBodySchema, reviewCarePlan);

  route.get(
    `${path}/versions/:version`,
    { schema: { tags, summary: "One version of the care plan as it was written (audited)", params: carePlanVersionParamsSchema, response: { 200: carePlanVersionSchema, ...errorResponses } } },
    async (request) => inTransaction(db, (tx) => readCarePlanVersion(tx, requireActor(request.actor), request.params.caseId, request.params.version, context(request.id))),
  );

  route.get(
    `${path}/starting-points`,
    {
      schema: {
        tags,
        summary: "What a new plan can start from: goals for the areas of need the latest assessment found, fitting intervention types, and who can deliver them (audited)",
        params: caseParamsSchema,
        response: { 200: carePlanStartingPointsSchema, ...errorResponses },
      },
    },
    async (request) => inTransaction(db, (tx) => carePlanStartingPoints(tx, requireActor(request.actor), request.params.caseId, { now: app.deps.now(), requestId: request.id })),
  );

  route.get(
    `${path}/summary.pdf`,
    {
      schema: {
        tags,
        summary: "The client's summary of the plan as a PDF, in their preferred language unless another is asked for (audited as printed)",
        params: caseParamsSchema,
        querystring: carePlanSummaryQuerySchema,
        produces: ["application/pdf"],
        response: { 200: z.string().meta({ format: "binary", description: "The summary as a PDF document." }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const { model, organisationName } = await inTransaction(db, (tx) => prepareCarePlanSummary(tx, actor, request.params.caseId, request.query.language, context(request.id)));
      const pdf = await renderSummary(model, { organisationName });
      // Opened in the browser to print; the file name carries no reference. Fastify sends a Buffer as
      // it is (no serialiser runs), so the bytes leave untouched; the schema above documents them.
      return reply.type("application/pdf").header("content-disposition", `inline; filename="support-plan-${model.language}.pdf"`).send(pdf as unknown as string);
    },
  );
}
