/** The fields of a schedule that leave the server, with its partner, staff and next occurrence. */
import type { OutreachPartnerRef, OutreachScheduleView } from "../../../core/api/outreach-sessions.js";
import { londonDay } from "../../../core/london-time.js";
import { nextOccurrence, type OutreachSchedule } from "../../../core/outreach/schedule.js";
import type { OutreachSessionType, OutreachTopic } from "../../../core/outreach/vocabulary.js";
import { staffList } from "./site-choices.js";
import type { ScheduleRow } from "./queries.js";

/** The stored row as the core's schedule, for working out its occurrences. */
export const scheduleOf = (row: ScheduleRow): OutreachSchedule => ({
  startsOn: row.startsOn,
  endsOn: row.endsOn,
  time: row.time,
  durationMinutes: row.durationMinutes,
  recurrence: row.recurrence,
  skippedDays: row.skippedDays,
});

export function presentSchedule(row: ScheduleRow, facts: { partner: OutreachPartnerRef; staffNames: ReadonlyMap<string, string>; now: Date; canEdit: boolean }): OutreachScheduleView {
  const next = nextOccurrence(scheduleOf(row), londonDay(facts.now));
  return {
    id: row.id,
    siteId: row.siteId,
    partner: facts.partner,
    sessionType: row.sessionType as OutreachSessionType,
    topics: row.topics as OutreachTopic[],
    ...scheduleOf(row),
    staff: staffList(row.staffIds, facts.staffNames),
    nextOccurrence: next ? { day: next.day, startsAt: next.startsAt.toISOString(), endsAt: next.endsAt.toISOString() } : null,
    version: row.version,
    abilities: { edit: facts.canEdit },
  };
}
