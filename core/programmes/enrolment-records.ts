/**
 * How an enrolment's step is recorded, wherever it is written (the API, the demo's history, the
 * benchmark data): the codes kept in the clear for reporting (any note is sealed apart), the
 * phase index stored (none once completed) and the name of the step on the case's timeline. Pure.
 */
import type { EnrolmentEvent, EnrolmentSnapshot } from "./programme.js";

/** Codes only, kept in the clear for reporting; the note is stored apart, encrypted. */
export function enrolmentEventDetails(event: EnrolmentEvent): Record<string, unknown> {
  switch (event.type) {
    case "advance":
    case "complete":
      return { criteriaMet: [...event.criteriaMet], isOverride: event.override !== undefined };
    case "step_back":
      return { reason: event.reason, ...(event.toPhaseId ? { toPhaseId: event.toPhaseId } : {}) };
    case "withdraw":
      return { reason: event.reason };
    case "rejoin":
      return {};
  }
}

/** The phase an enrolment is in, as stored: none once completed. */
export const storedPhaseIndex = (snapshot: EnrolmentSnapshot): number | null => (snapshot.state === "completed" ? null : snapshot.phaseIndex);

/** The timeline's name for the step. */
export function enrolmentTimelineType(event: EnrolmentEvent, next: EnrolmentSnapshot): string {
  if (next.state === "completed") return "programme_completed";
  if (event.type === "withdraw") return "programme_withdrawn";
  if (event.type === "rejoin") return "programme_rejoined";
  return "programme_phase_changed";
}
