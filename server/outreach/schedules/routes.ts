/** HTTP routes for a site's recurring outreach schedules and its outreach calendar. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { errorBodySchema } from "../../../core/api/common.js";
import {
  createScheduleBodySchema,
  outreachCalendarQuerySchema,
  outreachCalendarSchema,
  outreachScheduleSchema,
  scheduleListQuerySchema,
  scheduleListSchema,
  scheduleParamsSchema,
  updateScheduleBodySchema,
} from "../../../core/api/outreach-sessions.js";
import { requireActor } from "../../authz/authorize.js";
import type { Db } from "../../db/client.js";
import { inTransaction } from "../../db/client.js";
import type { Actor } from "../../http/context.js";
import { errorResponses } from "../../http/route-schema.js";
import { outreachSiteOf } from "../options.js";
import { canWorkOutreach } from "../policy.js";
import { presentSchedule } from "./presenter.js";
import { schedulesOfSite, type ScheduleRow } from "./queries.js";
import { readCalendar } from "./read-calendar.js";
import { createSchedule, updateSchedule } from "./save-schedule.js";
import { partnersNamed, staffNamed } from "./site-choices.js";

/** Schedules with their partners and staff named, as the actor may act on them. */
async function presentSchedules(db: Db, actor: Actor, rows: readonly ScheduleRow[], now: Date) {
  const [partners, names] = await Promise.all([partnersNamed(db, actor.organisationId, rows.map((row) => row.partnerId)), staffNamed(db, actor.organisationId, rows.flatMap((row) => row.staffIds))]);
  return rows.flatMap((row) => {
    const partner = partners.get(row.partnerId);
    return partner ? [presentSchedule(row, { partner, staffNames: names, now, canEdit: canWorkOutreach(actor, row.siteId) })] : [];
  });
}

export function outreachScheduleRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["outreach"];
  const { db } = app.deps;
  const errors = { ...errorResponses, 422: errorBodySchema };
  const context = (requestId: string) => ({ now: app.deps.now(), requestId });

  route.get(
    "/api/outreach/schedules",
    { schema: { tags, summary: "A site's recurring outreach sessions, with each one's partner and next occurrence", querystring: scheduleListQuerySchema, response: { 200: scheduleListSchema, ...errors } } },
    async (request) => {
      const actor = requireActor(request.actor);
      const siteId = outreachSiteOf(actor, request.query.siteId);
      const now = app.deps.now();
      const items = await presentSchedules(db, actor, await schedulesOfSite(db, actor.organisationId, siteId), now);
      // Running schedules by their next occurrence; ended ones after, most recent first.
      items.sort((a, b) => (a.nextOccurrence && b.nextOccurrence ? a.nextOccurrence.startsAt.localeCompare(b.nextOccurrence.startsAt) : a.nextOccurrence ? -1 : b.nextOccurrence ? 1 : (b.endsOn ?? "").localeCompare(a.endsOn ?? "")));
      return { siteId, items, abilities: { create: canWorkOutreach(actor, siteId) } };
    },
  );

  route.post(
    "/api/outreach/schedules",
    { schema: { tags, summary: "Set up a recurring outreach session at one of the site's partners", body: createScheduleBodySchema, response: { 201: outreachScheduleSchema, ...errors } } },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const ctx = context(request.id);
      const created = await inTransaction(db, async (tx) => (await presentSchedules(tx, actor, [await createSchedule(tx, actor, request.body, ctx)], ctx.now))[0]!);
      return reply.status(201).send(created);
    },
  );

  route.put(
    "/api/outreach/schedules/:scheduleId",
    { schema: { tags, summary: "Change a recurring outreach session (with the version seen): its details, a day skipped, or its last day", params: scheduleParamsSchema, body: updateScheduleBodySchema, response: { 200: outreachScheduleSchema, ...errors } } },
    async (request) => {
      const actor = requireActor(request.actor);
      const ctx = context(request.id);
      return inTransaction(db, async (tx) => (await presentSchedules(tx, actor, [await updateSchedule(tx, actor, request.params.scheduleId, request.body, ctx)], ctx.now))[0]!);
    },
  );

  route.get(
    "/api/outreach/calendar",
    { schema: { tags, summary: "A site's outreach calendar for up to two months of London days: schedule occurrences, logged or not, and sessions logged on their own", querystring: outreachCalendarQuerySchema, response: { 200: outreachCalendarSchema, ...errors } } },
    async (request) => readCalendar(db, requireActor(request.actor), request.query, app.deps.now()),
  );
}
