/**
 * One meeting as the viewer may see it. The site's lead and managers get the whole agenda with who
 * is conflicted on each case, the site's members to choose attendees from, and the submitted
 * escalations waiting to be accepted. An attending member gets only the agenda cases open to them
 * now (none outside their window, none they are conflicted on), as initials and an age band.
 */
import { and, eq } from "drizzle-orm";
import type { MeetingDetail } from "../../../core/api/panel.js";
import { accessWindowOf, panelAccess } from "../../../core/panel/access.js";
import { londonDay } from "../../../core/london-time.js";
import type { PanelRole } from "../../../core/panel/membership.js";
import type { Db } from "../../db/client.js";
import { panelMeetings } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import type { Vault } from "../../vault/vault.js";
import { panelMemberOf } from "../access/load-meeting.js";
import { meetingAccess, memberBlockedBy } from "../access/panel-case-access.js";
import { namesOf } from "../escalations/decision-view.js";
import { presentEscalationSummary } from "../escalations/presenter.js";
import { siteQueue } from "../escalations/queries.js";
import { agendaItems } from "./agenda-items.js";
import { meetingAbilities } from "./policy.js";
import { presentMeetingSummary } from "./presenter.js";
import { findMeetingFor, siteMembers, siteName, type MeetingViewer } from "./queries.js";
import { auditMeeting } from "./schedule-meeting.js";

export interface MeetingContext {
  vault: Vault;
  now: Date;
  requestId: string;
}

export async function meetingDetail(db: Db, actor: Actor, viewer: MeetingViewer, context: MeetingContext): Promise<MeetingDetail> {
  const { row, meeting, agenda, attendees, conflicts } = viewer.loaded;
  const { now } = context;
  const seesAll = viewer.isStaff;
  const me = viewer.member ? panelMemberOf(viewer.member) : null;
  const visible = seesAll ? agenda : agenda.filter((escalation) => me !== null && panelAccess(me, meeting, escalation.caseId, now).allowed);
  const conflictsOf = (caseId: string) => (seesAll ? conflicts.filter((conflict) => conflict.caseId === caseId).map((conflict) => conflict.memberId) : []);
  const members = viewer.isLead ? await siteMembers(db, actor.organisationId, row.siteId) : [];
  const names = await namesOf(db, [...attendees.map(({ member }) => member.userId), ...members.map((member) => member.userId)]);
  const { opensAt, closesAt } = accessWindowOf(meeting);
  return {
    ...presentMeetingSummary(row, { siteName: await siteName(db, row.siteId), agendaCount: agenda.length, decidedCount: agenda.filter((escalation) => escalation.state === "discussed").length }),
    version: row.version,
    cancelReason: row.cancelReason,
    minutesBefore: row.minutesBefore,
    minutesAfter: row.minutesAfter,
    attendees: attendees.map(({ member, attended }) => ({
      memberId: member.id,
      userId: member.userId,
      name: names.get(member.userId) ?? "",
      memberOrganisation: member.memberOrganisation,
      panelRole: member.panelRole as PanelRole,
      kind: panelMemberOf(member).kind,
      attended,
      accessBlockedBy: seesAll ? refusalOf(meetingAccess(panelMemberOf(member), meeting, now)) : null,
    })),
    agenda: await agendaItems(db, context.vault, visible, { today: londonDay(now), conflictsOf }),
    hiddenForConflict: me ? conflicts.filter((conflict) => conflict.memberId === me.id).length : 0,
    myAccess: me ? { memberId: me.id, isOpen: meetingAccess(me, meeting, now).allowed, opensAt: opensAt.toISOString(), closesAt: closesAt.toISOString() } : null,
    awaitingAgenda: viewer.isLead ? await awaitingAgenda(db, actor, row.siteId, now) : [],
    memberOptions: members.map((member) => ({ memberId: member.id, name: names.get(member.userId) ?? "", memberOrganisation: member.memberOrganisation, accessBlockedBy: memberBlockedBy(panelMemberOf(member), now) })),
    abilities: meetingAbilities(viewer, now),
  };
}

/** The meeting page as read: the agenda cases it showed (initials and age bands are panel material) are audited. */
export async function readMeeting(db: Db, actor: Actor, meetingId: string, context: MeetingContext): Promise<MeetingDetail> {
  const viewer = await findMeetingFor(db, actor, meetingId);
  const detail = await meetingDetail(db, actor, viewer, context);
  await auditMeeting(db, actor, viewer.loaded.row, "meeting_read", context, { caseIds: detail.agenda.map((item) => item.caseId), asLead: viewer.isLead });
  return detail;
}

const refusalOf = (access: ReturnType<typeof meetingAccess>) => (access.allowed ? null : access.reason);

/**
 * What the lead may put on a meeting's agenda: escalations waiting to be accepted, and those left
 * on the agenda of a meeting that was cancelled, which need another meeting.
 */
async function awaitingAgenda(db: Db, actor: Actor, siteId: string, now: Date) {
  const cancelled = new Set(
    (await db.select({ id: panelMeetings.id }).from(panelMeetings).where(and(eq(panelMeetings.siteId, siteId), eq(panelMeetings.isCancelled, true)))).map((meeting) => meeting.id),
  );
  const queue = await siteQueue(db, actor, siteId, ["submitted", "accepted"], now);
  return queue.map(presentEscalationSummary).filter((escalation) => escalation.state === "submitted" || (escalation.meeting !== null && cancelled.has(escalation.meeting.id)));
}
