/** The fields of an outreach session that leave the server: a list's summary, and the whole record. */
import type { HandedOut, OutreachPartnerRef, OutreachSessionDetail, OutreachSessionSummary } from "../../../core/api/outreach-sessions.js";
import type { OutreachSessionType, OutreachTopic } from "../../../core/outreach/vocabulary.js";
import { staffList } from "../schedules/site-choices.js";
import type { SessionRow } from "./queries.js";

export function presentSessionSummary(row: SessionRow, facts: { partner: OutreachPartnerRef | null; resourcesHandedOut: number }): OutreachSessionSummary {
  return {
    id: row.id,
    siteId: row.siteId,
    scheduleId: row.scheduleId,
    occurrenceDay: row.occurrenceDay,
    startsAt: row.startsAt.toISOString(),
    durationMinutes: row.durationMinutes,
    partner: facts.partner,
    venue: row.venue,
    sessionType: row.sessionType as OutreachSessionType,
    headcountTotal: row.headcountTotal,
    followUpContacts: row.followUpContacts,
    resourcesHandedOut: facts.resourcesHandedOut,
  };
}

export function presentSessionDetail(
  row: SessionRow,
  facts: { partner: OutreachPartnerRef | null; staffNames: ReadonlyMap<string, string>; resources: HandedOut[]; referralsAttributed: number; canEdit: boolean },
): OutreachSessionDetail {
  return {
    ...presentSessionSummary(row, { partner: facts.partner, resourcesHandedOut: facts.resources.reduce((sum, line) => sum + line.quantity, 0) }),
    topics: row.topics as OutreachTopic[],
    staff: staffList(row.staffIds, facts.staffNames),
    headcount: row.headcount,
    notes: row.notes,
    resources: facts.resources,
    referralsAttributed: facts.referralsAttributed,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
    abilities: { edit: facts.canEdit },
  };
}
