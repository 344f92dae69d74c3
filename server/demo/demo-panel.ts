/**
 * The Birmingham Community Safeguarding Panel in the demo: Imran Qureshi (safeguarding lead) in
 * the chair, Sarah Collins (team manager), and Helen Price from the council's Prevent team, an
 * outside member whose account holds only the panel member role. The demo case went to the panel
 * three weeks ago, which decided to monitor and review with two actions (one now overdue); a new
 * concern was escalated two days ago and sits on the agenda of the meeting in two days, so its
 * redacted summary is open to the members now. A referral to the council's housing service is
 * tracked on the case. Written through the same use cases as the app, on the days they happened.
 */
import { addDays } from "../../core/instruments/reassessment.js";
import { londonDay } from "../../core/london-time.js";
import type { Db } from "../db/client.js";
import { panelMembers } from "../db/schema.js";
import { recordPanelDecision } from "../panel/cases/record-decision.js";
import { applyEscalationEvent } from "../panel/escalations/apply-event.js";
import { escalateCase } from "../panel/escalations/escalate-case.js";
import { createReferral, updateReferral } from "../panel/external-referrals/record-referral.js";
import { scheduleMeeting } from "../panel/meetings/schedule-meeting.js";
import { createMember } from "../panel/members/create-member.js";
import type { Vault } from "../vault/vault.js";
import { actorOf, type DemoPerson } from "./demo-actor.js";

export interface DemoPanelInput {
  organisationId: string;
  siteId: string;
  caseId: string;
  lead: DemoPerson;
  manager: DemoPerson;
  keyWorker: DemoPerson;
  outsideMember: DemoPerson;
  now: Date;
}

const dayMs = 86_400_000;

export async function seedDemoPanel(tx: Db, vault: Vault, input: DemoPanelInput): Promise<void> {
  const { now, siteId } = input;
  const today = londonDay(now);
  const day = (offset: number) => addDays(today, offset);
  // Demo times are set in UTC; close enough to London for a demo, and always in the past or future as meant.
  const at = (offset: number, hour: number) => new Date(Date.parse(`${day(offset)}T${String(hour).padStart(2, "0")}:00:00Z`));
  const context = (when: Date) => ({ vault, now: new Date(Math.min(now.getTime(), when.getTime())), requestId: "demo-seed", publicUrl: "http://localhost:3000" });
  const lead = actorOf(input.organisationId, input.lead);
  const keyWorker = actorOf(input.organisationId, input.keyWorker);
  const vetting = { checkedOn: day(-300), expiresOn: day(795) };
  const term = { from: day(-365), to: day(730) };

  const joined = context(at(-60, 9));
  const chair = await createMember(tx, lead, { kind: "internal", siteId, userId: input.lead.userId, memberOrganisation: "Pathways Birmingham", panelRole: "chair", skills: ["safeguarding_children", "prevent_and_channel"], vetting, term, isActive: true }, joined);
  const viceChair = await createMember(tx, lead, { kind: "internal", siteId, userId: input.manager.userId, memberOrganisation: "Pathways Birmingham", panelRole: "vice_chair", skills: ["substance_misuse", "youth_work"], vetting, term, isActive: true }, joined);
  // Helen's account is already in the demo staff (holding only the panel member role), so her seat
  // is recorded directly rather than through an invitation she would have accepted.
  const [outside] = await tx
    .insert(panelMembers)
    .values({
      organisationId: input.organisationId,
      siteId,
      userId: input.outsideMember.userId,
      kind: "external",
      memberOrganisation: "Birmingham City Council, Prevent team",
      panelRole: "member",
      skills: ["prevent_and_channel", "education"],
      vettingCheckedOn: day(-200),
      vettingExpiresOn: day(895),
      termFrom: day(-365),
      termTo: day(730),
      createdBy: input.lead.userId,
      createdAt: joined.now,
      updatedAt: joined.now,
    })
    .returning({ id: panelMembers.id });
  const attendeeIds = [chair.memberId, viceChair.memberId, outside!.id];
  const meeting = (offset: number) => ({ siteId, startsAt: at(offset, 10).toISOString(), endsAt: at(offset, 12).toISOString(), location: "Community room, Birmingham office", minutesBefore: 72 * 60, minutesAfter: 24 * 60, attendeeIds });

  // Three weeks ago: the case is escalated, accepted, discussed and decided.
  const pastMeetingId = await scheduleMeeting(tx, lead, meeting(-21), context(at(-35, 9)));
  const first = await escalateCase(
    tx,
    keyWorker,
    input.caseId,
    {
      reason: "Cravings are easing, but he has started spending evenings with an older group who share extremist videos in a private chat.",
      riskSummary: "Risk of radicalisation rising over a month: isolation from family, new online contacts, missed two sessions. Protective: stable housing, engaged with mentor, attends mosque with his uncle.",
      isUrgent: false,
    },
    context(at(-25, 11)),
  );
  await applyEscalationEvent(tx, lead, first.escalation.id, { type: "accept", meetingId: pastMeetingId, version: first.escalation.version }, context(at(-24, 9)));
  await recordPanelDecision(
    tx,
    lead,
    pastMeetingId,
    input.caseId,
    {
      kind: "monitor_and_review",
      discussionSummary: "The panel heard the worker's account and the council's view from schools. Below the threshold for Channel for now; theology sessions to address the readings being shared; review at the next meeting if contact continues.",
      actions: [
        { description: "Arrange two sessions with the theology adviser within a fortnight.", ownerId: input.keyWorker.userId, dueOn: day(-7) },
        { description: "Check school attendance records with the Prevent education officer.", ownerId: input.outsideMember.userId, dueOn: day(7) },
      ],
    },
    context(at(-21, 11)),
  );

  // Two days ago: a new concern, accepted onto the meeting in two days; members can read it now.
  const nextMeetingId = await scheduleMeeting(tx, lead, meeting(2), context(at(-14, 9)));
  const second = await escalateCase(
    tx,
    keyWorker,
    input.caseId,
    {
      reason: "He told his mentor he has been invited to travel with the online group to a gathering in another city next month.",
      riskSummary: "Travel plans with the group; withdrawing from the theology sessions. Family worried and willing to work with us.",
      isUrgent: false,
    },
    context(at(-2, 15)),
  );
  await applyEscalationEvent(tx, lead, second.escalation.id, { type: "accept", meetingId: nextMeetingId, version: second.escalation.version }, context(new Date(now.getTime() - dayMs / 2)));

  // A referral to the council's housing service, accepted.
  const housing = await createReferral(tx, keyWorker, input.caseId, { to: { kind: "other", name: "Birmingham Housing Options" }, sentOn: day(-40) }, context(at(-40, 14)));
  await updateReferral(tx, keyWorker, housing.referral.id, { type: "accept", on: day(-36), version: housing.referral.version }, context(at(-36, 10)));
}
