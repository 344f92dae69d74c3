/**
 * HTTP routes for the unit costs of the organisation's services: the list with what the records
 * suggest beside each, adding, changing and removing one. Administrators only.
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { noBodySchema } from "../../core/api/common.js";
import { createUnitCostBodySchema, unitCostListSchema, unitCostParamsSchema, unitCostSchema, updateUnitCostBodySchema } from "../../core/api/funding.js";
import { actorAllowedBy } from "../authz/authorize.js";
import { inTransaction } from "../db/client.js";
import { errorResponses as errors } from "../http/route-schema.js";
import { costSuggestionsOf, suggestionWindow } from "./cost-suggestions.js";
import { createUnitCost } from "./create-unit-cost.js";
import { canManageFunding } from "./policy.js";
import { presentUnitCost } from "./presenter.js";
import { findUnitCostFor, unitCostsOf } from "./queries.js";
import { removeUnitCost } from "./remove-unit-cost.js";
import { updateUnitCost } from "./update-unit-cost.js";

export function unitCostRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["funding"];
  const { db } = app.deps;
  const context = (requestId: string) => ({ now: app.deps.now(), requestId });
  const manager = actorAllowedBy(canManageFunding, "Only administrators keep the organisation's unit costs.");

  route.get(
    "/api/funding/unit-costs",
    { schema: { tags, summary: "The unit costs of the organisation's services, and what its records of the last twelve whole months suggest for each derivation", response: { 200: unitCostListSchema, ...errors } } },
    async (request) => {
      const actor = manager(request.actor);
      const months = suggestionWindow(app.deps.now());
      const [rows, suggestions] = await Promise.all([unitCostsOf(db, actor.organisationId), costSuggestionsOf(db, actor.organisationId, months)]);
      return { items: rows.map(presentUnitCost), months, suggestions };
    },
  );

  route.post(
    "/api/funding/unit-costs",
    { schema: { tags, summary: "Add the unit cost of one of the organisation's services (audited)", body: createUnitCostBodySchema, response: { 201: unitCostSchema, ...errors } } },
    async (request, reply) => {
      const actor = manager(request.actor);
      const created = await inTransaction(db, async (tx) => presentUnitCost(await findUnitCostFor(tx, actor, await createUnitCost(tx, actor, request.body, context(request.id)))));
      return reply.status(201).send(created);
    },
  );

  route.put(
    "/api/funding/unit-costs/:unitCostId",
    { schema: { tags, summary: "Change a unit cost with the version seen (audited)", params: unitCostParamsSchema, body: updateUnitCostBodySchema, response: { 200: unitCostSchema, ...errors } } },
    async (request) => {
      const actor = manager(request.actor);
      return inTransaction(db, async (tx) => {
        await updateUnitCost(tx, actor, request.params.unitCostId, request.body, context(request.id));
        return presentUnitCost(await findUnitCostFor(tx, actor, request.params.unitCostId));
      });
    },
  );

  route.delete(
    "/api/funding/unit-costs/:unitCostId",
    { schema: { tags, summary: "Remove a unit cost (audited)", params: unitCostParamsSchema, body: noBodySchema, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      const actor = manager(request.actor);
      await inTransaction(db, (tx) => removeUnitCost(tx, actor, request.params.unitCostId, context(request.id)));
      return reply.status(204).send(null);
    },
  );
}
