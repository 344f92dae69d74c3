/**
 * Plans the demo history: fifteen months of referrals at Birmingham, Manchester and Luton up to
 * "now", each triaged and, when accepted, followed by its case (demo-history-case.ts). Pure and
 * seeded by now's month, so every fresh demo started in the same month holds the same figures;
 * anything that would happen after now has not happened yet, and a referral still waiting for
 * triage is left out (the demo's triage queue is its own few hand-written referrals).
 *
 * Volumes per quarter: Birmingham 55–75 referrals, Manchester 25–40, Luton 8–15. Radicalisation
 * and Channel work is at Birmingham only, where the safeguarding lead who triages it works.
 */
import { triageDueAt } from "../../core/referrals/triage-target.js";
import type { TriageDecision } from "../../core/referrals/referral-status.js";
import type { Urgency, VulnerabilityDomain } from "../../core/referrals/vocabulary.js";
import { monthsOfQuarter, quarterOf } from "../../core/reporting/kpi.js";
import { at, daysIn, isWeekday, londonDay, monthOf, plusMinutes, weekdaysAfter, windowMonths } from "./demo-history-clock.js";
import { planCase } from "./demo-history-case.js";
import { planGroupSessions } from "./demo-history-programmes.js";
import { demoSiteNames, drawPerson, professionalAt, relativeOf, type DemoSiteName, type HistoryPerson } from "./demo-history-people.js";
import { historyRandom, type HistoryRandom } from "./demo-history-random.js";
import { acceptReasons, concerns, declineReasons, signpostPlaces, signpostReasons } from "./demo-history-texts.js";
import type { HistoryPlan, PlannedReferral, PlannedReferrer } from "./demo-history-types.js";

export const referralsPerQuarter: Record<DemoSiteName, readonly [number, number]> = { Birmingham: [55, 75], Manchester: [25, 40], Luton: [8, 15] };

/** The organisation's triage rules the plan works to (the demo keeps the defaults). */
export interface TriageRules {
  targetWorkingDays: number;
  holidays: ReadonlySet<string>;
}

type Weights<T> = readonly (readonly [T, number])[];

const sources: Weights<string> = [
  ["family", 22], ["faith_leader", 13], ["school_college", 14], ["gp_health", 10], ["police", 9], ["council_social_care", 8], ["self", 14], ["probation", 4], ["other_organisation", 4],
];
const domains: Weights<VulnerabilityDomain> = [
  ["substance_misuse", 30], ["alcohol", 14], ["criminal_exploitation_gangs", 16], ["mental_health", 14], ["online_harm", 8], ["sexual_exploitation", 4], ["family", 5], ["education_employment", 3], ["housing", 3],
];
/** Where a source's referrals lean: police and probation see exploitation and drugs, schools online harm, GPs mental health and drink. */
const sourceDomains: Partial<Record<string, Weights<VulnerabilityDomain>>> = {
  police: [["criminal_exploitation_gangs", 45], ["substance_misuse", 35], ["sexual_exploitation", 10], ["alcohol", 10]],
  probation: [["substance_misuse", 45], ["alcohol", 30], ["criminal_exploitation_gangs", 25]],
  school_college: [["online_harm", 30], ["criminal_exploitation_gangs", 25], ["substance_misuse", 20], ["mental_health", 15], ["education_employment", 10]],
  gp_health: [["mental_health", 45], ["alcohol", 30], ["substance_misuse", 25]],
};
const secondaryDomains: readonly VulnerabilityDomain[] = ["family", "mental_health", "education_employment", "housing", "substance_misuse", "alcohol"];

const organisations: Record<string, Record<DemoSiteName, readonly string[]>> = {
  faith_leader: { Birmingham: ["Alum Rock Masjid", "Small Heath Islamic Centre"], Manchester: ["Longsight Masjid", "Cheetham Hill Islamic Centre"], Luton: ["Bury Park Masjid", "Dallow Road Islamic Centre"] },
  school_college: { Birmingham: ["Small Heath Academy", "Saltley Sixth Form"], Manchester: ["Longsight High School", "Levenshulme College"], Luton: ["Lea Valley Academy", "Dallow Secondary School"] },
  gp_health: { Birmingham: ["Small Heath Medical Centre", "Washwood Heath Surgery"], Manchester: ["Longsight Health Centre", "Cheetham Hill Surgery"], Luton: ["Bury Park Surgery", "Marsh Farm Health Centre"] },
  police: { Birmingham: ["West Midlands Police"], Manchester: ["Greater Manchester Police"], Luton: ["Bedfordshire Police"] },
  council_social_care: { Birmingham: ["Birmingham Children's Trust"], Manchester: ["Manchester City Council early help"], Luton: ["Luton Borough Council social care"] },
  probation: { Birmingham: ["Probation Service"], Manchester: ["Probation Service"], Luton: ["Probation Service"] },
  other_organisation: { Birmingham: ["Ashfield Housing Association", "Saltley Youth Club"], Manchester: ["Longsight Youth Project"], Luton: ["Bury Park Youth Club"] },
  channel: { Birmingham: ["Birmingham Channel panel"], Manchester: ["Manchester Channel panel"], Luton: ["Luton Channel panel"] },
};
const relationships: Record<string, readonly string[]> = {
  faith_leader: ["imam", "mosque committee member"],
  school_college: ["head of year", "designated safeguarding lead"],
  gp_health: ["GP", "practice nurse"],
  police: ["PCSO", "neighbourhood officer"],
  council_social_care: ["social worker", "early help worker"],
  probation: ["probation officer"],
  other_organisation: ["support worker", "youth worker"],
  channel: ["Prevent coordinator"],
};

/** The history as it stands at `now`. */
export function planDemoHistory(now: Date, rules: TriageRules): HistoryPlan {
  const months = windowMonths(now);
  const random = historyRandom(`pathways-demo-history:${monthOf(now)}`);
  const referrals: PlannedReferral[] = [];
  for (const site of demoSiteNames) {
    for (const quarter of [...new Set(months.map(quarterOf))]) {
      const quarterRandom = random.fork(`${site}:${quarter}`);
      const [fewest, most] = referralsPerQuarter[site];
      const total = quarterRandom.int(fewest, most);
      const quarterMonths = monthsOfQuarter(quarter);
      for (let i = 0; i < total; i++) {
        const month = quarterRandom.pick(quarterMonths);
        const referralRandom = quarterRandom.fork(`referral:${i}`);
        if (!months.includes(month)) continue;
        const referral = planReferral(referralRandom, site, month, rules, now);
        if (referral.receivedAt <= now && referral.triage.at <= now) referrals.push(referral);
      }
    }
  }
  referrals.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
  return { referrals, groupSessions: planGroupSessions(random.fork("group-sessions"), referrals, now) };
}

/** The people the history names (referred people with their dates of birth, and referrers), for checking that exports never carry them. */
export function namedPeople(plan: HistoryPlan): { givenName: string; familyName: string; dateOfBirth: string | null }[] {
  return plan.referrals.flatMap((referral) => [
    { givenName: referral.person.givenName, familyName: referral.person.familyName, dateOfBirth: referral.person.dateOfBirth },
    ...(referral.referrer ? [{ givenName: referral.referrer.givenName, familyName: referral.referrer.familyName, dateOfBirth: null }] : []),
  ]);
}

function planReferral(random: HistoryRandom, site: DemoSiteName, month: string, rules: TriageRules, now: Date): PlannedReferral {
  const isChannel = site === "Birmingham" && random.chance(0.012);
  const sourceCode = isChannel ? "channel" : random.weighted(sources);
  const isRadicalisation = isChannel || (site === "Birmingham" && random.chance(0.02));
  const primary: VulnerabilityDomain = isRadicalisation ? "radicalisation_extremism" : random.weighted(sourceDomains[sourceCode] ?? domains);
  const reasons = [primary];
  for (const extra of [0.45, 0.1]) {
    const candidate = random.pick(secondaryDomains);
    if (random.chance(extra) && !reasons.includes(candidate)) reasons.push(candidate);
  }
  const isProfessional = sourceCode !== "self" && sourceCode !== "family";
  const channel = random.chance(isProfessional ? 0.8 : sourceCode === "family" ? 0.4 : 0.3) ? "staff" : "public_form";
  const receivedAt = receiptTime(random, month, channel);
  const person = drawPerson(random, site, londonDay(receivedAt));
  const urgency: Urgency = isRadicalisation ? random.weighted([["soon", 70], ["urgent", 30]]) : random.weighted([["routine", 62], ["soon", 30], ["urgent", 8]]);
  const due = triageDueAt(receivedAt, rules.targetWorkingDays, rules.holidays);
  const referral: PlannedReferral = {
    site,
    receivedAt,
    triageDueAt: due,
    channel,
    sourceCode,
    urgency,
    reasons,
    isRestricted: isChannel || isRadicalisation,
    person,
    referrer: referrerFor(random, site, sourceCode, person),
    isPersonAware: sourceCode === "self" ? true : random.chance(0.75),
    isReferrerConsentGiven: channel === "public_form" || random.chance(0.95),
    concern: random.pick(concerns[primary]),
    triage: triageOf(random, { receivedAt, due, urgency, isRestricted: isChannel || isRadicalisation }),
    kase: null,
  };
  if (referral.triage.decision === "accept") referral.kase = planCase(random.fork("case"), referral, now);
  return referral;
}

/** Any day of the month for the public form, at any waking hour; office hours on weekdays for staff. */
function receiptTime(random: HistoryRandom, month: string, channel: "staff" | "public_form"): Date {
  const days = Array.from({ length: daysIn(month) }, (_, i) => `${month}-${String(i + 1).padStart(2, "0")}`);
  if (channel === "public_form") return at(random.pick(days), random.int(7, 22), random.int(0, 59));
  return at(random.pick(days.filter(isWeekday)), random.int(9, 16), random.int(0, 59));
}

function referrerFor(random: HistoryRandom, site: DemoSiteName, sourceCode: string, person: HistoryPerson): PlannedReferrer | null {
  if (sourceCode === "self") return null;
  const phone = `07700 900${String(random.int(0, 999)).padStart(3, "0")}`;
  if (sourceCode === "family") {
    const relationship = random.pick(["mother", "father", "sister", "brother", "aunt", "uncle", "wife", "husband"]);
    const sex = ["mother", "sister", "aunt", "wife"].includes(relationship) ? "female" : "male";
    return { ...relativeOf(random, person, sex), relationship, organisation: null, phone, email: null };
  }
  const name = professionalAt(random, site);
  const organisation = random.pick(organisations[sourceCode]?.[site] ?? ["Partner organisation"]);
  const email = `${name.givenName.slice(0, 1)}.${name.familyName}@example.org`.toLowerCase();
  return { ...name, relationship: random.pick(relationships[sourceCode] ?? ["worker"]), organisation, phone: random.chance(0.5) ? phone : null, email };
}

/**
 * Most referrals are decided within the target (by default the end of the second working day
 * after they arrive), urgent ones the same day; about one in eight is decided late. The
 * safeguarding lead decides the restricted ones.
 */
function triageOf(random: HistoryRandom, input: { receivedAt: Date; due: Date; urgency: Urgency; isRestricted: boolean }): PlannedReferral["triage"] {
  const { receivedAt, due, urgency, isRestricted } = input;
  const decision: TriageDecision = random.weighted(isRestricted ? [["accept", 90], ["signpost", 10]] : [["accept", 78], ["signpost", 14], ["decline", 8]]);
  const receivedDay = londonDay(receivedAt);
  const canDecideSameDay = isWeekday(receivedDay) && receivedAt < at(receivedDay, 15);
  let decidedAt: Date;
  if (!(canDecideSameDay && urgency === "urgent") && random.chance(0.13)) {
    decidedAt = at(weekdaysAfter(londonDay(due), random.int(1, 4)), random.int(9, 16), random.int(0, 59));
  } else if (canDecideSameDay && (urgency === "urgent" || random.chance(0.35))) {
    const opening = at(receivedDay, 9);
    decidedAt = plusMinutes(receivedAt < opening ? opening : receivedAt, random.int(45, 150));
  } else {
    const day = weekdaysAfter(receivedDay, random.chance(0.7) ? 1 : 2);
    decidedAt = at(day <= londonDay(due) ? day : weekdaysAfter(receivedDay, 1), random.int(9, 16), random.int(0, 59));
  }
  const by = isRestricted ? "lead" : "caseworker";
  if (decision === "accept") return { decision, at: decidedAt, by, reason: random.pick(acceptReasons), signpostedTo: null };
  if (decision === "signpost") return { decision, at: decidedAt, by, reason: random.pick(signpostReasons), signpostedTo: random.pick(signpostPlaces) };
  return { decision, at: decidedAt, by, reason: random.pick(declineReasons), signpostedTo: null };
}

