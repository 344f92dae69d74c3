/**
 * Answers for the demo history's assessments: the cross-vulnerability toolkit rated so that it
 * suggests the tier the practitioner chose (push and pull in the referral's main worry, protective
 * factors in the family), and the Treatment Outcomes Profile. Each review (`review` 1, 2…) shows
 * distance travelled: less push and pull, more protection, fewer days of use, better ratings.
 */
import type { SupportTier } from "../../core/cases/case-state-machine.js";
import { crossVulnerabilityAnswers } from "../../core/instruments/built-in/cross-vulnerability.js";
import type { Answers } from "../../core/instruments/score.js";
import type { VulnerabilityDomain } from "../../core/referrals/vocabulary.js";
import type { HistoryRandom } from "./demo-history-random.js";
import { assessmentEvidence } from "./demo-history-texts.js";

const clamp = (value: number, lowest: number, highest: number) => Math.min(highest, Math.max(lowest, value));

/** The toolkit's ratings for a case at `tier`, `review` reviews after the first assessment. */
export function toolkitAnswers(random: HistoryRandom, reasons: readonly VulnerabilityDomain[], tier: SupportTier, review: number): Answers {
  const [primary, ...others] = reasons;
  const ratings: Record<string, number> = {};
  const rate = (domain: VulnerabilityDomain, push: number, pull: number, protective: number) => {
    ratings[`${domain}_push`] = clamp(push - review, 0, 3);
    ratings[`${domain}_pull`] = clamp(pull - review, 0, 3);
    ratings[`${domain}_protective`] = clamp(protective + review, 0, 3);
  };
  for (const domain of others) rate(domain, random.int(0, 1), 0, random.int(0, 1));
  if (primary === undefined) return crossVulnerabilityAnswers(ratings, assessmentEvidence);
  if (tier === "low_level") rate(primary, 1, random.int(0, 1), random.int(1, 2));
  else if (primary === "radicalisation_extremism") rate(primary, 2, random.int(1, 2), random.int(0, 1));
  else {
    const push = random.int(2, 3);
    rate(primary, push, 2, push === 3 ? random.int(0, 1) : 0);
    // A panel case not about extremism: high need in three areas at once.
    if (tier === "panel_referral") for (const domain of ["family", "mental_health"] as const) if (domain !== primary) rate(domain, 2, 2, 0);
  }
  if (!reasons.includes("family")) ratings.family_protective = clamp(random.int(1, 3) + review, 0, 3);
  return crossVulnerabilityAnswers(ratings, assessmentEvidence);
}

/** The Treatment Outcomes Profile for the last 28 days. */
export function topAnswers(random: HistoryRandom, reasons: readonly VulnerabilityDomain[], review: number): Answers {
  const uses = (domain: VulnerabilityDomain) => reasons.includes(domain);
  const days = (base: number) => clamp(Math.round(base * Math.pow(0.45, review)) + random.int(0, 2), 0, 28);
  const drug = random.pick(["cannabis_days", "cannabis_days", "cocaine_days", "crack_days"] as const);
  const rating = (base: number) => clamp(base + review * random.int(2, 4) + random.int(-1, 1), 0, 20);
  const isExploited = uses("criminal_exploitation_gangs");
  return {
    alcohol_days: uses("alcohol") ? days(random.int(14, 26)) : random.int(0, 3),
    opioid_days: 0,
    crack_days: uses("substance_misuse") && drug === "crack_days" ? days(random.int(8, 20)) : 0,
    cocaine_days: uses("substance_misuse") && drug === "cocaine_days" ? days(random.int(6, 16)) : 0,
    amphetamine_days: 0,
    cannabis_days: uses("substance_misuse") && drug === "cannabis_days" ? days(random.int(12, 28)) : 0,
    other_days: 0,
    injecting_days: 0,
    shared_needles: false,
    shared_equipment: false,
    shoplifting_days: 0,
    selling_drugs_days: isExploited ? days(random.int(2, 8)) : 0,
    vehicle_theft: false,
    other_theft: false,
    fraud: false,
    assault: false,
    psychological_health: rating(random.int(5, 11)),
    paid_work_days: review > 0 && random.chance(0.3) ? random.int(4, 16) : 0,
    education_days: random.int(0, 6) + review * random.int(2, 5),
    physical_health: rating(random.int(9, 14)),
    acute_housing_problem: uses("housing") && review === 0,
    eviction_risk: false,
    quality_of_life: rating(random.int(5, 10)),
  };
}
