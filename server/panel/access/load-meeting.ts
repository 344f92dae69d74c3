/**
 * Loads a panel meeting as the core access rules see it (core/panel/access.ts): its times, window,
 * attendees, agenda and declared conflicts. The agenda is the escalations accepted onto the
 * meeting plus those decided at it, so a decided case stays visible to members for the rest of
 * the window.
 */
import { and, asc, eq, inArray, or } from "drizzle-orm";
import type { PanelMeeting, PanelMember } from "../../../core/panel/access.js";
import type { MemberKind } from "../../../core/panel/membership.js";
import type { Db } from "../../db/client.js";
import { panelConflicts, panelDecisions, panelEscalations, panelMeetingAttendees, panelMeetings, panelMembers } from "../../db/schema.js";

export type MeetingRow = typeof panelMeetings.$inferSelect;
export type MemberRow = typeof panelMembers.$inferSelect;
export type EscalationRow = typeof panelEscalations.$inferSelect;

export interface LoadedMeeting {
  row: MeetingRow;
  meeting: PanelMeeting;
  /** The escalations on the agenda, oldest first. */
  agenda: EscalationRow[];
  attendees: { member: MemberRow; attended: boolean | null }[];
  conflicts: { memberId: string; caseId: string }[];
}

/** A membership row as the access rules see it. */
export function panelMemberOf(row: MemberRow): PanelMember {
  return {
    id: row.id,
    kind: row.kind as MemberKind,
    vetting: row.vettingCheckedOn && row.vettingExpiresOn ? { checkedOn: row.vettingCheckedOn, expiresOn: row.vettingExpiresOn } : null,
    term: { from: row.termFrom, to: row.termTo },
    isActive: row.isActive,
  };
}

/** A meeting of the organisation with everything access depends on, or null when there is none. */
export async function loadMeeting(db: Db, organisationId: string, meetingId: string, options: { forUpdate?: boolean } = {}): Promise<LoadedMeeting | null> {
  const query = db
    .select()
    .from(panelMeetings)
    .where(and(eq(panelMeetings.id, meetingId), eq(panelMeetings.organisationId, organisationId)))
    .limit(1);
  const [row] = options.forUpdate ? await query.for("update") : await query;
  if (!row) return null;
  const [agenda, attendees, conflicts] = await Promise.all([
    agendaOf(db, meetingId),
    db
      .select({ member: panelMembers, attended: panelMeetingAttendees.attended })
      .from(panelMeetingAttendees)
      .innerJoin(panelMembers, eq(panelMembers.id, panelMeetingAttendees.memberId))
      .where(eq(panelMeetingAttendees.meetingId, meetingId))
      .orderBy(asc(panelMembers.createdAt), asc(panelMembers.id)),
    db.select({ memberId: panelConflicts.memberId, caseId: panelConflicts.caseId }).from(panelConflicts).where(eq(panelConflicts.meetingId, meetingId)),
  ]);
  return {
    row,
    agenda,
    attendees,
    conflicts,
    meeting: {
      id: row.id,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      attendeeIds: attendees.map((attendee) => attendee.member.id),
      agenda: { caseIds: agenda.map((escalation) => escalation.caseId), conflicts },
      accessWindow: { minutesBefore: row.minutesBefore, minutesAfter: row.minutesAfter },
      isCancelled: row.isCancelled,
    },
  };
}

async function agendaOf(db: Db, meetingId: string): Promise<EscalationRow[]> {
  const decided = db.select({ id: panelDecisions.escalationId }).from(panelDecisions).where(eq(panelDecisions.meetingId, meetingId));
  return db
    .select()
    .from(panelEscalations)
    .where(or(and(eq(panelEscalations.state, "accepted"), eq(panelEscalations.meetingId, meetingId)), and(eq(panelEscalations.state, "discussed"), inArray(panelEscalations.id, decided))))
    .orderBy(asc(panelEscalations.submittedAt), asc(panelEscalations.id));
}
