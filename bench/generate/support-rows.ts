/**
 * The support on one case as COPY lines, written as the app's own steps write it: assessments as
 * storeAssessment stores them (answers sealed, scores and flags from the core's engine, the
 * suggested tier beside the chosen one), sessions with their worker and sealed notes
 * (storeSession), programme places moved by the core's rules with sealed notes, the groups'
 * sessions and who came, the panel's escalation, decision and actions with sealed texts, referrals
 * to outside bodies, and outcomes with sealed evidence. Every text is sealed under the client's key.
 */
import { enrolmentEventDetails } from "../../core/programmes/enrolment-records.js";
import { crossVulnerability } from "../../core/instruments/built-in/cross-vulnerability.js";
import { top } from "../../core/instruments/built-in/top.js";
import { scoreInstrument } from "../../core/instruments/score.js";
import { decidesTier, suggestTier } from "../../core/instruments/suggest-tier.js";
import { assessmentFields } from "../../server/assessments/fields.js";
import { londonDay } from "../../server/demo/demo-history-clock.js";
import { decisionSummary, escalationTexts, outcomeEvidence, referralDeclineReason, referralOutcome } from "../../server/demo/demo-history-texts.js";
import { outcomeFields } from "../../server/outcomes/fields.js";
import { panelFields } from "../../server/panel/fields.js";
import { enrolmentFields } from "../../server/programmes/fields.js";
import { noteOf } from "../../server/programmes/record-enrolment-event.js";
import { sessionFields } from "../../server/sessions/fields.js";
import type { SubjectKey } from "../../server/vault/subject-key.js";
import type { PlannedCase, StaffRole } from "../data/history.js";
import type { CaseSupport } from "../data/support-plan.js";
import { groupSession, groupSessionAt, meetingAt, meetingId } from "../data/support-schedule.js";
import type { ChunkContext, SiteStaff } from "./chunk-rows.js";
import { copyLine } from "./copy-text.js";
import type { CopyTable } from "./tables.js";

const definitions = { cross_vulnerability: crossVulnerability, top } as const;

export function addSupport(context: ChunkContext, key: SubjectKey, kase: PlannedCase, site: SiteStaff, support: CaseSupport, lines: Record<CopyTable, string[]>): void {
  const { organisationId, vault } = context;
  const seal = (field: string, text: string) => vault.encrypt(key, field, text);
  const staff = (role: StaffRole) => site[role];

  for (const assessment of support.assessments) {
    const definition = definitions[assessment.instrument];
    const by = staff("caseworker");
    const isSubmitted = assessment.submittedAt !== null;
    lines.assessments.push(copyLine([
      assessment.id, organisationId, site.siteId, kase.id, context.instrumentIds[assessment.instrument], assessment.status, assessment.assessedOn,
      seal(assessmentFields.answers, JSON.stringify(assessment.answers)), scoreInstrument(definition, assessment.answers) as unknown as Record<string, unknown>,
      decidesTier(definition) ? suggestTier(assessment.answers).tier : null, assessment.chosenTier,
      assessment.tierRationale ? seal(assessmentFields.tierRationale, assessment.tierRationale) : null, assessment.requiresApproval, by, assessment.createdAt,
      assessment.approvedAt ?? assessment.submittedAt ?? assessment.createdAt, assessment.approvedAt ? 2 : 1, isSubmitted ? by : null, assessment.submittedAt,
      assessment.approvedAt ? staff("manager") : null, assessment.approvedAt,
    ]));
  }

  for (const session of support.sessions) {
    const worker = staff(session.worker);
    lines.support_sessions.push(copyLine([
      session.id, organisationId, site.siteId, kase.id, session.startsAt, session.durationMinutes, session.mode, session.venue, session.interventionType,
      session.attendance, session.notes ? seal(sessionFields.notes, session.notes) : null, session.notesWrittenAt, worker, session.recordedAt, session.recordedAt,
    ]));
    lines.support_session_workers.push(copyLine([session.id, worker, organisationId, session.startsAt]));
  }

  const enrolment = support.enrolment;
  if (enrolment) {
    const actor = staff("caseworker");
    const snapshot = enrolment.snapshot;
    lines.programme_enrolments.push(copyLine([
      enrolment.id, organisationId, site.siteId, kase.id, context.programmeIds[enrolment.programme], snapshot.state,
      snapshot.state === "completed" ? (enrolment.events.at(-1)?.from ?? 0) : snapshot.phaseIndex, londonDay(enrolment.enrolledAt), actor, enrolment.enrolledAt,
      1 + enrolment.events.length,
    ]));
    for (const step of enrolment.events) {
      const note = noteOf(step.event);
      lines.programme_enrolment_events.push(copyLine([
        organisationId, enrolment.id, kase.id, step.at, actor, step.event.type, step.from, step.to, enrolmentEventDetails(step.event), note ? seal(enrolmentFields.note, note) : null,
      ]));
    }
    for (const week of enrolment.attendedWeeks) {
      // The session follows from its place in the schedule, so every attendee's copy of its row is the same.
      const group = groupSession(context.seed, kase.siteIndex, enrolment.programme, enrolment.group, week);
      const startsAt = groupSessionAt(enrolment.group, week);
      const ended = new Date(startsAt.getTime() + 90 * 60_000);
      lines.bench_group_sessions.push(copyLine([
        group.id, organisationId, site.siteId, enrolment.programme, startsAt, 90, "Community room", group.topic, [site.mentor], group.anonymousHeadcount, site.mentor, ended, ended,
      ]));
      lines.group_session_attendees.push(copyLine([group.id, enrolment.id, organisationId, kase.id]));
    }
  }

  for (const outcome of support.outcomes) {
    lines.case_outcomes.push(copyLine([outcome.id, organisationId, site.siteId, kase.id, outcome.code, outcome.achievedOn, seal(outcomeFields.evidence, outcomeEvidence), staff("manager"), outcome.recordedAt]));
  }

  const escalation = support.escalation;
  const decision = escalation?.decision ?? null;
  if (escalation) {
    const meeting = meetingId(context.seed, kase.siteIndex, escalation.meeting);
    const lead = staff("manager");
    const latest = support.assessments.filter((assessment) => assessment.submittedAt && assessment.submittedAt < escalation.submittedAt && assessment.instrument === "cross_vulnerability").at(-1);
    const onMeeting = escalation.acceptedAt ? meeting : null;
    const last = decision?.decidedAt ?? escalation.withdrawnAt ?? escalation.acceptedAt ?? escalation.submittedAt;
    lines.panel_escalations.push(copyLine([
      escalation.id, organisationId, site.siteId, kase.id, latest?.id ?? null, staff("caseworker"), false, seal(panelFields.escalationReason, escalationTexts.reason),
      seal(panelFields.escalationRiskSummary, escalationTexts.riskSummary), escalation.state, escalation.state === "withdrawn" ? null : onMeeting,
      escalation.state === "withdrawn" ? seal(panelFields.escalationStateReason, "The case closed before the panel met.") : null, decision?.id ?? null, escalation.submittedAt, last,
      1 + (escalation.acceptedAt ? 1 : 0) + (decision || escalation.withdrawnAt ? 1 : 0),
    ]));
    const event = (type: string, at: Date, actor: string, meetingOf: string | null) => lines.panel_escalation_events.push(copyLine([organisationId, escalation.id, type, actor, at, meetingOf]));
    event("escalate", escalation.submittedAt, staff("caseworker"), null);
    if (escalation.acceptedAt) event("accept", escalation.acceptedAt, lead, meeting);
    if (escalation.withdrawnAt) event("withdraw", escalation.withdrawnAt, lead, null);
    if (decision) {
      event("record_decision", decision.decidedAt, lead, meeting);
      lines.panel_decisions.push(copyLine([decision.id, organisationId, site.siteId, escalation.id, meeting, kase.id, decision.kind, seal(panelFields.discussionSummary, decisionSummary), lead, decision.decidedAt]));
      for (const action of decision.actions) {
        const owner = staff(action.owner);
        lines.panel_actions.push(copyLine([
          organisationId, site.siteId, decision.id, kase.id, seal(panelFields.actionDescription, action.description), owner, action.dueOn, action.completedAt ? "done" : "open",
          action.completedAt, action.completedAt ? owner : null, action.completedAt ?? decision.decidedAt, action.completedAt ? 2 : 1,
        ]));
      }
    }
    // The meeting's time is the schedule's; checked here so a planning slip cannot load an escalation decided before its meeting.
    if (decision && decision.decidedAt < meetingAt(escalation.meeting)) throw new Error("a panel decision before its meeting");
  }

  for (const referral of support.externalReferrals) {
    const updatedOn = referral.closedOn ?? referral.respondedOn;
    lines.external_referrals.push(copyLine([
      organisationId, site.siteId, kase.id, referral.fromDecision ? (decision?.id ?? null) : null, referral.target, referral.targetName, referral.sentOn, referral.status,
      referral.respondedOn, referral.closedOn, referral.status === "declined" ? seal(panelFields.referralDeclineReason, referralDeclineReason) : null,
      referral.status === "closed" ? seal(panelFields.referralOutcome, referralOutcome) : null, referral.closedOn, staff("caseworker"), referral.recordedAt,
      updatedOn ? new Date(`${updatedOn}T15:00:00Z`) : referral.recordedAt, 1 + (referral.respondedOn ? 1 : 0) + (referral.closedOn ? 1 : 0),
    ]));
  }
}
