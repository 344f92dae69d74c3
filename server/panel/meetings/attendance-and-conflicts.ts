/**
 * Two things recorded on a meeting: who came (by the lead, once it has started), and a conflict of
 * interest on one agenda case (a member's own, or one the lead records for an attendee). A conflict
 * hides the case from that member at once; declaring it again changes nothing.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { z } from "zod";
import type { attendanceBodySchema, conflictBodySchema } from "../../../core/api/panel.js";
import { panelAccess } from "../../../core/panel/access.js";
import { authorize } from "../../authz/authorize.js";
import type { Db } from "../../db/client.js";
import { panelConflicts, panelMeetingAttendees } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { AppError, notFound } from "../../http/errors.js";
import { panelMemberOf } from "../access/load-meeting.js";
import { meetingAbilities } from "./policy.js";
import { findMeetingFor } from "./queries.js";
import type { MeetingContext } from "./read-meeting.js";
import { auditMeeting } from "./schedule-meeting.js";

const unprocessable = (path: string, message: string) => new AppError("unprocessable", message, { fields: [{ path, message }] });

export async function recordAttendance(tx: Db, actor: Actor, meetingId: string, body: z.infer<typeof attendanceBodySchema>, context: MeetingContext): Promise<void> {
  const viewer = await findMeetingFor(tx, actor, meetingId, { forUpdate: true });
  authorize(viewer.isLead, "Only the site's safeguarding lead records attendance.");
  if (viewer.loaded.row.isCancelled) throw new AppError("invalid_transition", "This meeting was cancelled.");
  if (!meetingAbilities(viewer, context.now).recordAttendance) throw new AppError("transition_refused", "Attendance is recorded once the meeting has started.");
  const index = body.attendance.findIndex((entry) => !viewer.loaded.meeting.attendeeIds.includes(entry.memberId));
  if (index >= 0) throw unprocessable(`body.attendance.${index}.memberId`, "Only the meeting's attendees can be marked present or absent.");
  for (const attended of [true, false]) {
    const ids = body.attendance.filter((entry) => entry.attended === attended).map((entry) => entry.memberId);
    if (ids.length > 0) await tx.update(panelMeetingAttendees).set({ attended }).where(and(eq(panelMeetingAttendees.meetingId, meetingId), inArray(panelMeetingAttendees.memberId, ids)));
  }
  await auditMeeting(tx, actor, viewer.loaded.row, "attendance_recorded", context, { attendance: body.attendance });
}

export async function declareConflict(tx: Db, actor: Actor, meetingId: string, body: z.infer<typeof conflictBodySchema>, context: MeetingContext): Promise<void> {
  const viewer = await findMeetingFor(tx, actor, meetingId);
  authorize(meetingAbilities(viewer, context.now).declareConflict, "Conflicts are declared while the meeting's papers are open.");
  const own = viewer.member?.id;
  const memberId = body.memberId ?? own;
  if (memberId === undefined) throw unprocessable("body.memberId", "Choose the member who has the conflict.");
  authorize(memberId === own || viewer.isLead, "Only the safeguarding lead records a conflict for someone else.");
  if (!viewer.loaded.meeting.attendeeIds.includes(memberId)) throw unprocessable("body.memberId", "The member does not attend this meeting.");
  if (viewer.isLead) {
    if (!viewer.loaded.meeting.agenda.caseIds.includes(body.caseId)) throw unprocessable("body.caseId", "The case is not on this meeting's agenda.");
  } else {
    // A member declares only on a case they may see now (or have already declared on): anything
    // else is "not found", so the answer never tells them what is on an agenda they cannot read.
    const access = panelAccess(panelMemberOf(viewer.member!), viewer.loaded.meeting, body.caseId, context.now);
    if (!access.allowed && access.reason !== "conflict") throw notFound("Case");
  }
  const inserted = await tx
    .insert(panelConflicts)
    .values({ meetingId, memberId, caseId: body.caseId, organisationId: actor.organisationId, declaredBy: actor.userId, declaredAt: context.now })
    .onConflictDoNothing()
    .returning({ memberId: panelConflicts.memberId });
  if (inserted.length > 0) await auditMeeting(tx, actor, viewer.loaded.row, "conflict_declared", context, { memberId, caseId: body.caseId });
}
