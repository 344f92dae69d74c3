/** A site's next meetings (not cancelled, not yet ended), each with its agenda and decisions counted and its access window. */
import { and, asc, count, eq, gt, inArray } from "drizzle-orm";
import type { MeetingSummary } from "../../../core/api/panel.js";
import { accessWindowOf } from "../../../core/panel/access.js";
import type { Db } from "../../db/client.js";
import { panelDecisions, panelEscalations, panelMeetings, sites } from "../../db/schema.js";

export async function upcomingMeetings(db: Db, siteId: string, now: Date, limit: number): Promise<MeetingSummary[]> {
  const meetings = await db
    .select({ meeting: panelMeetings, siteName: sites.name })
    .from(panelMeetings)
    .innerJoin(sites, eq(sites.id, panelMeetings.siteId))
    .where(and(eq(panelMeetings.siteId, siteId), eq(panelMeetings.isCancelled, false), gt(panelMeetings.endsAt, now)))
    .orderBy(asc(panelMeetings.startsAt), asc(panelMeetings.id))
    .limit(limit);
  if (meetings.length === 0) return [];
  const ids = meetings.map(({ meeting }) => meeting.id);
  const [agenda, decided] = await Promise.all([
    db
      .select({ meetingId: panelEscalations.meetingId, n: count() })
      .from(panelEscalations)
      .where(and(inArray(panelEscalations.meetingId, ids), inArray(panelEscalations.state, ["accepted", "discussed"])))
      .groupBy(panelEscalations.meetingId),
    db.select({ meetingId: panelDecisions.meetingId, n: count() }).from(panelDecisions).where(inArray(panelDecisions.meetingId, ids)).groupBy(panelDecisions.meetingId),
  ]);
  const agendaOf = new Map(agenda.map((row) => [row.meetingId, row.n]));
  const decidedOf = new Map(decided.map((row) => [row.meetingId, row.n]));
  return meetings.map(({ meeting, siteName }) => {
    const window = accessWindowOf({ ...meeting, attendeeIds: [], agenda: { caseIds: [], conflicts: [] }, accessWindow: { minutesBefore: meeting.minutesBefore, minutesAfter: meeting.minutesAfter } });
    return {
      id: meeting.id,
      siteId: meeting.siteId,
      siteName,
      startsAt: meeting.startsAt.toISOString(),
      endsAt: meeting.endsAt.toISOString(),
      location: meeting.location,
      isCancelled: meeting.isCancelled,
      agendaCount: agendaOf.get(meeting.id) ?? 0,
      decidedCount: decidedOf.get(meeting.id) ?? 0,
      access: { opensAt: window.opensAt.toISOString(), closesAt: window.closesAt.toISOString() },
    };
  });
}
