/** HTTP routes for grants: the list (of one funder, when asked), adding one, reading, changing and ending it. Administrators only. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { createGrantBodySchema, endGrantBodySchema, grantListQuerySchema, grantListSchema, grantParamsSchema, grantSchema, updateGrantBodySchema } from "../../core/api/funding.js";
import { actorAllowedBy } from "../authz/authorize.js";
import { inTransaction, type Db } from "../db/client.js";
import type { Actor } from "../http/context.js";
import { errorResponses as errors } from "../http/route-schema.js";
import { createGrant } from "./create-grant.js";
import { endGrant } from "./end-grant.js";
import { canManageFunding } from "./policy.js";
import { presentGrant } from "./presenter.js";
import { findGrantFor, grantsOf, maxGrantsListed } from "./queries.js";
import { updateGrant } from "./update-grant.js";

async function grantView(db: Db, actor: Actor, grantId: string) {
  const grant = await findGrantFor(db, actor, grantId);
  const [row] = await grantsOf(db, actor.organisationId, { grantIds: [grant.id] });
  return presentGrant(row!);
}

export function grantRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["funding"];
  const { db } = app.deps;
  const context = (requestId: string) => ({ now: app.deps.now(), requestId });
  const manager = actorAllowedBy(canManageFunding, "Only administrators keep the organisation's grants.");

  route.get(
    "/api/funding/grants",
    { schema: { tags, summary: "The organisation's grants, newest first, of one funder when asked, each with the spend charged to it", querystring: grantListQuerySchema, response: { 200: grantListSchema, ...errors } } },
    async (request) => {
      const actor = manager(request.actor);
      const rows = await grantsOf(db, actor.organisationId, { funderId: request.query.funderId });
      return { items: rows.slice(0, maxGrantsListed).map(presentGrant), isTruncated: rows.length > maxGrantsListed };
    },
  );

  route.post(
    "/api/funding/grants",
    { schema: { tags, summary: "Add a funder's grant: amount, period, purpose, restrictions, sites and programmes, disclosure (audited)", body: createGrantBodySchema, response: { 201: grantSchema, ...errors } } },
    async (request, reply) => {
      const actor = manager(request.actor);
      const created = await inTransaction(db, async (tx) => grantView(tx, actor, await createGrant(tx, actor, request.body, context(request.id))));
      return reply.status(201).send(created);
    },
  );

  route.get(
    "/api/funding/grants/:grantId",
    { schema: { tags, summary: "A grant, with the spend charged to it", params: grantParamsSchema, response: { 200: grantSchema, ...errors } } },
    async (request) => grantView(db, manager(request.actor), request.params.grantId),
  );

  route.put(
    "/api/funding/grants/:grantId",
    { schema: { tags, summary: "Change a grant with the version seen (audited)", params: grantParamsSchema, body: updateGrantBodySchema, response: { 200: grantSchema, ...errors } } },
    async (request) => {
      const actor = manager(request.actor);
      return inTransaction(db, async (tx) => {
        await updateGrant(tx, actor, request.params.grantId, request.body, context(request.id));
        return grantView(tx, actor, request.params.grantId);
      });
    },
  );

  route.post(
    "/api/funding/grants/:grantId/end",
    { schema: { tags, summary: "End a grant early on a day within its period, or take the early end back (audited)", params: grantParamsSchema, body: endGrantBodySchema, response: { 200: grantSchema, ...errors } } },
    async (request) => {
      const actor = manager(request.actor);
      return inTransaction(db, async (tx) => {
        await endGrant(tx, actor, request.params.grantId, request.body, context(request.id));
        return grantView(tx, actor, request.params.grantId);
      });
    },
  );
}
