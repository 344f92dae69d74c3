/**
 * HTTP routes for contracts: the list (of one funder, when asked), adding one, its page with its
 * KPIs, changing it, and the choices its forms offer. Administrators only.
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  contractListQuerySchema,
  contractListSchema,
  contractOptionsSchema,
  contractPageSchema,
  contractParamsSchema,
  contractSchema,
  createContractBodySchema,
  updateContractBodySchema,
} from "../../../core/api/reporting-contracts.js";
import { actorAllowedBy } from "../../authz/authorize.js";
import { inTransaction, type Db } from "../../db/client.js";
import type { Actor } from "../../http/context.js";
import { errorResponses as errors } from "../../http/route-schema.js";
import type { FunderKind } from "../../../core/reporting/contracts.js";
import { listProgrammes } from "../../programmes/catalogue.js";
import { canManageReporting } from "../policy.js";
import { createContract } from "./create-contract.js";
import { presentContract, presentKpi } from "./presenter.js";
import { commissionersOf, contractsOf, findContractFor, fundersOf, kpisOf, maxContractsListed, sitesOf } from "./queries.js";
import { updateContract } from "./update-contract.js";

async function contractView(db: Db, actor: Actor, contractId: string) {
  const contract = await findContractFor(db, actor, contractId);
  const [row] = await contractsOf(db, actor.organisationId, { contractIds: [contract.id] });
  return presentContract(row!);
}

export function contractRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["reporting"];
  const { db } = app.deps;
  const context = (requestId: string) => ({ now: app.deps.now(), requestId });
  const manager = actorAllowedBy(canManageReporting, "Only administrators keep the organisation's contracts.");

  route.get(
    "/api/reporting/contract-options",
    { schema: { tags, summary: "What the contract forms offer: sites, programmes, funders and commissioner accounts", response: { 200: contractOptionsSchema, ...errors } } },
    async (request) => {
      const actor = manager(request.actor);
      const [sites, programmes, funders, commissioners] = await Promise.all([sitesOf(db, actor.organisationId), listProgrammes(db, actor.organisationId), fundersOf(db, actor.organisationId, { includeInactive: true }), commissionersOf(db, actor.organisationId)]);
      return {
        sites,
        programmes: programmes.map((programme) => ({ code: programme.key, title: programme.title, isRetired: programme.isRetired })),
        funders: funders.map(({ funder }) => ({ id: funder.id, name: funder.name, kind: funder.kind as FunderKind, isActive: funder.isActive })),
        commissioners,
      };
    },
  );

  route.get(
    "/api/reporting/contracts",
    { schema: { tags, summary: "The organisation's contracts, newest first, of one funder when asked", querystring: contractListQuerySchema, response: { 200: contractListSchema, ...errors } } },
    async (request) => {
      const actor = manager(request.actor);
      const rows = await contractsOf(db, actor.organisationId, { funderId: request.query.funderId });
      return { items: rows.slice(0, maxContractsListed).map(presentContract), isTruncated: rows.length > maxContractsListed };
    },
  );

  route.post(
    "/api/reporting/contracts",
    { schema: { tags, summary: "Add a contract: funder, value, period, sites and programmes covered (audited)", body: createContractBodySchema, response: { 201: contractSchema, ...errors } } },
    async (request, reply) => {
      const actor = manager(request.actor);
      const created = await inTransaction(db, async (tx) => contractView(tx, actor, await createContract(tx, actor, request.body, context(request.id))));
      return reply.status(201).send(created);
    },
  );

  route.get(
    "/api/reporting/contracts/:contractId",
    { schema: { tags, summary: "A contract with its KPIs and their quarterly targets", params: contractParamsSchema, response: { 200: contractPageSchema, ...errors } } },
    async (request) => {
      const actor = manager(request.actor);
      const contract = await contractView(db, actor, request.params.contractId);
      return { contract, kpis: (await kpisOf(db, contract.id)).map(presentKpi) };
    },
  );

  route.put(
    "/api/reporting/contracts/:contractId",
    { schema: { tags, summary: "Change a contract with the version seen (audited)", params: contractParamsSchema, body: updateContractBodySchema, response: { 200: contractSchema, ...errors } } },
    async (request) => {
      const actor = manager(request.actor);
      return inTransaction(db, async (tx) => {
        await updateContract(tx, actor, request.params.contractId, request.body, context(request.id));
        return contractView(tx, actor, request.params.contractId);
      });
    },
  );
}
