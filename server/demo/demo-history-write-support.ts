/**
 * Writes the support in the history's cases as the app's own steps write it: assessments as
 * storeAssessment stores them (answers sealed, scores and flags from the engine, the suggested
 * tier beside the chosen one); sessions with their workers and sealed notes (storeSession);
 * programme enrolments moved phase by phase through the core's rules, each step on the case
 * timeline (enrolClient, recordEnrolmentEvent); and Birmingham's group sessions with their
 * attendees (recordGroupSession).
 */
import { randomUUID } from "node:crypto";
import { scoreInstrument } from "../../core/instruments/score.js";
import { decidesTier, suggestTier } from "../../core/instruments/suggest-tier.js";
import { enrolled, transition, type EnrolmentSnapshot } from "../../core/programmes/programme.js";
import { enrolmentEventDetails, enrolmentTimelineType, storedPhaseIndex } from "../../core/programmes/enrolment-records.js";
import { assessmentFields } from "../assessments/fields.js";
import { enrolmentFields } from "../programmes/fields.js";
import { noteOf } from "../programmes/record-enrolment-event.js";
import { sessionFields } from "../sessions/fields.js";
import { londonDay } from "./demo-history-clock.js";
import type { HistoryRows, WriteContext } from "./demo-history-rows.js";
import type { PlannedEnrolment, PlannedGroupSession } from "./demo-history-types.js";
import type { WrittenCase } from "./demo-history-write-cases.js";

export function addSupport(context: WriteContext, rows: HistoryRows, written: readonly WrittenCase[], groupSessions: readonly PlannedGroupSession[]): void {
  const enrolmentIds = new Map<PlannedEnrolment, { id: string; caseId: string }>();
  for (const kase of written) {
    addAssessments(context, rows, kase);
    addSessions(context, rows, kase);
    if (kase.kase.enrolment) enrolmentIds.set(kase.kase.enrolment, { id: addEnrolment(context, rows, kase, kase.kase.enrolment), caseId: kase.caseId });
  }
  for (const group of groupSessions) {
    const id = randomUUID();
    const facilitator = context.staff("Birmingham", group.facilitator);
    const endsAt = new Date(group.startsAt.getTime() + group.durationMinutes * 60_000);
    rows.groupSessions.push({
      id,
      organisationId: context.organisationId,
      siteId: context.siteIds.Birmingham,
      programmeKey: group.programmeKey,
      startsAt: group.startsAt,
      durationMinutes: group.durationMinutes,
      venue: group.venue,
      topic: group.topic,
      facilitatorIds: [facilitator],
      anonymousHeadcount: group.anonymousHeadcount,
      createdBy: facilitator,
      createdAt: endsAt,
      updatedAt: endsAt,
    });
    for (const attendee of group.attendees) {
      const enrolment = enrolmentIds.get(attendee);
      if (enrolment) rows.groupSessionAttendees.push({ groupSessionId: id, enrolmentId: enrolment.id, organisationId: context.organisationId, caseId: enrolment.caseId });
    }
  }
}

function addAssessments(context: WriteContext, rows: HistoryRows, written: WrittenCase): void {
  const { vault, organisationId } = context;
  for (const assessment of written.kase.assessments) {
    const { id, definition } = context.instruments[assessment.instrument];
    const by = context.staff(written.referral.site, assessment.by);
    const approvedBy = assessment.approval ? context.staff(written.referral.site, assessment.approval.by) : null;
    rows.assessments.push({
      id: written.assessmentIds.get(assessment)!,
      organisationId,
      siteId: written.siteId,
      caseId: written.caseId,
      instrumentVersionId: id,
      status: approvedBy ? "approved" : "submitted",
      assessedOn: assessment.assessedOn,
      answers: vault.encrypt(written.key, assessmentFields.answers, JSON.stringify(assessment.answers)),
      result: scoreInstrument(definition, assessment.answers) as unknown as Record<string, unknown>,
      suggestedTier: decidesTier(definition) ? suggestTier(assessment.answers).tier : null,
      chosenTier: assessment.decision?.tier ?? null,
      tierRationale: assessment.decision ? vault.encrypt(written.key, assessmentFields.tierRationale, assessment.decision.rationale) : null,
      requiresApproval: assessment.requiresApproval,
      createdBy: by,
      createdAt: assessment.submittedAt,
      updatedAt: assessment.submittedAt,
      submittedBy: by,
      submittedAt: assessment.submittedAt,
      ...(assessment.approval ? { approvedBy, approvedAt: assessment.approval.at } : {}),
    });
  }
}

function addSessions(context: WriteContext, rows: HistoryRows, written: WrittenCase): void {
  for (const session of written.kase.sessions) {
    const id = randomUUID();
    const worker = context.staff(written.referral.site, session.worker);
    rows.supportSessions.push({
      id,
      organisationId: context.organisationId,
      siteId: written.siteId,
      caseId: written.caseId,
      startsAt: session.startsAt,
      durationMinutes: session.durationMinutes,
      mode: session.mode,
      venue: session.venue,
      interventionType: session.interventionType,
      attendance: session.attendance,
      notes: session.notes ? context.vault.encrypt(written.key, sessionFields.notes, session.notes) : null,
      notesWrittenAt: session.notesWrittenAt,
      createdBy: worker,
      createdAt: session.recordedAt,
      updatedAt: session.recordedAt,
    });
    rows.supportSessionWorkers.push({ sessionId: id, userId: worker, organisationId: context.organisationId, startsAt: session.startsAt });
  }
}




function addEnrolment(context: WriteContext, rows: HistoryRows, written: WrittenCase, planned: PlannedEnrolment): string {
  const programme = context.programmes.get(planned.programmeKey);
  if (!programme) throw new Error(`the organisation has no programme ${planned.programmeKey}`);
  const { definition } = programme;
  const { organisationId } = context;
  const id = randomUUID();
  const actor = context.staff(written.referral.site, planned.by);
  const title = (index: number | null) => (index === null ? undefined : definition.phases[index]?.title);
  const timeline = (at: Date, type: string, details: Record<string, unknown>) =>
    rows.caseEvents.push({ organisationId, caseId: written.caseId, at, actorUserId: actor, type, details: { enrolmentId: id, programmeKey: definition.key, programmeTitle: definition.title, ...details } });
  timeline(planned.enrolledAt, "programme_enrolled", { toPhaseTitle: definition.phases[0]!.title });
  let snapshot: EnrolmentSnapshot = enrolled;
  for (const step of planned.events) {
    const result = transition(definition, snapshot, step.event);
    if (!result.ok) throw new Error(`demo history: ${result.reason}`);
    const from = storedPhaseIndex(snapshot);
    const to = storedPhaseIndex(result.next);
    const note = noteOf(step.event);
    rows.programmeEnrolmentEvents.push({
      organisationId,
      enrolmentId: id,
      caseId: written.caseId,
      at: step.at,
      actorUserId: actor,
      type: step.event.type,
      fromPhaseIndex: from,
      toPhaseIndex: to,
      details: enrolmentEventDetails(step.event),
      note: note ? context.vault.encrypt(written.key, enrolmentFields.note, note) : null,
    });
    timeline(step.at, enrolmentTimelineType(step.event, result.next), { ...(from !== null && to !== from ? { fromPhaseTitle: title(from) } : {}), ...(to !== null ? { toPhaseTitle: title(to) } : {}) });
    snapshot = result.next;
  }
  rows.programmeEnrolments.push({
    id,
    organisationId,
    siteId: written.siteId,
    caseId: written.caseId,
    programmeVersionId: programme.id,
    state: snapshot.state,
    phaseIndex: storedPhaseIndex(snapshot) ?? definition.phases.length - 1,
    enrolledOn: londonDay(planned.enrolledAt),
    enrolledBy: actor,
    createdAt: planned.enrolledAt,
    version: 1 + planned.events.length,
  });
  return id;
}
