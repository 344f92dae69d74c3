/** Outgoing shapes of enrolments: a summary for the case's list, the full enrolment with its history and durations. */
import type { EnrolmentDetail, EnrolmentSummary } from "../../core/api/programmes.js";
import type { EnrolmentDurations, EnrolmentEventType, ProgrammeDefinition } from "../../core/programmes/programme.js";
import type { ProgrammeVersionRow } from "./catalogue.js";
import type { EnrolmentEventRow, EnrolmentRow } from "./queries.js";

const phaseAt = (definition: ProgrammeDefinition, index: number | null) => {
  const phase = index === null ? undefined : definition.phases[index];
  return phase ? { id: phase.id, title: phase.title } : null;
};

export function presentEnrolmentSummary(row: EnrolmentRow, programme: ProgrammeVersionRow, definition: ProgrammeDefinition, names: ReadonlyMap<string, string>): EnrolmentSummary {
  const current = row.state === "completed" ? null : phaseAt(definition, row.phaseIndex);
  return {
    id: row.id,
    caseId: row.caseId,
    programme: { versionId: programme.id, key: definition.key, version: definition.version, title: definition.title, kind: definition.kind },
    state: row.state as EnrolmentSummary["state"],
    currentPhase: current ? { index: row.phaseIndex, ...current } : null,
    phaseCount: definition.phases.length,
    enrolledOn: row.enrolledOn,
    enrolledAt: row.createdAt.toISOString(),
    enrolledByName: names.get(row.enrolledBy) ?? null,
    version: row.version,
  };
}

/** One recorded event as the history shows it; `note` is already decrypted. */
export function presentHistoryEntry(event: EnrolmentEventRow, actorName: string | null, note: string | null, definition: ProgrammeDefinition): EnrolmentDetail["history"][number] {
  const details = event.details;
  const criteriaMet = Array.isArray(details.criteriaMet) ? details.criteriaMet.filter((id): id is string => typeof id === "string") : [];
  const reason = typeof details.reason === "string" ? details.reason : null;
  return {
    at: event.at.toISOString(),
    type: event.type as EnrolmentEventType,
    actorName,
    fromPhase: phaseAt(definition, event.fromPhaseIndex),
    toPhase: phaseAt(definition, event.toPhaseIndex),
    criteriaMet,
    isOverride: details.isOverride === true,
    reason: reason as EnrolmentDetail["history"][number]["reason"],
    note,
  };
}

export function presentEnrolmentDetail(
  summary: EnrolmentSummary,
  definition: ProgrammeDefinition,
  extra: { durations: EnrolmentDurations; history: EnrolmentDetail["history"]; availableEvents: readonly EnrolmentEventType[] },
): EnrolmentDetail {
  const { durations } = extra;
  return {
    ...summary,
    phases: definition.phases.map((phase, p) => ({ ...phase, days: durations.phases[p]?.days ?? 0, visits: durations.phases[p]?.visits ?? 0 })),
    daysThisVisit: durations.current?.daysThisVisit ?? null,
    totalDays: durations.totalDays,
    daysWithdrawn: durations.daysWithdrawn,
    stepBacks: durations.stepBacks,
    history: extra.history,
    availableEvents: [...extra.availableEvents],
  };
}
