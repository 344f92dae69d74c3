/** HTTP routes for a site's partner directory: the list, adding a partner, its page with its history, changing it. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { createPartnerBodySchema, partnerListQuerySchema, partnerListSchema, partnerPageSchema, partnerParamsSchema, partnerSchema, updatePartnerBodySchema } from "../../../core/api/outreach-partners.js";
import { londonDay } from "../../../core/london-time.js";
import { requireActor } from "../../authz/authorize.js";
import { holdsAt } from "../../authz/site-roles.js";
import type { Db } from "../../db/client.js";
import { inTransaction } from "../../db/client.js";
import type { Actor } from "../../http/context.js";
import { errorResponses } from "../../http/route-schema.js";
import { outreachSiteOf } from "../options.js";
import { canWorkOutreach } from "../policy.js";
import { createPartner } from "./create-partner.js";
import { partnerHistory } from "./partner-history.js";
import { presentPartner, presentPartnerSummary } from "./presenter.js";
import { findPartnerFor, lastSessionAt, maxPartnersListed, partnersOfSite } from "./queries.js";
import { updatePartner } from "./update-partner.js";

export function partnerRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["outreach"];
  const { db } = app.deps;
  const errors = errorResponses;
  const context = (requestId: string) => ({ now: app.deps.now(), requestId });

  /** The partner as the actor sees it now. */
  async function partnerView(tx: Db, actor: Actor, partnerId: string, now: Date) {
    const partner = await findPartnerFor(tx, actor, partnerId);
    return presentPartner(partner, await lastSessionAt(tx, partner), londonDay(now), { edit: canWorkOutreach(actor, partner.siteId) });
  }

  route.get(
    "/api/outreach/partners",
    { schema: { tags, summary: "A site's partner organisations, searched by name and filtered by type and pathway", querystring: partnerListQuerySchema, response: { 200: partnerListSchema, ...errors } } },
    async (request) => {
      const actor = requireActor(request.actor);
      const { siteId: asked, ...filter } = request.query;
      const siteId = outreachSiteOf(actor, asked);
      const rows = await partnersOfSite(db, actor.organisationId, siteId, filter);
      const today = londonDay(app.deps.now());
      return {
        siteId,
        items: rows.slice(0, maxPartnersListed).map((row) => presentPartnerSummary(row.partner, row.lastSessionAt, today)),
        isTruncated: rows.length > maxPartnersListed,
        abilities: { create: canWorkOutreach(actor, siteId) },
      };
    },
  );

  route.post(
    "/api/outreach/partners",
    { schema: { tags, summary: "Add a partner organisation to a site's directory", body: createPartnerBodySchema, response: { 201: partnerSchema, ...errors } } },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const ctx = context(request.id);
      const created = await inTransaction(db, async (tx) => partnerView(tx, actor, await createPartner(tx, actor, request.body, ctx), ctx.now));
      return reply.status(201).send(created);
    },
  );

  route.get(
    "/api/outreach/partners/:partnerId",
    { schema: { tags, summary: "A partner's page: its details, and its history in counts (sessions, training, referrals and their outcomes)", params: partnerParamsSchema, response: { 200: partnerPageSchema, ...errors } } },
    async (request) => {
      const actor = requireActor(request.actor);
      const partner = await findPartnerFor(db, actor, request.params.partnerId);
      const history = await partnerHistory(db, partner, { includesRestricted: holdsAt(actor, ["safeguarding_lead"], partner.siteId) });
      // The newest of the recent sessions is the last one, so it is not looked up a second time.
      const lastAt = history.sessions.recent[0]?.startsAt;
      return { partner: presentPartner(partner, lastAt === undefined ? null : new Date(lastAt), londonDay(app.deps.now()), { edit: canWorkOutreach(actor, partner.siteId) }), history };
    },
  );

  route.put(
    "/api/outreach/partners/:partnerId",
    { schema: { tags, summary: "Change a partner's details, or deactivate or reactivate it (with the version seen)", params: partnerParamsSchema, body: updatePartnerBodySchema, response: { 200: partnerSchema, ...errors } } },
    async (request) => {
      const actor = requireActor(request.actor);
      const ctx = context(request.id);
      return inTransaction(db, async (tx) => {
        await updatePartner(tx, actor, request.params.partnerId, request.body, ctx);
        return partnerView(tx, actor, request.params.partnerId, ctx.now);
      });
    },
  );
}
