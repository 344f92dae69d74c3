/**
 * Finding meetings the way people may see them: the site's safeguarding lead and team managers see
 * every meeting of the site; a panel member sees only the meetings they attend. Anything else is
 * "not found".
 */
import { and, asc, desc, eq, inArray, or, sql } from "drizzle-orm";
import { managerRoles, holdsAt, sitesWhere } from "../../authz/site-roles.js";
import type { Db } from "../../db/client.js";
import { panelDecisions, panelEscalations, panelMeetingAttendees, panelMeetings, panelMembers, sites } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { notFound } from "../../http/errors.js";
import { loadMeeting, type LoadedMeeting, type MemberRow, type MeetingRow } from "../access/load-meeting.js";
import { isSiteLead, membershipAt } from "../access/panel-case-access.js";

export interface MeetingViewer {
  loaded: LoadedMeeting;
  /** A safeguarding lead or team manager of the meeting's site. */
  isStaff: boolean;
  isLead: boolean;
  /** The actor's seat, when they attend this meeting. */
  member: MemberRow | null;
}

export async function findMeetingFor(db: Db, actor: Actor, meetingId: string, options: { forUpdate?: boolean } = {}): Promise<MeetingViewer> {
  const loaded = await loadMeeting(db, actor.organisationId, meetingId, options);
  if (!loaded) throw notFound("Meeting");
  const seat = await membershipAt(db, actor, loaded.row.siteId);
  const member = seat && loaded.meeting.attendeeIds.includes(seat.id) ? seat : null;
  const isStaff = holdsAt(actor, managerRoles, loaded.row.siteId);
  if (!isStaff && !member) throw notFound("Meeting");
  return { loaded, isStaff, isLead: isSiteLead(actor, loaded.row.siteId), member };
}

export interface MeetingListRow {
  meeting: MeetingRow;
  siteName: string;
  agendaCount: number;
  decidedCount: number;
}

const closesAtSql = sql`${panelMeetings.endsAt} + ${panelMeetings.minutesAfter} * interval '1 minute'`;
const agendaCountSql = sql<number>`(select count(*) from ${panelEscalations} where (${panelEscalations.state} = 'accepted' and ${panelEscalations.meetingId} = ${panelMeetings.id})
  or (${panelEscalations.state} = 'discussed' and exists (select 1 from ${panelDecisions} where ${panelDecisions.escalationId} = ${panelEscalations.id} and ${panelDecisions.meetingId} = ${panelMeetings.id})))::int`;
const decidedCountSql = sql<number>`(select count(*) from ${panelDecisions} where ${panelDecisions.meetingId} = ${panelMeetings.id})::int`;

/** A site has a meeting or two a month; a year's worth either way is plenty for one list. */
const maxMeetings = 100;

/** Meetings the actor may see: all of the sites they manage, and those they attend; upcoming ones until their window closes. */
export async function listMeetingsFor(db: Db, actor: Actor, query: { siteId?: string | undefined; when: "upcoming" | "past" }, now: Date): Promise<MeetingListRow[]> {
  const managed = sitesWhere(actor, managerRoles).filter((siteId) => query.siteId === undefined || siteId === query.siteId);
  const attends = sql`exists (select 1 from ${panelMeetingAttendees} inner join ${panelMembers} on ${panelMembers.id} = ${panelMeetingAttendees.memberId}
    where ${panelMeetingAttendees.meetingId} = ${panelMeetings.id} and ${panelMembers.userId} = ${actor.userId})`;
  const isUpcoming = query.when === "upcoming";
  const rows = await db
    .select({ meeting: panelMeetings, siteName: sites.name, agendaCount: agendaCountSql, decidedCount: decidedCountSql })
    .from(panelMeetings)
    .innerJoin(sites, eq(sites.id, panelMeetings.siteId))
    .where(
      and(
        eq(panelMeetings.organisationId, actor.organisationId),
        or(managed.length > 0 ? inArray(panelMeetings.siteId, managed) : sql`false`, and(attends, query.siteId ? eq(panelMeetings.siteId, query.siteId) : undefined)),
        isUpcoming ? sql`${closesAtSql} > ${now.toISOString()}` : sql`${closesAtSql} <= ${now.toISOString()}`,
      ),
    )
    .orderBy(isUpcoming ? asc(panelMeetings.startsAt) : desc(panelMeetings.startsAt), asc(panelMeetings.id))
    .limit(maxMeetings);
  return rows;
}

/** The members of a site's panel (only `ids` when given), for choosing attendees. */
export async function siteMembers(db: Db, organisationId: string, siteId: string, ids?: readonly string[]): Promise<MemberRow[]> {
  if (ids?.length === 0) return [];
  return db
    .select()
    .from(panelMembers)
    .where(and(eq(panelMembers.organisationId, organisationId), eq(panelMembers.siteId, siteId), ids ? inArray(panelMembers.id, [...ids]) : undefined))
    .orderBy(asc(panelMembers.createdAt), asc(panelMembers.id))
    .limit(500);
}

export async function siteName(db: Db, siteId: string): Promise<string> {
  const [site] = await db.select({ name: sites.name }).from(sites).where(eq(sites.id, siteId)).limit(1);
  return site?.name ?? "";
}
