/**
 * Scheduling and changing a meeting of a site's panel, by its safeguarding lead: when and where,
 * how long before and after it attending members see its cases, and who attends (members of that
 * site's panel). A change carries the version seen; a cancelled meeting is not changed.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { CreateMeetingBody, UpdateMeetingBody } from "../../../core/api/panel.js";
import { recordAudit } from "../../audit/record-audit.js";
import { authorize } from "../../authz/authorize.js";
import type { Db } from "../../db/client.js";
import { panelMeetingAttendees, panelMeetings } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { AppError } from "../../http/errors.js";
import type { MeetingRow } from "../access/load-meeting.js";
import { canScheduleAt } from "./policy.js";
import { findMeetingFor, siteMembers, type MeetingViewer } from "./queries.js";
import type { MeetingContext } from "./read-meeting.js";

export const staleMeetingMessage = "The meeting has changed since you opened it. Reload it to see the change, then try again.";

export async function auditMeeting(tx: Db, actor: Actor, row: MeetingRow, action: string, context: Pick<MeetingContext, "requestId">, details: Record<string, unknown> = {}) {
  await recordAudit(tx, { organisationId: actor.organisationId, actorUserId: actor.userId, action: `panel.${action}`, entityType: "panel_meeting", entityId: row.id, siteId: row.siteId, requestId: context.requestId, details });
}

/** The attendees, each a member of the site's panel, or a 422 naming the field. */
async function checkAttendees(tx: Db, actor: Actor, siteId: string, attendeeIds: readonly string[]): Promise<void> {
  const found = await siteMembers(tx, actor.organisationId, siteId, attendeeIds);
  if (found.length !== attendeeIds.length) {
    const message = "Every attendee must be a member of this site's panel.";
    throw new AppError("unprocessable", message, { fields: [{ path: "body.attendeeIds", message }] });
  }
}

const timesOf = (body: CreateMeetingBody | UpdateMeetingBody) => ({
  startsAt: new Date(body.startsAt),
  endsAt: new Date(body.endsAt),
  location: body.location,
  minutesBefore: body.minutesBefore,
  minutesAfter: body.minutesAfter,
});

export async function scheduleMeeting(tx: Db, actor: Actor, body: CreateMeetingBody, context: MeetingContext): Promise<string> {
  authorize(canScheduleAt(actor, body.siteId), "Only the site's safeguarding lead schedules its panel meetings.");
  await checkAttendees(tx, actor, body.siteId, body.attendeeIds);
  const [row] = await tx
    .insert(panelMeetings)
    .values({ organisationId: actor.organisationId, siteId: body.siteId, ...timesOf(body), createdBy: actor.userId, createdAt: context.now, updatedAt: context.now })
    .returning();
  if (body.attendeeIds.length > 0) await tx.insert(panelMeetingAttendees).values(body.attendeeIds.map((memberId) => ({ meetingId: row!.id, memberId, organisationId: actor.organisationId })));
  await auditMeeting(tx, actor, row!, "meeting_scheduled", context, { attendeeIds: body.attendeeIds });
  return row!.id;
}

/** The meeting, for a change by the site's lead with the version seen; refused once cancelled. */
export async function meetingForChange(tx: Db, actor: Actor, meetingId: string, version: number): Promise<MeetingViewer> {
  const viewer = await findMeetingFor(tx, actor, meetingId, { forUpdate: true });
  authorize(viewer.isLead, "Only the site's safeguarding lead changes its panel meetings.");
  if (viewer.loaded.row.version !== version) throw new AppError("conflict", staleMeetingMessage);
  if (viewer.loaded.row.isCancelled) throw new AppError("invalid_transition", "This meeting was cancelled; it cannot be changed.");
  return viewer;
}

export async function updateMeeting(tx: Db, actor: Actor, meetingId: string, body: UpdateMeetingBody, context: MeetingContext): Promise<void> {
  const { loaded } = await meetingForChange(tx, actor, meetingId, body.version);
  await checkAttendees(tx, actor, loaded.row.siteId, body.attendeeIds);
  const before = new Set(loaded.meeting.attendeeIds);
  const removed = [...before].filter((id) => !body.attendeeIds.includes(id));
  const added = body.attendeeIds.filter((id) => !before.has(id));
  await tx.update(panelMeetings).set({ ...timesOf(body), updatedAt: context.now, version: loaded.row.version + 1 }).where(eq(panelMeetings.id, meetingId));
  if (removed.length > 0) await tx.delete(panelMeetingAttendees).where(and(eq(panelMeetingAttendees.meetingId, meetingId), inArray(panelMeetingAttendees.memberId, removed)));
  if (added.length > 0) await tx.insert(panelMeetingAttendees).values(added.map((memberId) => ({ meetingId, memberId, organisationId: actor.organisationId })));
  await auditMeeting(tx, actor, loaded.row, "meeting_updated", context, { added, removed, startsAt: body.startsAt, endsAt: body.endsAt });
}

/** Cancels a meeting; its cases are no longer open to anyone through it. Escalations on its agenda stay accepted for the lead to move. */
export async function cancelMeeting(tx: Db, actor: Actor, meetingId: string, body: { reason: string; version: number }, context: MeetingContext): Promise<void> {
  const { loaded } = await meetingForChange(tx, actor, meetingId, body.version);
  await tx.update(panelMeetings).set({ isCancelled: true, cancelReason: body.reason, updatedAt: context.now, version: loaded.row.version + 1 }).where(eq(panelMeetings.id, meetingId));
  await auditMeeting(tx, actor, loaded.row, "meeting_cancelled", context, { agendaCount: loaded.agenda.length });
}
