/**
 * Programme places and the safeguarding panel on a case. Drug and alcohol cases often join the
 * recovery or twelve-step programme, exploitation and extremism cases the prevention mentoring,
 * a few weeks after support begins: phases as the core's rules move them (most finish, some step
 * back and carry on, some stop, and a case closing mid-programme withdraws), with the weekly group
 * of their programme at their site. Panel cases (and a few intensive ones) go to the next panel
 * meeting but one: discussed and decided (some decisions refer the case on to Channel, the
 * council's hub or the police, with the reply recorded), or withdrawn when the case closed first.
 * Statutory cases are referred on directly.
 */
import { transition, enrolled, type EnrolmentEvent, type EnrolmentSnapshot } from "../../core/programmes/programme.js";
import { referralImpliedBy, type DecisionKind, type ReferralTarget } from "../../core/panel/decisions.js";
import { addDays, londonDay, weekdayFrom } from "../../server/demo/demo-history-clock.js";
import { planEnrolment, programmeDefinition } from "../../server/demo/demo-history-programmes.js";
import type { Random } from "../lib/prng.js";
import type { PlannedCase, StaffRole } from "./history.js";
import { dataNow } from "./person.js";
import { caseEnd, asHistoryRandom } from "./support-sessions.js";
import { groupSessionAt, groupsAt, lastGroupWeek, meetingAt, meetingFrom, weekOf, type GroupProgramme } from "./support-schedule.js";

const day = 86_400_000;

export interface PlannedEnrolment {
  id: string;
  programme: GroupProgramme;
  enrolledAt: Date;
  events: { at: Date; event: EnrolmentEvent; from: number | null; to: number | null }[];
  snapshot: EnrolmentSnapshot;
  group: number;
  /** The weeks whose group session they came to. */
  attendedWeeks: number[];
}

export interface PlannedAction {
  description: string;
  owner: StaffRole;
  dueOn: string;
  completedAt: Date | null;
}

export interface PlannedEscalation {
  id: string;
  submittedAt: Date;
  meeting: number;
  state: "submitted" | "accepted" | "discussed" | "withdrawn";
  acceptedAt: Date | null;
  withdrawnAt: Date | null;
  decision: { id: string; kind: DecisionKind; decidedAt: Date; actions: PlannedAction[] } | null;
}

export interface PlannedExternalReferral {
  target: ReferralTarget;
  targetName: string | null;
  sentOn: string;
  status: "sent" | "accepted" | "declined" | "closed";
  respondedOn: string | null;
  closedOn: string | null;
  fromDecision: boolean;
  recordedAt: Date;
}

const actionTexts = ["Arrange a joint visit with the family.", "Share the agreed plan with the school's safeguarding lead.", "Book sessions with the theology adviser."];

function programmeFor(random: Random, reasons: readonly string[]): GroupProgramme | null {
  if (reasons.includes("substance_misuse") || reasons.includes("alcohol")) return random.weighted([["multilingual_recovery", 28], ["faith_adapted_twelve_step", 10], [null, 62]] as const);
  if (reasons.some((reason) => reason === "radicalisation_extremism" || reason === "criminal_exploitation_gangs" || reason === "online_harm")) {
    return random.chance(0.25) ? "prevention_mentoring" : null;
  }
  return null;
}

/** The case's programme place, if it joined one; `began` is when support began. */
export function planProgramme(random: Random, kase: PlannedCase, began: Date, clients: number): PlannedEnrolment | null {
  const programme = programmeFor(random, kase.referral.reasons);
  if (!programme) return null;
  const end = caseEnd(kase);
  const enrolledAt = new Date(began.getTime() + random.int(7, 35) * day);
  if (enrolledAt.getTime() >= end.getTime() - 7 * day) return null;
  const definition = programmeDefinition(programme);
  const story = planEnrolment(asHistoryRandom(random), programme, enrolledAt, "caseworker");
  const events: PlannedEnrolment["events"] = [];
  let snapshot: EnrolmentSnapshot = enrolled;
  const apply = (at: Date, event: EnrolmentEvent) => {
    const result = transition(definition, snapshot, event);
    if (!result.ok) throw new Error(`bench programme plan: ${result.reason}`);
    const phaseOf = (s: EnrolmentSnapshot) => (s.state === "completed" ? null : s.phaseIndex);
    events.push({ at, event, from: phaseOf(snapshot), to: phaseOf(result.next) });
    snapshot = result.next;
  };
  for (const step of story.enrolment.events) {
    if (step.at.getTime() >= end.getTime() - day) break;
    apply(step.at, step.event);
  }
  if (snapshot.state === "in_phase" && kase.closedAt) apply(new Date(kase.closedAt.getTime() - random.int(1, 6) * 3_600_000), { type: "withdraw", reason: "no_contact" });
  const stoppedAt = snapshot.state === "in_phase" ? end : (events.at(-1)?.at ?? end);
  const group = random.int(0, groupsAt(clients, kase.siteIndex, programme) - 1);
  const attendedWeeks: number[] = [];
  for (let week = weekOf(enrolledAt) + 1; week <= Math.min(weekOf(stoppedAt), lastGroupWeek()); week++) {
    const startsAt = groupSessionAt(group, week);
    if (startsAt > enrolledAt && startsAt < stoppedAt && random.chance(0.65)) attendedWeeks.push(week);
  }
  return { id: random.uuid(), programme, enrolledAt, events, snapshot, group, attendedWeeks };
}

const decisionWeights = (reasons: readonly string[]): (readonly [DecisionKind, number])[] => [
  ["organisation_led_support_plan", 35],
  ["refer_to_channel", reasons.includes("radicalisation_extremism") ? 30 : 0],
  ["refer_to_safeguarding_hub", 15],
  ["refer_to_police", reasons.includes("criminal_exploitation_gangs") ? 12 : 3],
  ["no_further_action", 8],
  ["monitor_and_review", 25],
];

/** A panel escalation for panel cases and a few intensive exploitation or extremism cases. */
export function planEscalation(random: Random, kase: PlannedCase, began: Date): PlannedEscalation | null {
  const isRisky = kase.referral.reasons.some((reason) => reason === "radicalisation_extremism" || reason === "criminal_exploitation_gangs" || reason === "sexual_exploitation");
  const isEscalated = kase.tier === "panel_referral" ? random.chance(0.9) : kase.tier === "intensive" && isRisky && random.chance(0.08);
  if (!isEscalated) return null;
  const end = caseEnd(kase);
  const submittedAt = new Date(began.getTime() + random.int(1, 21) * day + random.int(0, 8) * 3_600_000);
  if (submittedAt.getTime() >= end.getTime()) return null;
  const meeting = meetingFrom(new Date(submittedAt.getTime() + 3 * day));
  const startsAt = meetingAt(meeting);
  const acceptedAt = new Date(Math.min(submittedAt.getTime() + random.int(4, 48) * 3_600_000, startsAt.getTime() - 3_600_000));
  const base = { id: random.uuid(), submittedAt, meeting, withdrawnAt: null, decision: null };
  if (kase.closedAt && kase.closedAt < startsAt) {
    return { ...base, state: "withdrawn", acceptedAt: acceptedAt < kase.closedAt ? acceptedAt : null, withdrawnAt: new Date(kase.closedAt.getTime() - 3_600_000) };
  }
  if (startsAt >= dataNow) return { ...base, state: acceptedAt < dataNow ? "accepted" : "submitted", acceptedAt: acceptedAt < dataNow ? acceptedAt : null };
  const decidedAt = new Date(startsAt.getTime() + random.int(20, 110) * 60_000);
  const decidedOn = londonDay(decidedAt);
  const actions = Array.from({ length: random.int(0, 2) }, (): PlannedAction => {
    const dueOn = addDays(decidedOn, random.int(14, 28));
    const isDone = Date.parse(`${dueOn}T12:00:00Z`) < dataNow.getTime() && random.chance(0.85);
    return { description: random.pick(actionTexts), owner: random.pick(["caseworker", "manager"] as const), dueOn, completedAt: isDone ? new Date(Date.parse(`${dueOn}T12:00:00Z`) - random.int(0, 10) * day) : null };
  });
  return { ...base, state: "discussed", acceptedAt, decision: { id: random.uuid(), kind: random.weighted(decisionWeights(kase.referral.reasons)), decidedAt, actions } };
}

/** A referral sent on `sentOn` and what became of it by the data's "now". */
function referralTo(random: Random, target: ReferralTarget, sentOn: string, fromDecision: boolean): PlannedExternalReferral {
  const respondedOn = weekdayFrom(addDays(sentOn, random.int(3, 20)));
  const closedOn = weekdayFrom(addDays(respondedOn, random.int(30, 180)));
  const isPast = (when: string) => Date.parse(`${when}T17:00:00Z`) < dataNow.getTime();
  const reply = random.weighted([["accepted", 75], ["declined", 25]] as const);
  const status = !isPast(respondedOn) ? "sent" : reply === "declined" ? "declined" : isPast(closedOn) && random.chance(0.7) ? "closed" : "accepted";
  return {
    target,
    targetName: target === "other" ? "Youth offending service" : null,
    sentOn,
    status,
    respondedOn: status === "sent" ? null : respondedOn,
    closedOn: status === "closed" ? closedOn : null,
    fromDecision,
    recordedAt: new Date(Date.parse(`${sentOn}T15:00:00Z`)),
  };
}

/** Referrals to outside bodies: one for each referring decision, and statutory cases' direct ones. */
export function planExternalReferrals(random: Random, kase: PlannedCase, began: Date, escalation: PlannedEscalation | null): PlannedExternalReferral[] {
  const referrals: PlannedExternalReferral[] = [];
  const implied = escalation?.decision ? referralImpliedBy[escalation.decision.kind] : null;
  if (escalation?.decision && implied) referrals.push(referralTo(random, implied, weekdayFrom(addDays(londonDay(escalation.decision.decidedAt), random.int(0, 3))), true));
  if (kase.tier === "statutory_referral" && random.chance(0.85)) {
    const sentOn = weekdayFrom(addDays(londonDay(began), random.int(0, 7)));
    if (Date.parse(`${sentOn}T15:00:00Z`) < caseEnd(kase).getTime()) referrals.push(referralTo(random, random.weighted([["safeguarding_hub", 60], ["police", 25], ["other", 15]] as const), sentOn, false));
  }
  return referrals;
}
