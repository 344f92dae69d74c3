/** HTTP routes for outreach sessions: logging one, a site's list, one session, correcting one. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { errorBodySchema } from "../../../core/api/common.js";
import {
  logSessionBodySchema,
  outreachSessionDetailSchema,
  outreachSessionListQuerySchema,
  outreachSessionListSchema,
  outreachSessionParamsSchema,
  updateOutreachSessionBodySchema,
} from "../../../core/api/outreach-sessions.js";
import { requireActor } from "../../authz/authorize.js";
import { inTransaction } from "../../db/client.js";
import { errorResponses } from "../../http/route-schema.js";
import { outreachSiteOf } from "../options.js";
import { canWorkOutreach } from "../policy.js";
import { partnersNamed } from "../schedules/site-choices.js";
import { logSession } from "./log-session.js";
import { presentSessionSummary } from "./presenter.js";
import { handedOutBySession, listSessions } from "./queries.js";
import { readSession } from "./read-session.js";
import { updateOutreachSession } from "./update-session.js";

export function outreachSessionRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["outreach"];
  const { db } = app.deps;
  const errors = { ...errorResponses, 422: errorBodySchema };
  const context = (requestId: string) => ({ now: app.deps.now(), requestId });

  route.get(
    "/api/outreach/sessions",
    { schema: { tags, summary: "A site's logged outreach sessions, latest first, by period and partner, a page at a time", querystring: outreachSessionListQuerySchema, response: { 200: outreachSessionListSchema, ...errors } } },
    async (request) => {
      const actor = requireActor(request.actor);
      const siteId = outreachSiteOf(actor, request.query.siteId);
      const { rows, total } = await listSessions(db, actor.organisationId, siteId, request.query);
      const [partners, handedOut] = await Promise.all([
        partnersNamed(db, actor.organisationId, rows.flatMap((row) => (row.partnerId ? [row.partnerId] : []))),
        handedOutBySession(db, rows.map((row) => row.id)),
      ]);
      const items = rows.map((row) =>
        presentSessionSummary(row, {
          partner: row.partnerId ? (partners.get(row.partnerId) ?? null) : null,
          resourcesHandedOut: [...(handedOut.get(row.id)?.values() ?? [])].reduce((sum, quantity) => sum + quantity, 0),
        }),
      );
      return { siteId, items, total, page: request.query.page, pageSize: request.query.pageSize, abilities: { log: canWorkOutreach(actor, siteId) } };
    },
  );

  route.post(
    "/api/outreach/sessions",
    { schema: { tags, summary: "Log an outreach session, from a schedule's occurrence or as a one-off, with its headcount and the resources handed out (taken from stock)", body: logSessionBodySchema, response: { 201: outreachSessionDetailSchema, ...errors } } },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const ctx = context(request.id);
      const logged = await inTransaction(db, async (tx) => readSession(tx, actor, await logSession(tx, actor, request.body, ctx)));
      return reply.status(201).send(logged);
    },
  );

  route.get(
    "/api/outreach/sessions/:sessionId",
    { schema: { tags, summary: "One outreach session: what was logged, the resources handed out with the stock left, and how many referrals came from it", params: outreachSessionParamsSchema, response: { 200: outreachSessionDetailSchema, ...errors } } },
    async (request) => readSession(db, requireActor(request.actor), request.params.sessionId),
  );

  route.put(
    "/api/outreach/sessions/:sessionId",
    { schema: { tags, summary: "Correct a logged outreach session (with the version seen); changed quantities move stock by the difference", params: outreachSessionParamsSchema, body: updateOutreachSessionBodySchema, response: { 200: outreachSessionDetailSchema, ...errors } } },
    async (request) => {
      const actor = requireActor(request.actor);
      const ctx = context(request.id);
      return inTransaction(db, async (tx) => {
        await updateOutreachSession(tx, actor, request.params.sessionId, request.body, ctx);
        return readSession(tx, actor, request.params.sessionId);
      });
    },
  );
}
