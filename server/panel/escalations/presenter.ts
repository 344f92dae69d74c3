/** Outgoing shapes of escalations: the summary lists show, and the meeting reference. */
import { decisionKinds, escalationStates, type EscalationSummary } from "../../../core/api/panel.js";
import type { EscalationListRow, MeetingRef } from "./queries.js";

export const presentMeetingRef = (meeting: MeetingRef) => ({
  id: meeting.id,
  startsAt: meeting.startsAt.toISOString(),
  endsAt: meeting.endsAt.toISOString(),
  location: meeting.location,
});

const known = <T extends string>(values: readonly T[], value: string | null): T | null => values.find((candidate) => candidate === value) ?? null;

export function presentEscalationSummary(row: EscalationListRow): EscalationSummary {
  const { escalation } = row;
  const state = known(escalationStates, escalation.state);
  if (!state) throw new Error(`unknown escalation state ${escalation.state}`);
  return {
    id: escalation.id,
    caseId: escalation.caseId,
    caseReference: row.caseReference,
    siteId: escalation.siteId,
    siteName: row.siteName,
    state,
    isUrgent: escalation.isUrgent,
    submittedAt: escalation.submittedAt.toISOString(),
    escalatedByName: row.escalatedByName,
    meeting: row.meeting ? presentMeetingRef(row.meeting) : null,
    decisionKind: known(decisionKinds, row.decisionKind),
    version: escalation.version,
  };
}
