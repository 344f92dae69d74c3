/**
 * HTTP routes for social-value calculations: what the form offers, running one for a scope and
 * period (stored whole, audited), the calculations made (the versions of one scope), one with its
 * drill-down, whether it reproduces, how it moves with its assumptions, and its printed report.
 * Administrators only: a calculation holds true outcome counts. Another organisation's
 * calculation, and any calculation for anyone else, is "not found".
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  calculationListSchema,
  calculationParamsSchema,
  calculationSchema,
  calculationsQuerySchema,
  reproductionSchema,
  runCalculationBodySchema,
  sensitivitySchema,
  socialValueOptionsSchema,
} from "../../core/api/social-value.js";
import { sensitivityOf } from "../../core/social-value/index.js";
import { actorAllowedBy, requireActor } from "../authz/authorize.js";
import { inTransaction, type Db } from "../db/client.js";
import { errorResponses as errors } from "../http/route-schema.js";
import { findCalculationFor, listCalculations, type CalculationRow } from "./calculation-queries.js";
import { presentCalculation, presentCalculationSummary } from "./calculation-presenter.js";
import { scopeNamer } from "./calculation-scope.js";
import { ensureSocialValueDefaults } from "./defaults.js";
import { outcomeLabelsOf, socialValueOptions } from "./options.js";
import { canManageSocialValue } from "./policy.js";
import { reportPdfReply } from "./report-pdf-reply.js";
import { reproductionOf } from "./reproduce-calculation.js";
import { runCalculation } from "./run-calculation.js";

const contractIdsOf = (rows: readonly CalculationRow[]) => [...new Set(rows.flatMap((row) => (row.contractId ? [row.contractId] : [])))];

/** A stored calculation as the report page shows it, with its scope's names and the outcomes' own labels. */
export async function calculationView(db: Db, row: CalculationRow) {
  const [namesOf, outcomeLabels] = await Promise.all([scopeNamer(db, row.organisationId, contractIdsOf([row])), outcomeLabelsOf(db, row.organisationId)]);
  return presentCalculation(row, namesOf(row.scope), outcomeLabels);
}

export function calculationRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["social value"];
  const { db } = app.deps;
  const manager = actorAllowedBy(canManageSocialValue, "Only administrators run and read social-value calculations.");
  const params = calculationParamsSchema;

  route.get(
    "/api/social-value/options",
    { schema: { tags, summary: "What a calculation may cover: the sites, programmes and contracts, and the last whole month and financial year", response: { 200: socialValueOptionsSchema, ...errors } } },
    async (request) => socialValueOptions(db, manager(request.actor), app.deps.now()),
  );

  route.post(
    "/api/social-value/calculations",
    {
      schema: {
        tags,
        summary: "Run a calculation for a scope and period with the current catalogue, mappings and settings, the cost from recorded spend or entered; stored as the scope's next version (audited)",
        body: runCalculationBodySchema,
        response: { 201: calculationSchema, ...errors },
      },
    },
    async (request, reply) => {
      const actor = manager(request.actor);
      const made = await inTransaction(db, async (tx) => {
        await ensureSocialValueDefaults(tx, actor.organisationId);
        const calculationId = await runCalculation(tx, actor, request.body, { now: app.deps.now(), requestId: request.id });
        return calculationView(tx, await findCalculationFor(tx, actor, calculationId));
      });
      return reply.status(201).send(made);
    },
  );

  route.get(
    "/api/social-value/calculations",
    { schema: { tags, summary: "Calculations made, newest first; with a scope key, the versions of that scope and period", querystring: calculationsQuerySchema, response: { 200: calculationListSchema, ...errors } } },
    async (request) => {
      const actor = manager(request.actor);
      const rows = await listCalculations(db, actor.organisationId, request.query.scopeKey);
      const namesOf = await scopeNamer(db, actor.organisationId, contractIdsOf(rows));
      return { calculations: rows.map((row) => presentCalculationSummary(row, namesOf(row.scope))) };
    },
  );

  route.get(
    "/api/social-value/calculations/:calculationId",
    {
      schema: {
        tags,
        summary: "A calculation whole: every figure with the outcome counts (never who), the catalogue entry versions and the mapping's parameters it was worked from, and the commissioner's version",
        params,
        response: { 200: calculationSchema, ...errors },
      },
    },
    async (request) => calculationView(db, await findCalculationFor(db, requireActor(request.actor), request.params.calculationId)),
  );

  route.get(
    "/api/social-value/calculations/:calculationId/reproduction",
    {
      schema: {
        tags,
        summary: "Whether a stored calculation comes out the same when worked again from what it kept, whatever has changed in the catalogue since, and any figure that differs",
        params,
        response: { 200: reproductionSchema, ...errors },
      },
    },
    async (request) => reproductionOf(await findCalculationFor(db, requireActor(request.actor), request.params.calculationId)),
  );

  route.get(
    "/api/social-value/calculations/:calculationId/sensitivity",
    { schema: { tags, summary: "How the net present value moves when deadweight, attribution and drop-off each vary by −50% to +50%, for a chart", params, response: { 200: sensitivitySchema, ...errors } } },
    async (request) => ({ series: sensitivityOf((await findCalculationFor(db, requireActor(request.actor), request.params.calculationId)).result) }),
  );

  route.get(
    "/api/social-value/calculations/:calculationId/pdf",
    {
      schema: {
        tags,
        summary: "The calculation's printed report: the commissioner's version, every count through the disclosure engine",
        params,
        produces: ["application/pdf"],
        response: { 200: z.string().meta({ format: "binary" }), ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const row = await findCalculationFor(db, actor, request.params.calculationId);
      return reportPdfReply(db, reply, row, actor.organisationName);
    },
  );
}
