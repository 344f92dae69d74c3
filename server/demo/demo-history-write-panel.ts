/**
 * Writes the history's safeguarding work as the panel's own steps write it: Birmingham's monthly
 * meetings with the panel's members attending (scheduleMeeting, attendance), each escalation with
 * its three steps (escalateCase, accepted onto the meeting, recordPanelDecision), the decision
 * with its sealed summary and actions, and referrals to outside bodies with their replies
 * (insertDecisionReferral, createReferral, updateReferral). Texts are sealed under the client's key.
 */
import { randomUUID } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { panelMembers } from "../db/schema.js";
import { panelFields } from "../panel/fields.js";
import { at } from "./demo-history-clock.js";
import type { HistoryRows, WriteContext } from "./demo-history-rows.js";
import { decisionSummary, escalationTexts, referralDeclineReason, referralOutcome } from "./demo-history-texts.js";
import type { PlannedAssessment, PlannedEscalation, PlannedExternalReferral, StaffPart } from "./demo-history-types.js";
import type { WrittenCase } from "./demo-history-write-cases.js";

const dayMs = 86_400_000;

/** Adds the panel's work and every case's outside referrals; the panel's part needs Birmingham's panel to have members. */
export async function addPanelWork(tx: Db, context: WriteContext, rows: HistoryRows, written: readonly WrittenCase[]): Promise<void> {
  const members = await tx
    .select({ id: panelMembers.id })
    .from(panelMembers)
    .where(and(eq(panelMembers.siteId, context.siteIds.Birmingham), eq(panelMembers.isActive, true)))
    .orderBy(asc(panelMembers.createdAt), asc(panelMembers.id));
  const escalated = members.length > 0 ? written.filter((kase) => kase.kase.escalation !== null) : [];
  const meetingIds = addMeetings(context, rows, escalated, members.map((member) => member.id));
  for (const kase of escalated) addEscalation(context, rows, kase, kase.kase.escalation!, meetingIds.get(kase.kase.escalation!.meetingDay)!);
  for (const kase of written) for (const referral of kase.kase.externalReferrals) addOutsideReferral(context, rows, kase, referral, null);
}

function addMeetings(context: WriteContext, rows: HistoryRows, escalated: readonly WrittenCase[], memberIds: readonly string[]): Map<string, string> {
  const lead = context.staff("Birmingham", "lead");
  const firstAccepted = new Map<string, Date>();
  for (const { kase } of escalated) {
    const { meetingDay, acceptedAt } = kase.escalation!;
    const known = firstAccepted.get(meetingDay);
    if (!known || acceptedAt < known) firstAccepted.set(meetingDay, acceptedAt);
  }
  const ids = new Map<string, string>();
  for (const [day, accepted] of firstAccepted) {
    const id = randomUUID();
    // Scheduled a day before the first case was accepted onto it.
    const scheduledAt = new Date(accepted.getTime() - dayMs);
    rows.panelMeetings.push({
      id,
      organisationId: context.organisationId,
      siteId: context.siteIds.Birmingham,
      startsAt: at(day, 10),
      endsAt: at(day, 12),
      location: "Community room, Birmingham office",
      minutesBefore: 72 * 60,
      minutesAfter: 24 * 60,
      createdBy: lead,
      createdAt: scheduledAt,
      updatedAt: scheduledAt,
    });
    for (const memberId of memberIds) rows.panelMeetingAttendees.push({ meetingId: id, memberId, organisationId: context.organisationId, attended: true });
    ids.set(day, id);
  }
  return ids;
}

/** The latest assessment that counted when the case was escalated (as latestCountedAssessment finds it). */
function countedAt(assessments: readonly PlannedAssessment[], instant: Date): PlannedAssessment | null {
  const counted = assessments.filter((assessment) => (assessment.requiresApproval ? assessment.approval !== null && assessment.approval.at <= instant : assessment.submittedAt <= instant));
  counted.sort((a, b) => b.assessedOn.localeCompare(a.assessedOn) || b.submittedAt.getTime() - a.submittedAt.getTime());
  return counted[0] ?? null;
}

function addEscalation(context: WriteContext, rows: HistoryRows, kase: WrittenCase, escalation: PlannedEscalation, meetingId: string): void {
  const { organisationId, vault } = context;
  const who = (part: StaffPart) => context.staff("Birmingham", part);
  const seal = (field: string, text: string) => vault.encrypt(kase.key, field, text);
  const lead = who("lead");
  const id = randomUUID();
  const decisionId = randomUUID();
  const assessment = countedAt(kase.kase.assessments, escalation.submittedAt);
  rows.panelEscalations.push({
    id,
    organisationId,
    siteId: kase.siteId,
    caseId: kase.caseId,
    assessmentId: assessment ? (kase.assessmentIds.get(assessment) ?? null) : null,
    escalatedBy: who(escalation.by),
    isUrgent: false,
    reason: seal(panelFields.escalationReason, escalationTexts.reason),
    riskSummary: seal(panelFields.escalationRiskSummary, escalationTexts.riskSummary),
    state: "discussed",
    meetingId,
    decisionId,
    submittedAt: escalation.submittedAt,
    updatedAt: escalation.decidedAt,
    version: 3,
  });
  rows.panelEscalationEvents.push(
    { organisationId, escalationId: id, type: "escalate", actorUserId: who(escalation.by), at: escalation.submittedAt },
    { organisationId, escalationId: id, type: "accept", actorUserId: lead, at: escalation.acceptedAt, meetingId },
    { organisationId, escalationId: id, type: "record_decision", actorUserId: lead, at: escalation.decidedAt, meetingId },
  );
  rows.panelDecisions.push({ id: decisionId, organisationId, siteId: kase.siteId, escalationId: id, meetingId, caseId: kase.caseId, kind: escalation.kind, discussionSummary: seal(panelFields.discussionSummary, decisionSummary), recordedBy: lead, decidedAt: escalation.decidedAt });
  for (const action of escalation.actions) {
    const owner = who(action.owner);
    rows.panelActions.push({
      organisationId,
      siteId: kase.siteId,
      decisionId,
      caseId: kase.caseId,
      description: seal(panelFields.actionDescription, action.description),
      ownerUserId: owner,
      dueOn: action.dueOn,
      status: action.completedAt ? "done" : "open",
      completedAt: action.completedAt,
      completedBy: action.completedAt ? owner : null,
      updatedAt: action.completedAt ?? escalation.decidedAt,
      version: action.completedAt ? 2 : 1,
    });
  }
  if (escalation.referral) addOutsideReferral(context, rows, kase, escalation.referral, decisionId);
}

function addOutsideReferral(context: WriteContext, rows: HistoryRows, kase: WrittenCase, referral: PlannedExternalReferral, decisionId: string | null): void {
  const { response, closed } = referral;
  const status = closed ? "closed" : (response?.status ?? "sent");
  rows.externalReferrals.push({
    organisationId: context.organisationId,
    siteId: kase.siteId,
    caseId: kase.caseId,
    decisionId,
    target: referral.target,
    targetName: referral.targetName,
    sentOn: referral.sentOn,
    status,
    respondedOn: response?.on ?? null,
    closedOn: closed?.on ?? null,
    declineReason: response?.status === "declined" ? context.vault.encrypt(kase.key, panelFields.referralDeclineReason, referralDeclineReason) : null,
    outcome: closed ? context.vault.encrypt(kase.key, panelFields.referralOutcome, referralOutcome) : null,
    returnedToOrganisationOn: closed?.on ?? null,
    recordedBy: context.staff(kase.referral.site, referral.by),
    createdAt: referral.recordedAt,
    updatedAt: closed?.at ?? response?.at ?? referral.recordedAt,
    version: 1 + (response ? 1 : 0) + (closed ? 1 : 0),
  });
}
