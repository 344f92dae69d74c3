/**
 * The support on each of a client's cases, drawn from the client's own stream (`streams.support`),
 * so it can be rebuilt alone and adding it changed nothing in the people or their case histories:
 * sessions and assessments, a programme place with its group sessions, the panel, referrals to
 * outside bodies, and the outcomes a case achieved by its closure. Plain data: the loader encrypts
 * what must be encrypted.
 */
import type { VulnerabilityDomain } from "../../core/referrals/vocabulary.js";
import { outcomesAnswering } from "../../core/support/vocabulary.js";
import { addDays, londonDay, weekdayFrom } from "../../server/demo/demo-history-clock.js";
import { seededRandom, seedFor, type Random } from "../lib/prng.js";
import type { ClientHistory, PlannedCase } from "./history.js";
import { streams, type SyntheticPerson } from "./person.js";
import { planEscalation, planExternalReferrals, planProgramme, type PlannedEnrolment, type PlannedEscalation, type PlannedExternalReferral } from "./support-escalation.js";
import { caseEnd, planAssessments, planSessions, supportBeganAt, type PlannedAssessment, type PlannedSession } from "./support-sessions.js";

export interface PlannedOutcome {
  id: string;
  code: string;
  achievedOn: string;
  recordedAt: Date;
}

export interface CaseSupport {
  sessions: PlannedSession[];
  assessments: PlannedAssessment[];
  enrolment: PlannedEnrolment | null;
  escalation: PlannedEscalation | null;
  externalReferrals: PlannedExternalReferral[];
  outcomes: PlannedOutcome[];
}

/** The support on each of `history`'s cases, in its order. `clients` sizes the sites' groups. */
export function supportOf(seed: number, person: SyntheticPerson, history: ClientHistory, clients: number): CaseSupport[] {
  const random = seededRandom(seedFor(seed, streams.support, person.ordinal));
  return history.cases.map((kase) => caseSupport(random, kase, clients));
}

function caseSupport(random: Random, kase: PlannedCase, clients: number): CaseSupport {
  const firstDay = weekdayFrom(addDays(londonDay(kase.openedAt), random.int(1, 14)));
  const began = supportBeganAt(kase);
  // The assessment is done between the first meeting and the day support began.
  const spanDays = began ? Math.round((Date.parse(londonDay(began)) - Date.parse(firstDay)) / 86_400_000) : 0;
  const assessedOn = spanDays > 1 ? weekdayFrom(addDays(firstDay, random.int(0, spanDays - 1))) : firstDay;
  const sessions = planSessions(random, kase, firstDay);
  const assessments = planAssessments(random, kase, assessedOn);
  const enrolment = began ? planProgramme(random, kase, began, clients) : null;
  const escalation = began ? planEscalation(random, kase, began) : null;
  const externalReferrals = began ? planExternalReferrals(random, kase, began, escalation) : [];
  return { sessions, assessments, enrolment, escalation, externalReferrals, outcomes: planOutcomes(random, kase) };
}

/** What a supported case that closed improved achieved: one to three outcomes, dated in its last month. */
function planOutcomes(random: Random, kase: PlannedCase): PlannedOutcome[] {
  if (!kase.closedAt || !kase.tier || (kase.closureOutcome !== "improved" && kase.closureOutcome !== "partly_improved")) return [];
  const codes = [...new Set(kase.referral.reasons.flatMap((reason) => outcomesAnswering[reason as VulnerabilityDomain] ?? []))];
  if (codes.length === 0) return [];
  const count = Math.min(codes.length, random.weighted([[1, 60], [2, 30], [3, 10]] as const));
  const chosen = new Set<string>();
  while (chosen.size < count) chosen.add(random.pick(codes));
  const closedOn = londonDay(caseEnd(kase));
  const openedOn = londonDay(kase.openedAt);
  return [...chosen].map((code) => {
    const achievedOn = addDays(closedOn, -random.int(0, 30));
    return { id: random.uuid(), code, achievedOn: achievedOn < openedOn ? closedOn : achievedOn, recordedAt: kase.closedAt! };
  });
}
