/**
 * HTTP routes for erasure, retention holds and restriction of processing: a client's
 * data-protection state, placing and lifting holds, restricting and lifting, and the decision on an
 * erasure request. The data protection officer only; each answers the client's state as it now is.
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  clientParamsSchema,
  dataProtectionStateSchema,
  erasureDecisionBodySchema,
  holdParamsSchema,
  liftBodySchema,
  placeHoldBodySchema,
  restrictBodySchema,
} from "../../../core/api/erasure.js";
import { requestParamsSchema } from "../../../core/api/data-rights.js";
import { actorAllowedBy } from "../../authz/authorize.js";
import { inTransaction, type Db } from "../../db/client.js";
import type { Actor } from "../../http/context.js";
import { errorResponses as errors } from "../../http/route-schema.js";
import { decideErasure } from "./decide-erasure.js";
import { liftHold, placeHold } from "./place-hold.js";
import { canManageErasure, refusalMessage } from "./policy.js";
import { readDataProtectionState, type ErasureContext } from "./read-state.js";
import { liftRestriction, restrictProcessing } from "./restrict-processing.js";

export function erasureRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["data protection"];
  const { db, vault } = app.deps;
  const context = (requestId: string) => ({ vault, now: app.deps.now(), requestId });
  const officer = actorAllowedBy(canManageErasure, refusalMessage);
  const response = { 200: dataProtectionStateSchema, ...errors };

  route.get(
    "/api/data-protection/clients/:clientId",
    { schema: { tags, summary: "A client's retention holds, open cases, restriction of processing and erasure, with what may be done (audited)", params: clientParamsSchema, response } },
    async (request) => {
      const actor = officer(request.actor);
      return inTransaction(db, (tx) => readDataProtectionState(tx, actor, request.params.clientId, context(request.id)));
    },
  );

  /** Runs a change for the officer and answers the state of the client it concerned, as it now is. */
  const change = (request: { actor: Actor | null; id: string }, run: (tx: Db, actor: Actor, context: ErasureContext) => Promise<string>) => {
    const actor = officer(request.actor);
    return inTransaction(db, async (tx) => readDataProtectionState(tx, actor, await run(tx, actor, context(request.id)), context(request.id)));
  };

  route.post(
    "/api/data-protection/clients/:clientId/holds",
    { schema: { tags, summary: "Place a legal-claim or statutory-duty hold on a client's record, with its reason (encrypted; audited)", params: clientParamsSchema, body: placeHoldBodySchema, response: { 201: dataProtectionStateSchema, ...errors } } },
    async (request, reply) => {
      const { clientId } = request.params;
      const state = await change(request, async (tx, actor, ctx) => {
        await placeHold(tx, actor, clientId, request.body, ctx);
        return clientId;
      });
      return reply.status(201).send(state);
    },
  );

  route.post(
    "/api/data-protection/holds/:holdId/lift",
    { schema: { tags, summary: "Lift a legal-claim or statutory-duty hold, with the reason (encrypted; audited)", params: holdParamsSchema, body: liftBodySchema, response } },
    async (request) => change(request, (tx, actor, ctx) => liftHold(tx, actor, request.params.holdId, request.body, ctx)),
  );

  route.post(
    "/api/data-protection/clients/:clientId/restriction",
    { schema: { tags, summary: "Restrict processing of a client's record: read-only and out of everyday lists until lifted (audited)", params: clientParamsSchema, body: restrictBodySchema, response } },
    async (request) => change(request, (tx, actor, ctx) => restrictProcessing(tx, actor, request.params.clientId, request.body, ctx)),
  );

  route.post(
    "/api/data-protection/clients/:clientId/restriction/lift",
    { schema: { tags, summary: "Lift the restriction of processing on a client's record, with the reason (audited)", params: clientParamsSchema, body: liftBodySchema, response } },
    async (request) => change(request, (tx, actor, ctx) => liftRestriction(tx, actor, request.params.clientId, request.body, ctx)),
  );

  route.post(
    "/api/data-rights/requests/:requestId/erasure-decision",
    { schema: { tags, summary: "Decide an erasure request: erase (typing the client's reference to confirm; cannot be undone), or with a hold, put it on hold or refuse it (audited)", params: requestParamsSchema, body: erasureDecisionBodySchema, response } },
    async (request) => change(request, (tx, actor, ctx) => decideErasure(tx, actor, request.params.requestId, request.body, ctx)),
  );
}
