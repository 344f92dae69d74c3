/**
 * Reading enrolments: a case's list (programmes and phases, no notes), and one enrolment with its
 * history, notes decrypted for the reader (an audited read of client data), and the days spent in
 * each phase, replayed from the history through the core's state machine.
 */
import type { CaseEnrolmentList, EnrolmentDetail } from "../../core/api/programmes.js";
import { availableEvents, phaseDurations, type EnrolmentEvent, type TimedEnrolmentEvent } from "../../core/programmes/programme.js";
import { recordAudit } from "../audit/record-audit.js";
import type { Db } from "../db/client.js";
import type { Actor } from "../http/context.js";
import { AppError } from "../http/errors.js";
import { programmeDefinitionOf } from "./catalogue.js";
import type { ProgrammeContext } from "./enrol-client.js";
import { enrolmentFields } from "./fields.js";
import { canWorkEnrolments } from "./policy.js";
import { presentEnrolmentDetail, presentEnrolmentSummary, presentHistoryEntry } from "./presenter.js";
import { enrolmentsOnCase, eventsOf, findEnrolmentFor, snapshotOf, staffNames, viewOfCase, type EnrolmentEventRow } from "./queries.js";

export async function listCaseEnrolments(db: Db, actor: Actor, caseId: string, now: Date): Promise<CaseEnrolmentList> {
  const view = await viewOfCase(db, actor, caseId, now);
  const rows = await enrolmentsOnCase(db, view.kase.id);
  const names = await staffNames(db, rows.map((row) => row.enrolment.enrolledBy));
  return {
    items: rows.map((row) => presentEnrolmentSummary(row.enrolment, row.programme, programmeDefinitionOf(row.programme), names)).reverse(),
    canEnrol: canWorkEnrolments(actor, view),
  };
}

/** The event as the state machine takes it, rebuilt from its stored codes and decrypted note. */
function eventFrom(row: EnrolmentEventRow, note: string | null): EnrolmentEvent {
  const details = row.details;
  const criteriaMet = Array.isArray(details.criteriaMet) ? (details.criteriaMet as string[]) : [];
  const moveOn = { criteriaMet, ...(details.isOverride === true ? { override: { reason: note ?? "" } } : {}) };
  switch (row.type) {
    case "advance":
      return { type: "advance", ...moveOn };
    case "complete":
      return { type: "complete", ...moveOn };
    case "step_back":
      return { type: "step_back", reason: details.reason as "relapse", note: note ?? "", ...(typeof details.toPhaseId === "string" ? { toPhaseId: details.toPhaseId } : {}) };
    case "withdraw":
      return { type: "withdraw", reason: details.reason as "other", ...(note ? { note } : {}) };
    default:
      return { type: "rejoin" };
  }
}

export async function readEnrolment(tx: Db, actor: Actor, enrolmentId: string, context: ProgrammeContext): Promise<EnrolmentDetail> {
  const { enrolment, programme, definition, view } = await findEnrolmentFor(tx, actor, enrolmentId, context.now);
  const events = await eventsOf(tx, enrolment.id);
  const key = events.some(({ event }) => event.note !== null) ? await context.vault.loadSubjectKey(tx, view.kase.clientId) : null;
  const notes = events.map(({ event }) => (key && event.note ? context.vault.decrypt(key, enrolmentFields.note, event.note) : null));
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: view.isBreakGlass ? "programme_enrolment.read_break_glass" : "programme_enrolment.read",
    entityType: "programme_enrolment",
    entityId: enrolment.id,
    siteId: view.kase.siteId,
    clientId: view.kase.clientId,
    requestId: context.requestId,
  });
  const history: TimedEnrolmentEvent[] = events.map(({ event }, i) => ({ at: event.at, event: eventFrom(event, notes[i] ?? null) }));
  // Instances' clocks may differ by a moment: count to whichever is later, now or the last event.
  const now = new Date(Math.max(context.now.getTime(), ...history.map((entry) => entry.at.getTime())));
  const replayed = phaseDurations(definition, enrolment.createdAt, history, now);
  // Every stored event passed the same state machine when recorded; a history it now refuses is damaged data.
  if (!replayed.ok) throw new AppError("internal", "This enrolment's history could not be read.", { internalMessage: replayed.reason });
  const names = await staffNames(tx, [enrolment.enrolledBy]);
  const snapshot = snapshotOf(enrolment);
  return presentEnrolmentDetail(presentEnrolmentSummary(enrolment, programme, definition, names), definition, {
    durations: replayed.durations,
    history: events.map(({ event, actorName }, i) => presentHistoryEntry(event, actorName, notes[i] ?? null, definition)),
    availableEvents: canWorkEnrolments(actor, view) ? availableEvents(definition, snapshot) : [],
  });
}
