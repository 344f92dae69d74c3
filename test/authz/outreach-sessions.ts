/**
 * Declared expectations for outreach schedules, the calendar and logged sessions. A site's outreach
 * workers, team managers and safeguarding leads set them up and log them; its caseworkers read them
 * (403 on a change); everyone else is told a schedule or session does not exist, and a list at a
 * site they do not read outreach at is refused.
 */
import { randomUUID } from "node:crypto";
import { addDays } from "../../core/instruments/reassessment.js";
import { londonDay } from "../../core/london-time.js";
import { weekdayOf } from "../../core/outreach/schedule.js";
import type { Role } from "../../core/roles.js";
import { outreachSchedules, outreachSessions } from "../../server/db/schema.js";
import { createUser } from "../factories.js";
import { createTestPartner } from "../outreach-factories.js";
import { notFoundFor, outreachWorkers as workers, outreachReaders as readers } from "./role-sets.js";
import type { Call, EndpointExpectation, World } from "./types.js";

const today = (world: World) => londonDay(world.deps.now());

/** A weekly schedule at a site whose occurrence a week ago has happened, with a session logged for it. */
async function outreachAt(world: World, site: 0 | 1) {
  const { deps, home } = world;
  const partner = await createTestPartner(deps, home, { site });
  const goer = await createUser(deps.db, deps.vault, home, { role: "outreach_worker", site, isEnrolled: false });
  const weekAgo = addDays(today(world), -7);
  const now = deps.now();
  const [schedule] = await deps.db
    .insert(outreachSchedules)
    .values({ organisationId: home.id, siteId: home.siteIds[site], partnerId: partner.id, sessionType: "friday_mosque_presence", startsOn: addDays(weekAgo, -14), time: "00:00", durationMinutes: 60, recurrence: { kind: "weekly", weekday: weekdayOf(weekAgo), everyWeeks: 1 }, staffIds: [goer.id], createdBy: goer.id, updatedAt: now })
    .returning();
  const [session] = await deps.db
    .insert(outreachSessions)
    .values({ organisationId: home.id, siteId: home.siteIds[site], partnerId: partner.id, scheduleId: schedule!.id, occurrenceDay: addDays(weekAgo, -7), sessionType: "friday_mosque_presence", startsAt: new Date(now.getTime() - 14 * 86_400_000), durationMinutes: 60, staffIds: [goer.id], headcountTotal: 12, headcount: { total: 12 }, createdBy: goer.id, updatedAt: now })
    .returning();
  return { partner, goer, schedule: schedule!, session: session!, weekAgo };
}

const record = (staffId: string) => ({ topics: ["drugs"], staffIds: [staffId], headcount: { total: 30 }, followUpContacts: 1, resources: [], notes: "" });

/** A call on a schedule or session at the first site (`call`) or the second (`unseen`): those who read outreach see it, only workers change it. */
function onRecord(allowed: readonly Role[], success: number, build: (world: World, site: 0 | 1) => Promise<Call>): EndpointExpectation {
  return { allowed, success, statusFor: notFoundFor(readers), call: (world) => build(world, 0), unseen: (world) => build(world, 1), unseenFor: allowed };
}

const siteQuery = (world: World) => `siteId=${world.home.siteIds[0]}`;

export const outreachSessionExpectations: Record<string, EndpointExpectation> = {
  "GET /api/outreach/schedules": { allowed: readers, success: 200, call: async (world) => ({ url: `/api/outreach/schedules?${siteQuery(world)}` }) },
  "POST /api/outreach/schedules": {
    allowed: workers,
    success: 201,
    call: async (world) => {
      const partner = await createTestPartner(world.deps, world.home);
      const startsOn = today(world);
      return { url: "/api/outreach/schedules", body: { siteId: world.home.siteIds[0], partnerId: partner.id, sessionType: "friday_mosque_presence", topics: ["drugs"], startsOn, endsOn: null, time: "13:00", durationMinutes: 90, recurrence: { kind: "weekly", weekday: 5, everyWeeks: 1 }, skippedDays: [], staffIds: [] } };
    },
  },
  "PUT /api/outreach/schedules/:scheduleId": onRecord(workers, 200, async (world, site) => {
    const { schedule } = await outreachAt(world, site);
    return {
      url: `/api/outreach/schedules/${schedule.id}`,
      body: { partnerId: schedule.partnerId, sessionType: schedule.sessionType, topics: [], startsOn: schedule.startsOn, endsOn: today(world), time: schedule.time, durationMinutes: 60, recurrence: schedule.recurrence, skippedDays: [], staffIds: schedule.staffIds, version: 1 },
    };
  }),
  "GET /api/outreach/calendar": { allowed: readers, success: 200, call: async (world) => ({ url: `/api/outreach/calendar?${siteQuery(world)}&from=${addDays(today(world), -7)}&to=${today(world)}` }) },
  "GET /api/outreach/sessions": { allowed: readers, success: 200, call: async (world) => ({ url: `/api/outreach/sessions?${siteQuery(world)}` }) },
  "POST /api/outreach/sessions": onRecord(workers, 201, async (world, site) => {
    const { schedule, goer, weekAgo } = await outreachAt(world, site);
    return { url: "/api/outreach/sessions", body: { scheduleId: schedule.id, occurrenceDay: weekAgo, ...record(goer.id) } };
  }),
  "POST /api/outreach/sessions/offline-entries": onRecord(workers, 201, async (world, site) => {
    const { schedule, goer, weekAgo } = await outreachAt(world, site);
    return { url: "/api/outreach/sessions/offline-entries", body: { entryId: randomUUID(), session: { scheduleId: schedule.id, occurrenceDay: weekAgo, ...record(goer.id) } } };
  }),
  "GET /api/outreach/sessions/:sessionId": onRecord(readers, 200, async (world, site) => ({ url: `/api/outreach/sessions/${(await outreachAt(world, site)).session.id}` })),
  "PUT /api/outreach/sessions/:sessionId": onRecord(workers, 200, async (world, site) => {
    const { session, goer } = await outreachAt(world, site);
    return { url: `/api/outreach/sessions/${session.id}`, body: { ...record(goer.id), version: 1 } };
  }),
};
