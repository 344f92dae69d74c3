/**
 * The words of support delivery (issue 6): the default intervention types an organisation starts
 * with (it may add its own), how a session happens and whether it did, how a goal is going, the
 * barriers a plan addresses, and the outcomes a closed case records. Codes are stable and stored;
 * labels live in the web app's catalogues.
 */
import type { VulnerabilityDomain } from "../referrals/vocabulary.js";
import type { Specialism } from "./matching.js";

export interface InterventionTypeDefault {
  code: string;
  /** The specialism a worker needs to deliver it, if any (asked for when matching a worker). */
  specialism: Specialism | null;
  /** Delivered by a partner organisation rather than the organisation's own staff. */
  isPartnerDelivered: boolean;
}

export const defaultInterventionTypes: readonly InterventionTypeDefault[] = [
  { code: "cbt_cravings", specialism: "cbt", isPartnerDelivered: false },
  { code: "one_to_one_mentoring", specialism: null, isPartnerDelivered: false },
  { code: "lived_experience_mentoring", specialism: "lived_experience", isPartnerDelivered: false },
  // A qualified adviser addressing manipulated readings of religious texts.
  { code: "theology_sessions", specialism: "theology", isPartnerDelivered: false },
  { code: "female_support_worker", specialism: "female_support", isPartnerDelivered: false },
  { code: "family_work", specialism: "family_work", isPartnerDelivered: false },
  { code: "harm_reduction", specialism: "harm_reduction", isPartnerDelivered: false },
  { code: "sexual_health", specialism: "sexual_health", isPartnerDelivered: false },
  { code: "housing_benefits_help", specialism: "housing_benefits", isPartnerDelivered: false },
  { code: "education_employment_support", specialism: "education_employment", isPartnerDelivered: false },
  { code: "partner_referral", specialism: null, isPartnerDelivered: true },
];

export const sessionModes = ["office", "home", "partner_venue", "phone", "video"] as const;
export const attendances = ["attended", "did_not_attend", "cancelled"] as const;
export const goalProgress = ["not_started", "progressing", "achieved", "dropped"] as const;

export const barrierKinds = [
  "language",
  "cultural_or_faith",
  "childcare",
  "transport",
  "stigma",
  "literacy",
  "immigration_status",
  "caring_responsibilities",
  "disability_or_health",
  "other",
] as const;

/** What a closed case achieved; each recorded with a date and evidence, and later valued (social value). */
export const defaultClosureOutcomes = [
  "abstinent_28_days",
  "reduced_use",
  "no_longer_at_risk_of_exploitation",
  "disengaged_from_extremist_group",
  "entered_education_or_employment",
  "secured_housing",
  "no_further_offending",
  "family_relationship_improved",
] as const;

export type DefaultClosureOutcome = (typeof defaultClosureOutcomes)[number];

/**
 * The default outcomes that answer each area of vulnerability, most usual first: what the demo's
 * history and the benchmark data record for a case that closed improved.
 */
export const outcomesAnswering: Readonly<Record<VulnerabilityDomain, readonly DefaultClosureOutcome[]>> = {
  substance_misuse: ["reduced_use", "abstinent_28_days"],
  alcohol: ["reduced_use", "abstinent_28_days"],
  criminal_exploitation_gangs: ["no_longer_at_risk_of_exploitation", "no_further_offending"],
  sexual_exploitation: ["no_longer_at_risk_of_exploitation"],
  radicalisation_extremism: ["disengaged_from_extremist_group"],
  family: ["family_relationship_improved"],
  housing: ["secured_housing"],
  education_employment: ["entered_education_or_employment"],
  mental_health: ["family_relationship_improved", "entered_education_or_employment"],
  online_harm: ["no_longer_at_risk_of_exploitation", "family_relationship_improved"],
};
