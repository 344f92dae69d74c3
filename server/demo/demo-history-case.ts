/**
 * The case that follows an accepted referral, as it would have gone: first contact after a wait of
 * days to weeks (the assessment meeting), the first assessment approved by the site's manager and
 * the chosen tier taking effect, a mentor at Birmingham, sessions weekly or fortnightly, a
 * programme for some, the panel for a few, reviews every twelve weeks, and closure with its
 * outcomes. The whole story is planned, then cut at "now" (demo-history-as-at.ts).
 */
import type { SupportTier } from "../../core/cases/case-state-machine.js";
import { ageBandOn } from "../../core/clients/demographics.js";
import type { VulnerabilityDomain } from "../../core/referrals/vocabulary.js";
import { outcomesAnswering } from "../../core/support/vocabulary.js";
import { toolkitAnswers, topAnswers } from "./demo-history-answers.js";
import { asAt } from "./demo-history-as-at.js";
import { addDays, at, daysBetween, londonDay, weekdayFrom, weekdaysAfter } from "./demo-history-clock.js";
import { planDirectReferral, planEscalation } from "./demo-history-escalations.js";
import { planEnrolment } from "./demo-history-programmes.js";
import type { HistoryRandom } from "./demo-history-random.js";
import { planSessions } from "./demo-history-sessions.js";
import { reassessmentRationale, tierRationales } from "./demo-history-texts.js";
import type { ClosureOutcome, ClosureReason, PlannedAssessment, PlannedCase, PlannedClosure, PlannedReferral, StaffPart } from "./demo-history-types.js";

const substanceDomains: readonly VulnerabilityDomain[] = ["substance_misuse", "alcohol"];
const exploitationDomains: readonly VulnerabilityDomain[] = ["criminal_exploitation_gangs", "sexual_exploitation", "online_harm", "radicalisation_extremism"];

/** Median days from referral to first contact at each site (Luton has one worker). */
const medianWait = { Birmingham: 7, Manchester: 9, Luton: 12 } as const;

export function planCase(random: HistoryRandom, referral: PlannedReferral, now: Date): PlannedCase {
  const primary = referral.reasons[0]!;
  const openedAt = referral.triage.at;
  const manager: StaffPart = referral.isRestricted ? "lead" : "manager";
  const keyWorker: StaffPart = referral.isRestricted ? "lead" : "caseworker";
  const tier = chooseTier(random, referral);
  const kase: PlannedCase = {
    openedAt,
    openedBy: referral.triage.by,
    ageBand: ageBandOn(referral.person.dateOfBirth, londonDay(openedAt)),
    keyWorker,
    // The safeguarding lead who accepts a restricted referral is not a caseworker, so names themself key worker.
    assignments: referral.isRestricted ? [{ role: "key_worker", who: "lead", by: "lead", at: new Date(openedAt.getTime() + 5 * 60_000) }] : [],
    assessments: [],
    supportBegan: null,
    sessions: [],
    enrolment: null,
    escalation: null,
    externalReferrals: [],
    closure: null,
  };
  const wait = referral.urgency === "urgent" ? random.int(1, 5) : waitDays(random, medianWait[referral.site]);
  const openedDay = londonDay(openedAt);
  const earliest = addDays(londonDay(referral.receivedAt), wait);
  const contactDay = weekdayFrom(earliest > openedDay ? earliest : addDays(openedDay, 1));
  const neverEngaged = random.chance(0.04);

  if (neverEngaged) {
    kase.sessions = planSessions(random, { referral, keyWorker, mentor: null, mentorFrom: null, from: contactDay, until: addDays(contactDay, 7), intervalDays: 7, isOnProgramme: false, attendance: "did_not_attend" });
    kase.closure = closureOf(random, addDays(contactDay, 14), manager, referral, "disengaged", []);
    return asAt(kase, now);
  }

  const firstAssessment = assess(random, referral, { day: contactDay, by: keyWorker, approver: manager, tier, review: 0 });
  kase.assessments.push(...firstAssessment);
  const toolkit = firstAssessment[0]!;
  kase.supportBegan = { at: toolkit.approval!.at, by: manager, tier, assessment: toolkit };
  const supportDay = londonDay(toolkit.approval!.at);

  let mentor: StaffPart | null = null;
  if (referral.site === "Birmingham" && random.chance(tier === "low_level" ? 0.2 : 0.8)) {
    const wantsWoman = referral.person.sex === "female" || referral.person.preferredWorkerGender === "female";
    mentor = primary === "radicalisation_extremism" || !wantsWoman ? "mentor_male" : "mentor_female";
    kase.assignments.push({ role: "mentor", who: mentor, by: manager, at: at(weekdaysAfter(supportDay, 1), 10) });
  }

  let lastDay = addDays(contactDay, 7 * (tier === "low_level" ? random.int(6, 12) : random.int(12, 24)));
  const programmeKey = programmeFor(random, primary, tier, referral.person.religion);
  if (programmeKey) {
    const story = planEnrolment(random, programmeKey, at(weekdaysAfter(supportDay, random.int(5, 15)), random.int(11, 15)), keyWorker);
    kase.enrolment = story.enrolment;
    lastDay = later(lastDay, addDays(londonDay(story.endsAt), random.int(7, 21)));
  }
  if (referral.site === "Birmingham" && (tier === "panel_referral" || (tier === "intensive" && random.chance(0.04)))) {
    kase.escalation = planEscalation(random, { by: keyWorker, supportBeganAt: toolkit.approval!.at, isExtremism: primary === "radicalisation_extremism" });
    lastDay = later(lastDay, addDays(kase.escalation.meetingDay, random.int(21, 42)));
  }

  const disengages = !programmeKey && !kase.escalation && random.chance(0.1);
  const mentorFrom = kase.assignments.find((assignment) => assignment.role === "mentor")?.at ?? null;
  kase.sessions = planSessions(random, { referral, keyWorker, mentor, mentorFrom, from: contactDay, until: lastDay, intervalDays: tier === "low_level" ? 14 : 7, isOnProgramme: programmeKey !== null, attendance: disengages ? "disengages" : "usual" });
  if (disengages) lastDay = londonDay(kase.sessions.at(-1)!.startsAt);

  // Reviewed every twelve weeks while support lasts.
  for (let review = 1; addDays(contactDay, 84 * review) < addDays(lastDay, -7); review++) {
    kase.assessments.push(...assess(random, referral, { day: weekdayFrom(addDays(contactDay, 84 * review)), by: keyWorker, approver: manager, tier, review }));
  }
  if (random.chance(0.06) && daysBetween(contactDay, lastDay) > 28) {
    kase.externalReferrals.push(planDirectReferral(random, weekdayFrom(addDays(contactDay, random.int(14, daysBetween(contactDay, lastDay) - 7))), keyWorker));
  }

  const reason: ClosureReason = disengages ? "disengaged" : random.weighted([["goals_achieved", 38], ["support_completed", 32], ["declined_further_support", 6], ["referred_on", 8], ["moved_away", 6], ["no_longer_appropriate", 4]] as const);
  const completed = kase.enrolment?.events.at(-1)?.event.type === "complete";
  kase.closure = closureOf(random, weekdaysAfter(lastDay, random.int(5, 15)), manager, referral, reason, outcomeCodes(random, referral, reason, completed));
  return asAt(kase, now);
}

function chooseTier(random: HistoryRandom, referral: PlannedReferral): SupportTier {
  const primary = referral.reasons[0]!;
  if (primary === "radicalisation_extremism") return random.weighted([["panel_referral", 70], ["intensive", 30]]);
  if (referral.site === "Birmingham" && exploitationDomains.includes(primary) && random.chance(0.08)) return "panel_referral";
  return random.weighted([["low_level", 62], ["intensive", 38]]);
}

/** Days from referral to first contact: skewed, most within two weeks, a few much longer. */
function waitDays(random: HistoryRandom, median: number): number {
  const normal = Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
  return Math.min(45, Math.max(2, Math.round(median * Math.exp(0.55 * normal))));
}

function programmeFor(random: HistoryRandom, primary: VulnerabilityDomain, tier: SupportTier, religion: string): string | null {
  if (substanceDomains.includes(primary) && random.chance(tier === "low_level" ? 0.3 : 0.75)) {
    return religion === "muslim" && random.chance(0.4) ? "faith_adapted_twelve_step" : "multilingual_recovery";
  }
  if (exploitationDomains.includes(primary) && tier !== "low_level" && random.chance(0.55)) return "prevention_mentoring";
  return null;
}

/**
 * The toolkit (approved by the manager, deciding the tier) and the Treatment Outcomes Profile, both
 * given on `day` and submitted that evening, as the organisation's default schedule asks: both at
 * the start, both every twelve weeks.
 */
function assess(random: HistoryRandom, referral: PlannedReferral, input: { day: string; by: StaffPart; approver: StaffPart; tier: SupportTier; review: number }): PlannedAssessment[] {
  const submittedAt = at(input.day, 17, random.int(0, 29));
  const approvalDay = random.chance(0.3) ? input.day : weekdaysAfter(input.day, random.int(1, 3));
  const approvedAt = approvalDay === input.day ? at(input.day, 17, random.int(30, 59)) : at(approvalDay, random.int(10, 12), random.int(0, 59));
  const rationale = input.review === 0 ? tierRationales[input.tier] : reassessmentRationale;
  return [
    {
      instrument: "cross_vulnerability",
      assessedOn: input.day,
      by: input.by,
      submittedAt,
      requiresApproval: true,
      approval: { by: input.approver, at: approvedAt },
      answers: toolkitAnswers(random, referral.reasons, input.tier, input.review),
      decision: { tier: input.tier, rationale },
    },
    { instrument: "top", assessedOn: input.day, by: input.by, submittedAt, requiresApproval: false, approval: null, answers: topAnswers(random, referral.reasons, input.review), decision: null },
  ];
}

/** What a case that ended well achieved: one outcome for the main worry, sometimes one more. */
function outcomeCodes(random: HistoryRandom, referral: PlannedReferral, reason: ClosureReason, hasCompletedProgramme: boolean): string[] {
  if (reason !== "goals_achieved" && reason !== "support_completed" && !(reason === "referred_on" && random.chance(0.3))) return [];
  const [primary, ...others] = referral.reasons;
  const codes = new Set<string>();
  const main = outcomesAnswering[primary!];
  codes.add(hasCompletedProgramme && substanceDomains.includes(primary!) ? "abstinent_28_days" : random.pick(main));
  const second = others[0];
  if (second && random.chance(0.5)) codes.add(random.pick(outcomesAnswering[second]));
  return [...codes];
}

const outcomeWeights: Partial<Record<ClosureReason, readonly (readonly [ClosureOutcome, number])[]>> = {
  goals_achieved: [["improved", 80], ["partly_improved", 20]],
  support_completed: [["improved", 45], ["partly_improved", 45], ["no_change", 10]],
  declined_further_support: [["no_change", 50], ["partly_improved", 30], ["not_known", 20]],
  referred_on: [["partly_improved", 50], ["no_change", 30], ["not_known", 20]],
  moved_away: [["not_known", 60], ["partly_improved", 40]],
  no_longer_appropriate: [["no_change", 60], ["not_known", 40]],
  disengaged: [["not_known", 70], ["no_change", 30]],
};

function closureOf(random: HistoryRandom, day: string, by: StaffPart, referral: PlannedReferral, reason: ClosureReason, codes: readonly string[]): PlannedClosure {
  const closedAt = at(day, random.int(11, 16), random.int(0, 59));
  const opened = londonDay(referral.triage.at);
  return {
    at: closedAt,
    by,
    reason,
    outcome: random.weighted(outcomeWeights[reason] ?? [["not_known", 1] as const]),
    outcomes: codes.map((code) => ({ code, achievedOn: later(opened, addDays(day, -random.int(0, 28))) })),
  };
}

const later = (a: string, b: string): string => (a > b ? a : b);

