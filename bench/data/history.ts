/**
 * A client's history with the organisation, drawn from its own seeded generator: the referrals
 * that led to each case (about 1.1 cases a client), a few referrals that were signposted or
 * declined (about 0.2 more), and each case's timeline. Cases are mostly closed; about one client in
 * nine has an open one, recent, with a key worker and sometimes a mentor. Plain data: the loader
 * encrypts what must be encrypted.
 */
import { ageBandOn } from "../../core/clients/demographics.js";
import { londonDay } from "../../core/referrals/triage-target.js";
import { seededRandom, seedFor, type Random } from "../lib/prng.js";
import { siteSpecs } from "./places.js";
import { dataNow, permutedBytes, streams, type SyntheticPerson } from "./person.js";
import { formatReference } from "../../core/references.js";
import { drawReferral, type PlannedReferral } from "./referral-plan.js";

export type StaffRole = "caseworker" | "manager" | "mentor";

export interface PlannedEvent {
  at: Date;
  type: string;
  actor: StaffRole | null;
  fromState: string | null;
  toState: string | null;
  reason: string | null;
  details: Record<string, unknown>;
}

export interface PlannedCase {
  id: string;
  reference: string;
  siteIndex: number;
  referral: PlannedReferral;
  state: "assessment" | "active" | "review" | "closed";
  tier: string | null;
  isRestricted: boolean;
  ageBand: string;
  openedAt: Date;
  closedAt: Date | null;
  closureReason: string | null;
  closureOutcome: string | null;
  version: number;
  events: PlannedEvent[];
  assignments: { id: string; role: "key_worker" | "mentor"; staff: StaffRole; assignedAt: Date }[];
}

export interface ClientHistory {
  createdAt: Date;
  cases: PlannedCase[];
  /** Referrals about this person that were not accepted, so are not linked to the client. */
  otherReferrals: PlannedReferral[];
}

const day = 86_400_000;
const start = Date.UTC(2018, 0, 1);
const end = dataNow.getTime() - 14 * day;

export function historyOf(seed: number, person: SyntheticPerson): ClientHistory {
  const random = seededRandom(seedFor(seed, streams.history, person.ordinal));
  const count = random.weighted([[1, 90], [2, 9], [3, 1]] as const);
  const isLastOpen = random.chance(0.11);
  const times = Array.from({ length: count }, () => random.int(start, end)).sort((a, b) => a - b);
  if (isLastOpen) {
    const previous = times.at(-2) ?? start;
    times[count - 1] = Math.max(end - random.int(0, 700) * day, Math.min(previous + 30 * day, end));
  }
  const cases = times.map((openedAt, index) => {
    const isOpen = isLastOpen && index === count - 1;
    const nextOpening = times[index + 1] ?? dataNow.getTime();
    const siteIndex = random.chance(0.95) ? person.homeSite : random.int(0, siteSpecs.length - 1);
    return drawCase(random, person, person.ordinal * 8 + index, siteIndex, new Date(openedAt), isOpen, nextOpening);
  });
  const extra = random.weighted([[0, 82], [1, 16], [2, 2]] as const);
  const otherReferrals = Array.from({ length: extra }, (_, index) =>
    drawReferral(random, person, person.ordinal * 8 + count + index, {
      siteIndex: random.chance(0.95) ? person.homeSite : random.int(0, siteSpecs.length - 1),
      receivedAt: new Date(random.int(start, end)),
    }),
  );
  return { createdAt: cases[0]?.openedAt ?? dataNow, cases, otherReferrals };
}

function drawCase(random: Random, person: SyntheticPerson, number: number, siteIndex: number, openedAt: Date, isOpen: boolean, nextOpening: number): PlannedCase {
  const referral = drawReferral(random, person, number, {
    siteIndex,
    receivedAt: new Date(openedAt.getTime() - random.int(1, 10 * 24) * 3_600_000),
    acceptedAt: openedAt,
  });
  const events: PlannedEvent[] = [
    { at: referral.receivedAt, type: "referral_received", actor: null, fromState: null, toState: null, reason: null, details: { referralReference: referral.reference } },
    { at: openedAt, type: "opened", actor: "caseworker", fromState: null, toState: "assessment", reason: random.pick(openingReasons), details: {} },
  ];
  const limit = isOpen ? dataNow.getTime() : Math.min(openedAt.getTime() + random.int(21, 540) * day, nextOpening - day, dataNow.getTime() - day);
  const closedAt = isOpen ? null : new Date(Math.max(limit, openedAt.getTime() + day));
  const finalState = isOpen ? random.weighted([["assessment", 30], ["active", 55], ["review", 15]] as const) : "closed";
  let state: PlannedCase["state"] = "assessment";
  let tier: string | null = null;
  const at = (fraction: number) => new Date(openedAt.getTime() + ((closedAt?.getTime() ?? dataNow.getTime()) - openedAt.getTime()) * fraction);
  const isSupported = finalState === "active" || finalState === "review" || (finalState === "closed" && random.chance(0.8));
  if (isSupported) {
    tier = random.weighted([["low_level", 60], ["intensive", 32], ["panel_referral", 6], ["statutory_referral", 2]] as const);
    events.push({ at: at(0.1), type: "begin_support", actor: "caseworker", fromState: state, toState: "active", reason: random.pick(supportReasons), details: { tier } });
    state = "active";
  }
  if (finalState === "review" || (finalState === "closed" && isSupported && random.chance(0.3))) {
    events.push({ at: at(0.6), type: "start_review", actor: "caseworker", fromState: state, toState: "review", reason: "Review of progress against the care plan.", details: {} });
    state = "review";
  }
  let closureReason: string | null = null;
  let closureOutcome: string | null = null;
  if (closedAt) {
    closureReason = random.weighted([["goals_achieved", 30], ["support_completed", 25], ["disengaged", 18], ["declined_further_support", 8], ["referred_on", 8], ["moved_away", 6], ["no_longer_appropriate", 4], ["other", 1]] as const);
    closureOutcome = random.weighted([["improved", 45], ["partly_improved", 25], ["no_change", 15], ["worse", 3], ["not_known", 12]] as const);
    events.push({ at: closedAt, type: "close", actor: "manager", fromState: state, toState: "closed", reason: random.pick(closingReasons), details: { reason: closureReason, outcome: closureOutcome } });
    state = "closed";
  }
  const assignments: PlannedCase["assignments"] = [];
  if (isOpen) {
    assignments.push({ id: random.uuid(), role: "key_worker", staff: "caseworker", assignedAt: openedAt });
    if (random.chance(0.25)) assignments.push({ id: random.uuid(), role: "mentor", staff: "mentor", assignedAt: at(0.2) });
  }
  return {
    id: random.uuid(),
    reference: formatReference("K", permutedBytes(number, 0x2545_f491n)),
    siteIndex,
    referral,
    state,
    tier,
    isRestricted: referral.isRestricted,
    ageBand: ageBandOn(person.identity.dateOfBirth, londonDay(openedAt)),
    openedAt,
    closedAt,
    closureReason,
    closureOutcome,
    version: events.length - 1,
    events,
    assignments,
  };
}

const openingReasons = [
  "Accepted at triage; meets the service criteria.",
  "Accepted: consent given and needs within our remit.",
  "Accepted after a call with the referrer; assessment booked.",
];
const supportReasons = [
  "Assessment complete; support plan agreed with the client.",
  "Needs identified at assessment; weekly sessions agreed.",
  "Agreed goals with the family; mentor to be matched.",
];
const closingReasons = [
  "Goals in the care plan met; client happy to close.",
  "No contact after three attempts over four weeks.",
  "Moved out of the area; details of local services given.",
  "Support complete; closing with the client's agreement.",
];
