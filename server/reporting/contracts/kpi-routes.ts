/** HTTP routes for a contract's KPIs: the list, adding one, changing one with its version, removing one. Administrators only. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { noBodySchema } from "../../../core/api/common.js";
import { contractParamsSchema, createKpiBodySchema, kpiListSchema, kpiParamsSchema, kpiSchema, updateKpiBodySchema } from "../../../core/api/reporting-contracts.js";
import { actorAllowedBy } from "../../authz/authorize.js";
import { inTransaction, type Db } from "../../db/client.js";
import type { Actor } from "../../http/context.js";
import { errorResponses as errors } from "../../http/route-schema.js";
import { canManageReporting } from "../policy.js";
import { createKpi } from "./create-kpi.js";
import { deleteKpi } from "./delete-kpi.js";
import { presentKpi } from "./presenter.js";
import { findContractFor, findKpiOf, kpisOf } from "./queries.js";
import { updateKpi } from "./update-kpi.js";

async function kpiView(db: Db, actor: Actor, contractId: string, kpiId: string) {
  return presentKpi(await findKpiOf(db, await findContractFor(db, actor, contractId), kpiId));
}

export function kpiRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["reporting"];
  const { db } = app.deps;
  const context = (requestId: string) => ({ now: app.deps.now(), requestId });
  const manager = actorAllowedBy(canManageReporting, "Only administrators keep contracts' KPIs.");

  route.get(
    "/api/reporting/contracts/:contractId/kpis",
    { schema: { tags, summary: "A contract's KPIs in order, with their quarterly targets", params: contractParamsSchema, response: { 200: kpiListSchema, ...errors } } },
    async (request) => {
      const actor = manager(request.actor);
      const contract = await findContractFor(db, actor, request.params.contractId);
      return { items: (await kpisOf(db, contract.id)).map(presentKpi) };
    },
  );

  route.post(
    "/api/reporting/contracts/:contractId/kpis",
    { schema: { tags, summary: "Add a KPI with its quarterly targets to a contract (audited)", params: contractParamsSchema, body: createKpiBodySchema, response: { 201: kpiSchema, ...errors } } },
    async (request, reply) => {
      const actor = manager(request.actor);
      const { contractId } = request.params;
      const created = await inTransaction(db, async (tx) => kpiView(tx, actor, contractId, await createKpi(tx, actor, contractId, request.body, context(request.id))));
      return reply.status(201).send(created);
    },
  );

  route.put(
    "/api/reporting/contracts/:contractId/kpis/:kpiId",
    { schema: { tags, summary: "Change a KPI or its targets with the version read (audited)", params: kpiParamsSchema, body: updateKpiBodySchema, response: { 200: kpiSchema, ...errors } } },
    async (request) => {
      const actor = manager(request.actor);
      const { contractId, kpiId } = request.params;
      return inTransaction(db, async (tx) => {
        await updateKpi(tx, actor, contractId, kpiId, request.body, context(request.id));
        return kpiView(tx, actor, contractId, kpiId);
      });
    },
  );

  route.delete(
    "/api/reporting/contracts/:contractId/kpis/:kpiId",
    { schema: { tags, summary: "Remove a KPI from a contract (audited)", params: kpiParamsSchema, body: noBodySchema, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      const actor = manager(request.actor);
      await inTransaction(db, (tx) => deleteKpi(tx, actor, request.params.contractId, request.params.kpiId, context(request.id)));
      return reply.status(204).send(null);
    },
  );
}
