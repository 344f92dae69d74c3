/** The fields of a meeting that leave the server: the summary lists show, with when its cases are open to attending members. */
import type { MeetingSummary } from "../../../core/api/panel.js";
import { accessWindowOf } from "../../../core/panel/access.js";
import type { MeetingRow } from "../access/load-meeting.js";

export function presentMeetingSummary(row: MeetingRow, facts: { siteName: string; agendaCount: number; decidedCount: number }): MeetingSummary {
  const { opensAt, closesAt } = accessWindowOf({
    id: row.id,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    attendeeIds: [],
    agenda: { caseIds: [], conflicts: [] },
    accessWindow: { minutesBefore: row.minutesBefore, minutesAfter: row.minutesAfter },
    isCancelled: row.isCancelled,
  });
  return {
    id: row.id,
    siteId: row.siteId,
    siteName: facts.siteName,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    location: row.location,
    isCancelled: row.isCancelled,
    agendaCount: facts.agendaCount,
    decidedCount: facts.decidedCount,
    access: { opensAt: opensAt.toISOString(), closesAt: closesAt.toISOString() },
  };
}
