/** HTTP routes for duplicate checks: on a client's record, and on a referral being triaged. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { clientMatchListSchema, clientParamsSchema } from "../../core/api/clients.js";
import { referralParamsSchema } from "../../core/api/referrals.js";
import { requireActor } from "../authz/authorize.js";
import { inTransaction } from "../db/client.js";
import { errorResponses } from "../http/route-schema.js";
import { clientDuplicates, referralDuplicates } from "./find-duplicates.js";

export function duplicateRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const { db, vault } = app.deps;
  const context = (requestId: string) => ({ vault, now: app.deps.now(), requestId });
  const matches = { 200: clientMatchListSchema, ...errorResponses };

  route.get(
    "/api/clients/:clientId/duplicates",
    { schema: { tags: ["clients"], summary: "Other records likely to be the same person (audited)", params: clientParamsSchema, response: matches } },
    async (request) => {
      const actor = requireActor(request.actor);
      return { items: await inTransaction(db, (tx) => clientDuplicates(tx, actor, request.params.clientId, context(request.id))) };
    },
  );

  route.get(
    "/api/referrals/:referralId/duplicates",
    { schema: { tags: ["referrals"], summary: "Clients who may be the person referred, for triage (audited)", params: referralParamsSchema, response: matches } },
    async (request) => {
      const actor = requireActor(request.actor);
      return { items: await inTransaction(db, (tx) => referralDuplicates(tx, actor, request.params.referralId, context(request.id))) };
    },
  );
}
