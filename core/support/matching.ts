/**
 * Matching workers to a case: rank the workers who could take it against what the client needs,
 * and say why each ranks where it does. It never allocates: a manager chooses, and may choose
 * anyone it lists. Pure: the caller supplies the profiles, the client's needs and today's date.
 *
 * Excluded, with the reason: a declared conflict of interest with the client (same family, same
 * mosque committee…), vetting (the DBS check) missing or expired, not working at the case's site,
 * no capacity left, or already working on the case. Everyone else is ranked by points, each with its reason:
 *
 * - **gender**: +40 when the client asked for a worker of this gender; −40 when they asked for the
 *   other (kept on the list — a manager may have no one else — but below everyone who matches);
 * - **language**: +30 for speaking the client's preferred language; none when an interpreter is
 *   needed for them;
 * - **needs**: for each area where the assessment found need, the worker's specialisms that meet
 *   it: +15 for a high need, +8 for a moderate one (once per area);
 * - **asked-for specialisms** (e.g. a theology adviser for the plan): +20 each held;
 * - **capacity**: up to +10 in proportion to the share of their caseload still free.
 *
 * Ties go to the worker with more room, then by name, so the order is stable.
 */
import { z } from "zod";
import type { VulnerabilityDomain } from "../referrals/vocabulary.js";

export const specialisms = [
  "theology",
  "cbt",
  "female_support",
  "lived_experience",
  "channel_mentoring",
  "youth_work",
  "family_work",
  "harm_reduction",
  "sexual_health",
  "housing_benefits",
  "education_employment",
] as const;
export type Specialism = (typeof specialisms)[number];
export const specialismSchema = z.enum(specialisms);

/** Which specialisms meet a need in each area of the cross-vulnerability assessment. */
export const specialismsForDomain: Record<VulnerabilityDomain, readonly Specialism[]> = {
  substance_misuse: ["cbt", "harm_reduction", "lived_experience"],
  alcohol: ["cbt", "harm_reduction", "lived_experience"],
  mental_health: ["cbt"],
  criminal_exploitation_gangs: ["youth_work", "lived_experience"],
  sexual_exploitation: ["female_support", "sexual_health"],
  radicalisation_extremism: ["theology", "channel_mentoring"],
  family: ["family_work", "female_support"],
  housing: ["housing_benefits"],
  education_employment: ["education_employment", "youth_work"],
  online_harm: ["youth_work", "channel_mentoring"],
};

export const points = {
  genderMatch: 40,
  genderMismatch: -40,
  language: 30,
  highNeed: 15,
  moderateNeed: 8,
  askedForSpecialism: 20,
  capacity: 10,
} as const;

/** Warn about vetting that runs out within this many days. */
export const vettingWarningDays = 30;

export interface WorkerProfile {
  userId: string;
  name: string;
  gender: "female" | "male" | "other" | "not_stated";
  /** Language codes (core/referrals/vocabulary.ts `supportLanguages`). */
  languages: readonly string[];
  specialisms: readonly Specialism[];
  siteIds: readonly string[];
  /** The DBS check; null when none is recorded. Dates are `YYYY-MM-DD`. */
  vetting: { checkedOn: string; expiresOn: string } | null;
  maxCaseload: number;
  openCases: number;
  /** Clients the worker has declared a conflict of interest with. */
  conflictClientIds: readonly string[];
}

export interface ClientNeeds {
  clientId: string;
  siteId: string;
  preferredLanguage: string;
  isInterpreterNeeded: boolean;
  preferredWorkerGender: "no_preference" | "female" | "male";
  /** Each area's need from the latest assessment (push + pull − protective); none if not assessed. */
  domainNeeds: readonly { domain: VulnerabilityDomain; need: number }[];
  /** Specialisms the plan asks for (e.g. theology sessions need a theology adviser). */
  askedFor: readonly Specialism[];
  /** Workers already assigned to the case in any role; they are not offered again. */
  onCase?: readonly string[];
}

export type MatchReason =
  | { kind: "gender_match"; points: number }
  | { kind: "gender_mismatch"; points: number; preferred: "female" | "male" }
  | { kind: "language_match"; points: number; language: string }
  | { kind: "language_missing"; points: 0; language: string }
  | { kind: "need_met"; points: number; domain: VulnerabilityDomain; level: "high" | "moderate"; specialisms: Specialism[] }
  | { kind: "need_unmet"; points: 0; domain: VulnerabilityDomain; level: "high" | "moderate" }
  | { kind: "asked_for"; points: number; specialism: Specialism }
  | { kind: "asked_for_missing"; points: 0; specialism: Specialism }
  | { kind: "capacity"; points: number; free: number; max: number }
  | { kind: "vetting_expiring"; points: 0; expiresOn: string };

export type ExclusionReason =
  | { kind: "conflict" }
  | { kind: "vetting_missing" }
  | { kind: "vetting_expired"; expiresOn: string }
  | { kind: "other_site" }
  | { kind: "at_capacity"; max: number }
  | { kind: "already_on_case" };

export interface Candidate {
  userId: string;
  name: string;
  score: number;
  reasons: MatchReason[];
}

export interface MatchResult {
  ranked: Candidate[];
  excluded: { userId: string; name: string; reasons: ExclusionReason[] }[];
}

/** The thresholds the tier suggestion uses for an area's need (core/instruments/suggest-tier.ts). */
const highNeed = 4;
const moderateNeed = 2;

const dayNumber = (date: string): number => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;

function exclusions(worker: WorkerProfile, needs: ClientNeeds, today: string): ExclusionReason[] {
  const reasons: ExclusionReason[] = [];
  if (worker.conflictClientIds.includes(needs.clientId)) reasons.push({ kind: "conflict" });
  if (!worker.vetting) reasons.push({ kind: "vetting_missing" });
  else if (worker.vetting.expiresOn < today) reasons.push({ kind: "vetting_expired", expiresOn: worker.vetting.expiresOn });
  if (!worker.siteIds.includes(needs.siteId)) reasons.push({ kind: "other_site" });
  if (worker.openCases >= worker.maxCaseload) reasons.push({ kind: "at_capacity", max: worker.maxCaseload });
  if (needs.onCase?.includes(worker.userId)) reasons.push({ kind: "already_on_case" });
  return reasons;
}

function reasonsFor(worker: WorkerProfile, needs: ClientNeeds, today: string): MatchReason[] {
  const reasons: MatchReason[] = [];
  if (needs.preferredWorkerGender !== "no_preference") {
    reasons.push(
      worker.gender === needs.preferredWorkerGender
        ? { kind: "gender_match", points: points.genderMatch }
        : { kind: "gender_mismatch", points: points.genderMismatch, preferred: needs.preferredWorkerGender },
    );
  }
  reasons.push(
    worker.languages.includes(needs.preferredLanguage)
      ? { kind: "language_match", points: points.language, language: needs.preferredLanguage }
      : { kind: "language_missing", points: 0, language: needs.preferredLanguage },
  );
  const byNeed = [...needs.domainNeeds].filter((area) => area.need >= moderateNeed).sort((a, b) => b.need - a.need);
  for (const area of byNeed) {
    const level = area.need >= highNeed ? "high" : "moderate";
    const meeting = specialismsForDomain[area.domain].filter((specialism) => worker.specialisms.includes(specialism));
    reasons.push(
      meeting.length > 0
        ? { kind: "need_met", points: level === "high" ? points.highNeed : points.moderateNeed, domain: area.domain, level, specialisms: meeting }
        : { kind: "need_unmet", points: 0, domain: area.domain, level },
    );
  }
  for (const specialism of needs.askedFor) {
    reasons.push(
      worker.specialisms.includes(specialism)
        ? { kind: "asked_for", points: points.askedForSpecialism, specialism }
        : { kind: "asked_for_missing", points: 0, specialism },
    );
  }
  const free = worker.maxCaseload - worker.openCases;
  reasons.push({ kind: "capacity", points: Math.round((points.capacity * free) / worker.maxCaseload), free, max: worker.maxCaseload });
  if (worker.vetting && dayNumber(worker.vetting.expiresOn) - dayNumber(today) <= vettingWarningDays) {
    reasons.push({ kind: "vetting_expiring", points: 0, expiresOn: worker.vetting.expiresOn });
  }
  return reasons;
}

export function matchWorkers(workers: readonly WorkerProfile[], needs: ClientNeeds, today: string): MatchResult {
  const ranked: (Candidate & { free: number })[] = [];
  const excluded: MatchResult["excluded"] = [];
  for (const worker of workers) {
    const excludedFor = exclusions(worker, needs, today);
    if (excludedFor.length > 0) {
      excluded.push({ userId: worker.userId, name: worker.name, reasons: excludedFor });
      continue;
    }
    const reasons = reasonsFor(worker, needs, today);
    ranked.push({
      userId: worker.userId,
      name: worker.name,
      score: reasons.reduce((sum, reason) => sum + reason.points, 0),
      reasons,
      free: worker.maxCaseload - worker.openCases,
    });
  }
  ranked.sort((a, b) => b.score - a.score || b.free - a.free || a.name.localeCompare(b.name, "en") || a.userId.localeCompare(b.userId));
  return { ranked: ranked.map(({ free: _free, ...candidate }) => candidate), excluded };
}
