/** HTTP routes for where referrals came from: setting a referral's attribution, and the recent sessions to choose from. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { errorBodySchema } from "../../../core/api/common.js";
import { recentSessionsQuerySchema, recentSessionsSchema, referralAttributionResultSchema, setReferralAttributionBodySchema } from "../../../core/api/outreach-attribution.js";
import { referralParamsSchema } from "../../../core/api/referrals.js";
import { authorize, requireActor } from "../../authz/authorize.js";
import { inTransaction } from "../../db/client.js";
import { errorResponses } from "../../http/route-schema.js";
import { findReferralFor } from "../../referrals/queries.js";
import { outreachSiteOf } from "../options.js";
import { checkAttribution } from "./check-attribution.js";
import { canAttributeReferral } from "./policy.js";
import { readAttribution } from "./read-attribution.js";
import { recentSessions } from "./recent-sessions.js";
import { setAttribution } from "./store-attribution.js";

export function attributionRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["outreach"];
  const { db } = app.deps;

  route.get(
    "/api/outreach/sessions/recent",
    { schema: { tags, summary: "A site's outreach sessions of the last 60 days, for saying which one a referral came from", querystring: recentSessionsQuerySchema, response: { 200: recentSessionsSchema, ...errorResponses } } },
    async (request) => {
      const actor = requireActor(request.actor);
      const siteId = outreachSiteOf(actor, request.query.siteId);
      return { siteId, items: await recentSessions(db, { organisationId: actor.organisationId, siteId }, request.query, app.deps.now()) };
    },
  );

  route.put(
    "/api/referrals/:referralId/attribution",
    {
      schema: {
        tags,
        summary: "Set, change or remove the partner or outreach session a referral came from (both null removes it); 422 naming a partner or session not of the referral's site",
        params: referralParamsSchema,
        body: setReferralAttributionBodySchema,
        response: { 200: referralAttributionResultSchema, ...errorResponses, 422: errorBodySchema },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      return inTransaction(db, async (tx) => {
        const { referral } = await findReferralFor(tx, actor, request.params.referralId);
        authorize(canAttributeReferral(actor, referral));
        const checked = await checkAttribution(tx, { organisationId: actor.organisationId, siteId: referral.siteId }, request.body, "body");
        const context = { organisationId: actor.organisationId, actorUserId: actor.userId, requestId: request.id, now: app.deps.now() };
        await setAttribution(tx, context, referral, checked);
        return { attribution: await readAttribution(tx, actor.organisationId, referral.id) };
      });
    },
  );
}
