/** HTTP routes for staff: record a referral, the triage queue and its counts, open and reveal a referral, triage it. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { errorBodySchema, noBodySchema } from "../../core/api/common.js";
import {
  createReferralBodySchema,
  referralDetailSchema,
  referralIdentitySchema,
  referralRecordedSchema,
  referralParamsSchema,
  referralQueueQuerySchema,
  referralQueueSchema,
  referralQueueSummaryQuerySchema,
  referralQueueSummarySchema,
  triageBodySchema,
  triageResultSchema,
} from "../../core/api/referrals.js";
import { authorize, requireActor } from "../authz/authorize.js";
import { inTransaction } from "../db/client.js";
import { errorResponses } from "../http/route-schema.js";
import { checkAttribution } from "../outreach/attribution/check-attribution.js";
import { recordAttribution } from "../outreach/attribution/store-attribution.js";
import { findSiteFor } from "../sites/queries.js";
import { createReferral } from "./create-referral.js";
import { canCreateReferralAt, canRevealReferralIdentity, canViewQueue } from "./policy.js";
import { presentReferralSummary } from "./presenter.js";
import { findReferralFor, isReferralVisible, referralQueue } from "./queries.js";
import { referralQueueSummary } from "./queue-summary.js";
import { readReferral, revealReferralIdentity } from "./read-referral.js";
import { triageReferral } from "./triage-referral.js";

export function referralRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["referrals"];
  const { db, vault } = app.deps;
  const context = (requestId: string) => ({ vault, now: app.deps.now(), requestId });

  route.get(
    "/api/referrals",
    { schema: { tags, summary: "A site's triage queue, oldest first", querystring: referralQueueQuerySchema, response: { 200: referralQueueSchema, ...errorResponses } } },
    async (request) => {
      const actor = requireActor(request.actor);
      await findSiteFor(db, actor, request.query.siteId);
      authorize(canViewQueue(actor, request.query.siteId));
      const { rows, total } = await referralQueue(db, actor, request.query);
      const now = app.deps.now();
      return { items: rows.map((row) => presentReferralSummary(row, now)), total, page: request.query.page, pageSize: request.query.pageSize };
    },
  );

  route.get(
    "/api/referrals/summary",
    { schema: { tags, summary: "How a site's triage queue stands: waiting, overdue and urgent referrals", querystring: referralQueueSummaryQuerySchema, response: { 200: referralQueueSummarySchema, ...errorResponses } } },
    async (request) => {
      const actor = requireActor(request.actor);
      await findSiteFor(db, actor, request.query.siteId);
      authorize(canViewQueue(actor, request.query.siteId));
      return referralQueueSummary(db, actor, request.query.siteId, app.deps.now());
    },
  );

  route.post(
    "/api/referrals",
    {
      schema: {
        tags,
        summary: "Record a referral, with the partner or outreach session it came from if any (422 naming one not of the site)",
        body: createReferralBodySchema,
        response: { 201: referralRecordedSchema, ...errorResponses, 422: errorBodySchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const recorded = await inTransaction(db, async (tx) => {
        await findSiteFor(tx, actor, request.body.siteId);
        authorize(canCreateReferralAt(actor, request.body.siteId));
        const scope = { organisationId: actor.organisationId, siteId: request.body.siteId };
        const attribution = await checkAttribution(tx, scope, request.body.attribution, "body.attribution");
        const created = { ...context(request.id), organisationId: actor.organisationId, actorUserId: actor.userId };
        const referral = await createReferral(tx, created, { ...request.body, channel: "staff" });
        if (attribution) await recordAttribution(tx, created, referral, attribution);
        const canOpen = await isReferralVisible(tx, actor, referral.id);
        return { id: referral.id, reference: referral.reference, isRestricted: referral.isRestricted, canOpen };
      });
      return reply.status(201).send(recorded);
    },
  );

  route.get(
    "/api/referrals/:referralId",
    { schema: { tags, summary: "Open a referral (audited)", params: referralParamsSchema, response: { 200: referralDetailSchema, ...errorResponses } } },
    async (request) => {
      const actor = requireActor(request.actor);
      return inTransaction(db, (tx) => readReferral(tx, actor, request.params.referralId, context(request.id)));
    },
  );

  route.post(
    "/api/referrals/:referralId/reveal",
    { schema: { tags, summary: "Show who the referral is about and who made it (audited)", params: referralParamsSchema, body: noBodySchema, response: { 200: referralIdentitySchema, ...errorResponses } } },
    async (request) => {
      const actor = requireActor(request.actor);
      return inTransaction(db, async (tx) => {
        const { referral } = await findReferralFor(tx, actor, request.params.referralId);
        authorize(canRevealReferralIdentity(actor, referral));
        return revealReferralIdentity(tx, actor, referral.id, context(request.id));
      });
    },
  );

  route.post(
    "/api/referrals/:referralId/triage",
    { schema: { tags, summary: "Accept, signpost or decline a referral", params: referralParamsSchema, body: triageBodySchema, response: { 200: triageResultSchema, ...errorResponses } } },
    async (request) => {
      const actor = requireActor(request.actor);
      return inTransaction(db, async (tx) => {
        const { caseId } = await triageReferral(tx, actor, request.params.referralId, request.body, context(request.id));
        return { referral: await readReferral(tx, actor, request.params.referralId, context(request.id)), caseId };
      });
    },
  );
}
