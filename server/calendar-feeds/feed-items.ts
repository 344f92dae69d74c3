/**
 * What goes in a worker's calendar feed, read live at every fetch from what they may see now: the
 * sessions they deliver on cases they can open (without emergency access), the care plan reviews
 * and re-assessments due on open cases they are key worker of, and the meetings of panels they hold
 * an active seat on. A case they lose drops out of the next fetch; nothing is granted to the feed.
 * Only references, dates, sites and a panel room are read: never identity, never notes.
 */
import { and, asc, eq, gte, isNull, lt, ne } from "drizzle-orm";
import type { WorkerFeedItem } from "../../core/calendar/worker-feed.js";
import { addDays } from "../../core/instruments/reassessment.js";
import { londonDay, startOfLondonDay } from "../../core/london-time.js";
import { visibleCases, type CaseViewer } from "../cases/scope.js";
import type { Db } from "../db/client.js";
import { carePlans, caseAssignments, cases, panelMeetingAttendees, panelMeetings, panelMembers, sites, supportSessions, supportSessionWorkers } from "../db/schema.js";
import { keyWorkerReassessments } from "./reassessments-due.js";

/** The feed covers a month back and six months ahead: enough for a diary, bounded for the query. */
export const feedDaysBack = 31;
export const feedDaysAhead = 183;
const maxSessions = 1000;
const maxCases = 500;
const maxMeetings = 200;

export async function readFeedItems(tx: Db, owner: CaseViewer, now: Date): Promise<WorkerFeedItem[]> {
  const today = londonDay(now);
  const from = startOfLondonDay(addDays(today, -feedDaysBack));
  const until = startOfLondonDay(addDays(today, feedDaysAhead));
  const [sessionItems, dueItems, meetingItems] = await Promise.all([sessions(tx, owner, now, from, until), dueOnCases(tx, owner, now), meetings(tx, owner, from, until)]);
  return [...sessionItems, ...dueItems, ...meetingItems];
}

async function sessions(tx: Db, owner: CaseViewer, now: Date, from: Date, until: Date): Promise<WorkerFeedItem[]> {
  const rows = await tx
    .select({ session: supportSessions, caseReference: cases.reference, siteName: sites.name })
    .from(supportSessionWorkers)
    .innerJoin(supportSessions, eq(supportSessions.id, supportSessionWorkers.sessionId))
    .innerJoin(cases, eq(cases.id, supportSessions.caseId))
    .innerJoin(sites, eq(sites.id, supportSessions.siteId))
    .where(
      and(
        eq(supportSessionWorkers.userId, owner.userId),
        eq(supportSessionWorkers.organisationId, owner.organisationId),
        gte(supportSessionWorkers.startsAt, from),
        lt(supportSessionWorkers.startsAt, until),
        visibleCases(owner, now, { includeBreakGlass: false }),
      ),
    )
    .orderBy(asc(supportSessionWorkers.startsAt), asc(supportSessionWorkers.sessionId))
    .limit(maxSessions);
  return rows.map(({ session, caseReference, siteName }) => ({
    kind: "session",
    id: session.id,
    caseId: session.caseId,
    caseReference,
    siteName,
    startsAt: session.startsAt,
    durationMinutes: session.durationMinutes,
    attendance: session.attendance,
    version: session.version,
    updatedAt: session.updatedAt,
  }));
}

/** Reviews and re-assessments due on the open cases the owner is key worker of and can still open. */
async function dueOnCases(tx: Db, owner: CaseViewer, now: Date): Promise<WorkerFeedItem[]> {
  const held = await tx
    .select({ kase: cases, siteName: sites.name, plan: carePlans })
    .from(caseAssignments)
    .innerJoin(cases, eq(cases.id, caseAssignments.caseId))
    .innerJoin(sites, eq(sites.id, cases.siteId))
    .leftJoin(carePlans, eq(carePlans.caseId, cases.id))
    .where(
      and(
        eq(caseAssignments.userId, owner.userId),
        eq(caseAssignments.role, "key_worker"),
        isNull(caseAssignments.endedAt),
        ne(cases.state, "closed"),
        visibleCases(owner, now, { includeBreakGlass: false }),
      ),
    )
    .orderBy(asc(cases.reference), asc(cases.id))
    .limit(maxCases);
  const reviews: WorkerFeedItem[] = held.flatMap(({ kase, siteName, plan }) =>
    plan ? [{ kind: "care_plan_review" as const, planId: plan.id, caseId: kase.id, caseReference: kase.reference, siteName, dueOn: plan.nextReviewOn, updatedAt: plan.updatedAt }] : [],
  );
  const reassessments = await keyWorkerReassessments(tx, owner.organisationId, held, londonDay(now));
  return [...reviews, ...reassessments];
}

async function meetings(tx: Db, owner: CaseViewer, from: Date, until: Date): Promise<WorkerFeedItem[]> {
  const rows = await tx
    .select({ meeting: panelMeetings, siteName: sites.name })
    .from(panelMembers)
    .innerJoin(panelMeetingAttendees, eq(panelMeetingAttendees.memberId, panelMembers.id))
    .innerJoin(panelMeetings, eq(panelMeetings.id, panelMeetingAttendees.meetingId))
    .innerJoin(sites, eq(sites.id, panelMeetings.siteId))
    .where(
      and(
        eq(panelMembers.userId, owner.userId),
        eq(panelMembers.organisationId, owner.organisationId),
        eq(panelMembers.isActive, true),
        gte(panelMeetings.startsAt, from),
        lt(panelMeetings.startsAt, until),
      ),
    )
    .orderBy(asc(panelMeetings.startsAt), asc(panelMeetings.id))
    .limit(maxMeetings);
  return rows.map(({ meeting, siteName }) => ({
    kind: "panel_meeting",
    id: meeting.id,
    siteName,
    location: meeting.location,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    isCancelled: meeting.isCancelled,
    version: meeting.version,
    updatedAt: meeting.updatedAt,
  }));
}

