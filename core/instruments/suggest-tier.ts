/**
 * The support tier a cross-vulnerability assessment suggests, with the reasons. It is only a
 * suggestion: the practitioner decides the tier and writes why, and may choose any tier. The rules
 * are the organisation's defaults, kept here in one place and stated in the reasons shown:
 *
 * - **statutory referral** when the practitioner records a risk of significant harm;
 * - **panel referral** when there is a radicalisation or extremism concern (push plus pull of at
 *   least `panelExtremism`), or high need in `panelDomains` or more domains at once;
 * - **intensive** when any domain's need is high, or `intensiveModerateDomains` or more are moderate;
 * - otherwise **low-level** support.
 *
 * A domain's need is push + pull − protective (−3 to 6): high from `highNeed`, moderate from
 * `moderateNeed`.
 */
import { vulnerabilityDomains, type VulnerabilityDomain } from "../referrals/vocabulary.js";
import { supportTiers, type SupportTier } from "../cases/case-state-machine.js";
import { crossVulnerabilityKey } from "./built-in/cross-vulnerability.js";
import type { Answers } from "./score.js";

export { supportTiers, type SupportTier };

export const defaultTierRules = { highNeed: 4, moderateNeed: 2, intensiveModerateDomains: 2, panelDomains: 3, panelExtremism: 3 } as const;
export type TierRules = { readonly [K in keyof typeof defaultTierRules]: number };

export interface DomainNeed {
  domain: VulnerabilityDomain;
  push: number;
  pull: number;
  protective: number;
  need: number;
}

export type TierReason =
  | { kind: "significant_harm" }
  | { kind: "extremism_concern"; push: number; pull: number; threshold: number }
  | { kind: "high_need"; domains: DomainNeed[]; threshold: number }
  | { kind: "moderate_need"; domains: DomainNeed[]; threshold: number }
  | { kind: "no_high_need" };

const rating = (answers: Answers, id: string): number => {
  const value = answers[id];
  return typeof value === "string" && /^[0-3]$/.test(value) ? Number(value) : 0;
};

type FactorKind = "push" | "pull" | "protective";

/** Each domain's ratings and its need, push + pull − protective, from any source of ratings. */
function needsFrom(rated: (domain: VulnerabilityDomain, kind: FactorKind) => number): DomainNeed[] {
  return vulnerabilityDomains.map((domain) => {
    const push = rated(domain, "push");
    const pull = rated(domain, "pull");
    const protective = rated(domain, "protective");
    return { domain, push, pull, protective, need: push + pull - protective };
  });
}

/** Each domain's push, pull and protective ratings and its need, from the assessment's answers. */
export const domainNeeds = (answers: Answers): DomainNeed[] => needsFrom((domain, kind) => rating(answers, `${domain}_${kind}`));

/** The same, from a submitted toolkit's stored scores (each rating is its own score, `${domain}_${kind}_score`). */
export function domainNeedsFromScores(scores: readonly { id: string; value: number | null }[]): DomainNeed[] {
  const values = new Map(scores.map((score) => [score.id, score.value ?? 0]));
  return needsFrom((domain, kind) => values.get(`${domain}_${kind}_score`) ?? 0);
}

/** Only the cross-vulnerability toolkit leads to a support tier decision. */
export const decidesTier = (definition: { key: string }): boolean => definition.key === crossVulnerabilityKey;

export function suggestTier(answers: Answers, rules: TierRules = defaultTierRules): { tier: SupportTier; reasons: TierReason[]; needs: DomainNeed[] } {
  const needs = domainNeeds(answers);
  const high = needs.filter((need) => need.need >= rules.highNeed);
  const moderate = needs.filter((need) => need.need >= rules.moderateNeed);
  const extremism = needs.find((need) => need.domain === "radicalisation_extremism")!;

  if (answers.significant_harm === true) return { tier: "statutory_referral", reasons: [{ kind: "significant_harm" }], needs };
  const panelReasons: TierReason[] = [];
  if (extremism.push + extremism.pull >= rules.panelExtremism) {
    panelReasons.push({ kind: "extremism_concern", push: extremism.push, pull: extremism.pull, threshold: rules.panelExtremism });
  }
  if (high.length >= rules.panelDomains) panelReasons.push({ kind: "high_need", domains: high, threshold: rules.highNeed });
  if (panelReasons.length > 0) return { tier: "panel_referral", reasons: panelReasons, needs };
  if (high.length > 0) return { tier: "intensive", reasons: [{ kind: "high_need", domains: high, threshold: rules.highNeed }], needs };
  if (moderate.length >= rules.intensiveModerateDomains) {
    return { tier: "intensive", reasons: [{ kind: "moderate_need", domains: moderate, threshold: rules.moderateNeed }], needs };
  }
  return { tier: "low_level", reasons: [{ kind: "no_high_need" }], needs };
}
