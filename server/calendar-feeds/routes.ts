/**
 * HTTP routes for calendar feeds: a worker manages their own feed from the account page (signed
 * in), and calendar apps fetch it by its secret address (no session; rate limited by address and by
 * feed; never cached or passed on in a Referer).
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { calendarFeedIssuedSchema, calendarFeedParamsSchema, calendarFeedSchema } from "../../core/api/calendar-email.js";
import { noBodySchema } from "../../core/api/common.js";
import { actorAllowedBy } from "../authz/authorize.js";
import { inTransaction } from "../db/client.js";
import { consumeRateLimit, type RateLimitRule } from "../http/rate-limit.js";
import { errorResponses } from "../http/route-schema.js";
import { issueFeed, readFeedStatus, revokeFeed } from "./manage-feed.js";
import { canHaveCalendarFeed } from "./policy.js";
import { readCalendarFeed } from "./read-feed.js";

/** Apps fetch every 15 minutes to a few hours; a provider's servers fetch many people's feeds from one address. */
export const feedRateLimits = {
  perAddress: { name: "calendar-feed:ip", limit: 600, windowSeconds: 15 * 60 },
  perFeed: { name: "calendar-feed:feed", limit: 30, windowSeconds: 60 * 60 },
} satisfies Record<string, RateLimitRule>;

export function calendarFeedRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["calendar"];
  const { db, config } = app.deps;
  const owner = actorAllowedBy(canHaveCalendarFeed, "Your roles have no sessions, reviews or panel meetings to put in a calendar.");
  const context = (requestId: string) => ({ now: app.deps.now(), publicUrl: config.publicUrl, requestId });

  route.get(
    "/api/account/calendar-feed",
    { schema: { tags, summary: "Whether the signed-in worker has a private calendar feed", response: { 200: calendarFeedSchema, ...errorResponses } } },
    async (request) => inTransaction(db, (tx) => readFeedStatus(tx, owner(request.actor))),
  );

  route.post(
    "/api/account/calendar-feed",
    {
      schema: {
        tags,
        summary: "Make the signed-in worker's calendar feed, or make it anew (the old address stops working); answers the address, shown this once (audited)",
        body: noBodySchema,
        response: { 201: calendarFeedIssuedSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = owner(request.actor);
      return reply.status(201).send(await inTransaction(db, (tx) => issueFeed(tx, actor, context(request.id))));
    },
  );

  route.delete(
    "/api/account/calendar-feed",
    { schema: { tags, summary: "Revoke the signed-in worker's calendar feed: its address stops working (audited)", body: noBodySchema, response: { 204: z.null(), ...errorResponses } } },
    async (request, reply) => {
      const actor = owner(request.actor);
      await inTransaction(db, (tx) => revokeFeed(tx, actor, context(request.id)));
      return reply.status(204).send(null);
    },
  );

  route.get(
    "/api/calendar/:feed",
    {
      config: { access: "public" as const },
      schema: {
        tags,
        summary: "A worker's calendar (iCalendar) by its private address, for calendar apps: case references, sites and panel rooms, never a client's name (audited)",
        params: calendarFeedParamsSchema,
        produces: ["text/calendar"],
        security: [],
        response: { 200: z.string().meta({ description: "An iCalendar file (RFC 5545)." }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const now = app.deps.now();
      const secret = request.params.feed.slice(0, -".ics".length);
      await consumeRateLimit(db, feedRateLimits.perAddress, request.ip, now);
      await consumeRateLimit(db, feedRateLimits.perFeed, secret, now);
      const calendar = await inTransaction(db, (tx) => readCalendarFeed(tx, secret, context(request.id)));
      return reply
        .type("text/calendar; charset=utf-8")
        .header("content-disposition", 'inline; filename="pathways.ics"')
        .header("x-robots-tag", "noindex, nofollow")
        .send(calendar);
    },
  );
}
