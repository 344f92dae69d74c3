/** HTTP routes for external referrals: a case's referrals, recording one, and its replies and outcome (with the version seen). */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { errorBodySchema } from "../../../core/api/common.js";
import { caseParamsSchema } from "../../../core/api/cases.js";
import {
  caseExternalReferralListSchema,
  createExternalReferralBodySchema,
  externalReferralEventBodySchema,
  externalReferralParamsSchema,
  externalReferralSchema,
} from "../../../core/api/panel.js";
import { requireActor } from "../../authz/authorize.js";
import { inTransaction } from "../../db/client.js";
import { errorResponses } from "../../http/route-schema.js";
import type { PanelContext } from "../escalations/store.js";
import { listCaseReferrals, presentReferrals } from "./read-referrals.js";
import { createReferral, updateReferral } from "./record-referral.js";

export function externalReferralRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["panel"];
  const { db, vault } = app.deps;
  const context = (requestId: string): PanelContext => ({ vault, now: app.deps.now(), requestId });
  const errors = { ...errorResponses, 422: errorBodySchema };

  route.get(
    "/api/cases/:caseId/external-referrals",
    { schema: { tags, summary: "A case's referrals to outside bodies (every read audited)", params: caseParamsSchema, response: { 200: caseExternalReferralListSchema, ...errors } } },
    async (request) => inTransaction(db, (tx) => listCaseReferrals(tx, requireActor(request.actor), request.params.caseId, context(request.id))),
  );

  route.post(
    "/api/cases/:caseId/external-referrals",
    { schema: { tags, summary: "Record a referral sent to Channel, the safeguarding hub, the police or another service", params: caseParamsSchema, body: createExternalReferralBodySchema, response: { 201: externalReferralSchema, ...errors } } },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const ctx = context(request.id);
      const created = await inTransaction(db, async (tx) => {
        const { referral, view } = await createReferral(tx, actor, request.params.caseId, request.body, ctx);
        return (await presentReferrals(tx, actor, view, [referral], ctx))[0]!;
      });
      return reply.status(201).send(created);
    },
  );

  route.post(
    "/api/external-referrals/:referralId/events",
    { schema: { tags, summary: "A referral accepted, declined or closed with its outcome (with the version seen)", params: externalReferralParamsSchema, body: externalReferralEventBodySchema, response: { 200: externalReferralSchema, ...errors } } },
    async (request) => {
      const actor = requireActor(request.actor);
      const ctx = context(request.id);
      return inTransaction(db, async (tx) => {
        const { referral, view } = await updateReferral(tx, actor, request.params.referralId, request.body, ctx);
        return (await presentReferrals(tx, actor, view, [referral], ctx))[0]!;
      });
    },
  );
}
