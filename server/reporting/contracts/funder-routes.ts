/** HTTP routes for funders: the list, adding one, its page, changing or deactivating it, and the commissioners who sign in for it. Administrators only. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  createFunderBodySchema,
  funderListQuerySchema,
  funderListSchema,
  funderParamsSchema,
  funderSchema,
  setCommissionersBodySchema,
  updateFunderBodySchema,
} from "../../../core/api/reporting-contracts.js";
import { actorAllowedBy } from "../../authz/authorize.js";
import { inTransaction, type Db } from "../../db/client.js";
import type { Actor } from "../../http/context.js";
import { errorResponses as errors } from "../../http/route-schema.js";
import { canManageReporting } from "../policy.js";
import { createFunder } from "./create-funder.js";
import { presentFunder } from "./presenter.js";
import { commissionersOf, findFunderFor, fundersOf } from "./queries.js";
import { setCommissioners } from "./set-commissioners.js";
import { updateFunder } from "./update-funder.js";

/** Funders as the list shows them, each with its commissioners and number of contracts. */
export async function funderViews(db: Db, actor: Actor, options: { includeInactive: boolean; funderIds?: readonly string[] }) {
  const rows = await fundersOf(db, actor.organisationId, options);
  const commissioners = await commissionersOf(db, actor.organisationId);
  return rows.map((row) => presentFunder(row.funder, commissioners.filter((link) => link.funderId === row.funder.id), row.contractCount));
}

async function funderView(db: Db, actor: Actor, funderId: string) {
  const funder = await findFunderFor(db, actor, funderId);
  const [view] = await funderViews(db, actor, { includeInactive: true, funderIds: [funder.id] });
  return view!;
}

export function funderRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["reporting"];
  const { db } = app.deps;
  const context = (requestId: string) => ({ now: app.deps.now(), requestId });
  const manager = actorAllowedBy(canManageReporting, "Only administrators keep the organisation's funders.");

  route.get(
    "/api/reporting/funders",
    { schema: { tags, summary: "The organisation's funders, with their commissioners and number of contracts", querystring: funderListQuerySchema, response: { 200: funderListSchema, ...errors } } },
    async (request) => ({ items: await funderViews(db, manager(request.actor), { includeInactive: request.query.includeInactive }) }),
  );

  route.post(
    "/api/reporting/funders",
    { schema: { tags, summary: "Add a funder (audited)", body: createFunderBodySchema, response: { 201: funderSchema, ...errors } } },
    async (request, reply) => {
      const actor = manager(request.actor);
      const created = await inTransaction(db, async (tx) => funderView(tx, actor, await createFunder(tx, actor, request.body, context(request.id))));
      return reply.status(201).send(created);
    },
  );

  route.get(
    "/api/reporting/funders/:funderId",
    { schema: { tags, summary: "A funder, with its commissioners and number of contracts", params: funderParamsSchema, response: { 200: funderSchema, ...errors } } },
    async (request) => funderView(db, manager(request.actor), request.params.funderId),
  );

  route.put(
    "/api/reporting/funders/:funderId",
    { schema: { tags, summary: "Change a funder, or deactivate or reactivate it, with the version seen (audited)", params: funderParamsSchema, body: updateFunderBodySchema, response: { 200: funderSchema, ...errors } } },
    async (request) => {
      const actor = manager(request.actor);
      return inTransaction(db, async (tx) => {
        await updateFunder(tx, actor, request.params.funderId, request.body, context(request.id));
        return funderView(tx, actor, request.params.funderId);
      });
    },
  );

  route.put(
    "/api/reporting/funders/:funderId/commissioners",
    { schema: { tags, summary: "Set the commissioner accounts that sign in for a funder (audited)", params: funderParamsSchema, body: setCommissionersBodySchema, response: { 200: funderSchema, ...errors } } },
    async (request) => {
      const actor = manager(request.actor);
      return inTransaction(db, async (tx) => {
        await setCommissioners(tx, actor, request.params.funderId, request.body, context(request.id));
        return funderView(tx, actor, request.params.funderId);
      });
    },
  );
}
