/**
 * One referral about a synthetic person: who referred them and why, how urgent it was, and the
 * triage decision. Accepted referrals lead to a case; the rest were signposted or declined, and a
 * few recent ones still wait in the triage queue.
 */
import { dataNow, fictionalMobile, permutedBytes, type SyntheticPerson } from "./person.js";
import type { Random } from "../lib/prng.js";
import { formatReference } from "../../core/references.js";
import { communities, namesFor } from "./communities.js";

export interface PlannedReferral {
  id: string;
  reference: string;
  siteIndex: number;
  channel: "staff" | "public_form";
  sourceCode: string;
  status: "received" | "accepted" | "signposted" | "declined";
  urgency: string;
  reasons: string[];
  isRestricted: boolean;
  concern: string;
  referrer: { name: string; phone: string; email: string | null; organisation: string | null; relationship: string | null } | null;
  isReferrerConsentGiven: boolean;
  isSubjectAware: boolean | null;
  receivedAt: Date;
  decidedAt: Date | null;
  decisionReason: string | null;
  signpostedTo: string | null;
  isLinked: boolean;
}

const sources = [
  ["self", 15], ["family", 15], ["faith_leader", 8], ["school_college", 15], ["gp_health", 12], ["police", 10],
  ["channel", 2], ["council_social_care", 12], ["probation", 6], ["other_organisation", 5],
] as const;
const domains = [
  ["substance_misuse", 20], ["alcohol", 10], ["mental_health", 18], ["criminal_exploitation_gangs", 12], ["sexual_exploitation", 5],
  ["radicalisation_extremism", 2], ["family", 15], ["housing", 8], ["education_employment", 7], ["online_harm", 5],
] as const;
const concerns: Record<string, string> = {
  substance_misuse: "Using cannabis most days and has stopped going to college.",
  alcohol: "Drinking heavily since losing work; family are worried.",
  mental_health: "Low mood, not sleeping, withdrawn from friends.",
  criminal_exploitation_gangs: "Seen with older young people; unexplained money and a new phone.",
  sexual_exploitation: "Going missing overnight; contact with much older adults online.",
  radicalisation_extremism: "Sharing extremist material online; school has raised concerns.",
  family: "Arguments at home have become physical; parents asking for help.",
  housing: "Sofa-surfing after being asked to leave the family home.",
  education_employment: "Excluded from school and not in any education or training.",
  online_harm: "Being pressured to send images; very anxious about going online.",
};
const organisationsBySource: Record<string, readonly string[]> = {
  faith_leader: ["Central Mosque", "Gurdwara Sahib", "St Mary's Church", "Green Lane Masjid"],
  school_college: ["Park View Academy", "City College", "Small Heath School", "Moseley School"],
  gp_health: ["Small Heath Medical Centre", "Northgate Surgery", "Community Mental Health Team"],
  police: ["West Midlands Police", "Greater Manchester Police", "West Yorkshire Police", "South Wales Police"],
  channel: ["Channel Panel"],
  council_social_care: ["Children's Services", "Early Help Team", "Adult Social Care"],
  probation: ["Probation Service", "Youth Justice Service"],
  other_organisation: ["Citizens Advice", "Youth Centre", "Food Bank"],
};
const signposts = ["NHS talking therapies", "Local drug and alcohol service", "Housing options team", "Citizens Advice", "Youth service"];

export function drawReferral(
  random: Random,
  person: SyntheticPerson,
  number: number,
  when: { siteIndex: number; receivedAt: Date; acceptedAt?: Date },
): PlannedReferral {
  const id = random.uuid();
  const sourceCode = random.weighted(sources);
  const reasons = [...new Set(Array.from({ length: random.int(1, 3) }, () => random.weighted(domains)))];
  if (sourceCode === "channel" && !reasons.includes("radicalisation_extremism")) reasons.unshift("radicalisation_extremism");
  const isSelf = sourceCode === "self";
  const referrerName = isSelf ? null : namesFor(random.pick(communities)).draw(random, random.chance(0.5) ? "female" : "male");
  const isWaiting = !when.acceptedAt && random.chance(0.015);
  const receivedAt = isWaiting ? new Date(dataNow.getTime() - random.int(0, 14 * 24) * 3_600_000) : when.receivedAt;
  const status = when.acceptedAt ? "accepted" : isWaiting ? "received" : random.weighted([["signposted", 55], ["declined", 45]] as const);
  const decidedAt = status === "received" ? null : (when.acceptedAt ?? new Date(receivedAt.getTime() + random.int(2, 96) * 3_600_000));
  return {
    id,
    reference: formatReference("R", permutedBytes(number, 0x6c07_8965n)),
    siteIndex: when.siteIndex,
    channel: (isSelf || sourceCode === "family") && random.chance(0.5) ? "public_form" : "staff",
    sourceCode,
    status,
    urgency: random.weighted([["routine", 70], ["soon", 22], ["urgent", 8]] as const),
    reasons,
    isRestricted: reasons.includes("radicalisation_extremism"),
    concern: reasons.map((reason) => concerns[reason] ?? "").join(" "),
    referrer: referrerName && {
      name: `${referrerName.givenName} ${referrerName.familyName}`,
      phone: fictionalMobile(random),
      email: random.chance(0.5) ? `referrer${random.int(1, 99_999)}@example.org` : null,
      organisation: sourceCode === "family" ? null : random.pick(organisationsBySource[sourceCode] ?? ["Partner organisation"]),
      relationship: sourceCode === "family" ? random.pick(["mother", "father", "sister", "brother", "aunt", "uncle", "friend"]) : null,
    },
    isReferrerConsentGiven: random.chance(0.9),
    isSubjectAware: isSelf ? true : random.chance(0.85),
    receivedAt,
    decidedAt,
    decisionReason: status === "accepted" ? "Meets criteria; allocated for assessment." : status === "signposted" ? "Better met by another service." : status === "declined" ? "Outside the service's remit or area." : null,
    signpostedTo: status === "signposted" ? random.pick(signposts) : null,
    isLinked: status === "accepted",
  };
}
