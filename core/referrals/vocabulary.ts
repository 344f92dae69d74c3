/**
 * The words referrals are recorded in: vulnerability domains, urgency, default referral sources and
 * how much each source may be told about the outcome. Pure data shared by server, web and reports.
 */
import { z } from "zod";

export const vulnerabilityDomains = [
  "substance_misuse",
  "alcohol",
  "mental_health",
  "criminal_exploitation_gangs",
  "sexual_exploitation",
  "radicalisation_extremism",
  "family",
  "housing",
  "education_employment",
  "online_harm",
] as const;
export type VulnerabilityDomain = (typeof vulnerabilityDomains)[number];
export const vulnerabilityDomainSchema = z.enum(vulnerabilityDomains);

export const urgencies = ["routine", "soon", "urgent"] as const;
export type Urgency = (typeof urgencies)[number];

/**
 * What a referrer may learn about the outcome:
 * - `acknowledgement`: only that the referral was received and that contact will be made if appropriate;
 * - `decision`: whether it was accepted, signposted or declined (statutory partners).
 */
export const feedbackLevels = ["acknowledgement", "decision"] as const;
export type FeedbackLevel = (typeof feedbackLevels)[number];

export interface DefaultSource {
  code: string;
  label: string;
  feedbackLevel: FeedbackLevel;
  /** A referral from this source is restricted from the start (Channel is the Prevent process). */
  isRestricted: boolean;
}

export const defaultReferralSources: readonly DefaultSource[] = [
  { code: "self", label: "Self-referral", feedbackLevel: "acknowledgement", isRestricted: false },
  { code: "family", label: "Family member or friend", feedbackLevel: "acknowledgement", isRestricted: false },
  { code: "faith_leader", label: "Mosque or faith leader", feedbackLevel: "acknowledgement", isRestricted: false },
  { code: "school_college", label: "School or college", feedbackLevel: "decision", isRestricted: false },
  { code: "gp_health", label: "GP or health service", feedbackLevel: "decision", isRestricted: false },
  { code: "police", label: "Police", feedbackLevel: "decision", isRestricted: false },
  { code: "channel", label: "Channel (Prevent)", feedbackLevel: "decision", isRestricted: true },
  { code: "council_social_care", label: "Council or social care", feedbackLevel: "decision", isRestricted: false },
  { code: "probation", label: "Probation", feedbackLevel: "decision", isRestricted: false },
  { code: "other_organisation", label: "Other organisation", feedbackLevel: "acknowledgement", isRestricted: false },
];

/** Domains that make a case restricted to named people (radicalisation and Channel work). */
export const restrictedDomains: readonly VulnerabilityDomain[] = ["radicalisation_extremism"];

export const workerGenderPreferences = ["no_preference", "female", "male"] as const;

/** Languages a person can be supported in (ISO 639-1), the public form's languages first. */
export const supportLanguages = ["en", "ur", "pa", "bn", "ar", "pl", "so", "gu", "ps", "fa", "ro", "ku", "ti", "other"] as const;
