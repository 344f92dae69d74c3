/**
 * What people may do with a meeting they can see (queries.ts decides seeing). The site's
 * safeguarding lead runs the panel: schedules, changes and cancels meetings and records who came.
 * A member declares their own conflicts while the meeting's material is still open to them; the
 * lead may record one for any attendee. Minutes are printed by the lead, and by an attending member
 * while the window is open to them.
 */
import type { z } from "zod";
import type { meetingDetailSchema } from "../../../core/api/panel.js";
import { accessWindowOf } from "../../../core/panel/access.js";
import type { Actor } from "../../http/context.js";
import { panelMemberOf } from "../access/load-meeting.js";
import { isSiteLead, meetingAccess } from "../access/panel-case-access.js";
import type { MeetingViewer } from "./queries.js";

export const canScheduleAt = (actor: Actor, siteId: string): boolean => isSiteLead(actor, siteId);

/** An attending member whose window is open now (in term, vetted, between its opening and closing). */
export const isMemberWindowOpen = (viewer: MeetingViewer, now: Date): boolean =>
  viewer.member !== null && meetingAccess(panelMemberOf(viewer.member), viewer.loaded.meeting, now).allowed;

export function meetingAbilities(viewer: MeetingViewer, now: Date): z.infer<typeof meetingDetailSchema>["abilities"] {
  const { row, meeting } = viewer.loaded;
  const isOpen = !row.isCancelled;
  const lead = viewer.isLead && isOpen;
  return {
    edit: lead,
    cancel: lead && row.endsAt.getTime() > now.getTime(),
    recordAttendance: lead && row.startsAt.getTime() <= now.getTime(),
    declareConflict: lead || (isOpen && viewer.member !== null && now.getTime() < accessWindowOf(meeting).closesAt.getTime()),
    printMinutes: viewer.isLead || isMemberWindowOpen(viewer, now),
  };
}
