/** HTTP routes for a case's outcomes: read them (who sees the case; audited), and add ones noticed after closure (managers). */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { addCaseOutcomesBodySchema, caseOutcomeListSchema } from "../../core/api/case-outcomes.js";
import { caseParamsSchema } from "../../core/api/cases.js";
import { requireActor } from "../authz/authorize.js";
import { inTransaction } from "../db/client.js";
import { errorResponses } from "../http/route-schema.js";
import { addCaseOutcomes } from "./add-case-outcomes.js";
import { readCaseOutcomes } from "./read-case-outcomes.js";

export function caseOutcomeRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["case outcomes"];
  const { db, vault } = app.deps;
  const context = (requestId: string) => ({ vault, now: app.deps.now(), requestId });

  route.get(
    "/api/cases/:caseId/outcomes",
    { schema: { tags, summary: "What a case achieved: each outcome with its date and evidence (audited)", params: caseParamsSchema, response: { 200: caseOutcomeListSchema, ...errorResponses } } },
    async (request) => inTransaction(db, (tx) => readCaseOutcomes(tx, requireActor(request.actor), request.params.caseId, context(request.id))),
  );

  route.post(
    "/api/cases/:caseId/outcomes",
    {
      schema: {
        tags,
        summary: "Add outcomes noticed after a case closed (a manager at its site; audited)",
        params: caseParamsSchema,
        body: addCaseOutcomesBodySchema,
        response: { 201: caseOutcomeListSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const list = await inTransaction(db, async (tx) => {
        await addCaseOutcomes(tx, actor, request.params.caseId, request.body.outcomes, context(request.id));
        return readCaseOutcomes(tx, actor, request.params.caseId, context(request.id));
      });
      return reply.status(201).send(list);
    },
  );
}
