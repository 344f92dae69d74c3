/**
 * A few referrals waiting in the Birmingham triage queue, so the demo shows the journey from the
 * first screen. The people are invented; the stories are typical of the organisation's work.
 */
import type { Db } from "../db/client.js";
import { createReferral, type ReferralInput } from "../referrals/create-referral.js";
import type { Vault } from "../vault/vault.js";

type DemoReferral = Omit<ReferralInput, "siteId" | "preferredWorkerGender" | "isInterpreterNeeded"> &
  Partial<Pick<ReferralInput, "preferredWorkerGender" | "isInterpreterNeeded">> & { hoursAgo: number };

const demoReferrals: DemoReferral[] = [
  {
    hoursAgo: 74,
    channel: "public_form",
    sourceCode: "family",
    person: { givenName: "Bilal", familyName: "Hussain", dateOfBirth: "2009-05-01" },
    referrer: { name: "Nasreen Hussain", phone: "07700 900321", organisation: undefined, relationship: "mother" },
    isPersonAware: false,
    reasons: ["criminal_exploitation_gangs", "substance_misuse"],
    concern: "My son has new trainers and cash he cannot explain, and he comes home late smelling of cannabis.",
    urgency: "soon",
    preferredLanguage: "ur",
    isInterpreterNeeded: true,
    isReferrerConsentGiven: true,
  },
  {
    hoursAgo: 20,
    channel: "staff",
    sourceCode: "faith_leader",
    person: { givenName: "Yusuf", familyName: "Ahmed", dateOfBirth: "2006-11-19", phone: "07700 900654" },
    referrer: { name: "Imam Abdul Rahman", phone: "07700 900111", organisation: "Green Lane Mosque", relationship: "imam" },
    isPersonAware: true,
    reasons: ["alcohol", "mental_health", "family"],
    concern: "Drinking heavily since his father died; the family asked the imam to find him help.",
    urgency: "routine",
    preferredLanguage: "en",
    isReferrerConsentGiven: true,
  },
  {
    hoursAgo: 3,
    channel: "public_form",
    sourceCode: "self",
    person: { givenName: "Sana", familyName: "Begum", email: "sana.demo@example.org", postcode: "B10 0AA" },
    reasons: ["substance_misuse"],
    concern: "I have been using more than I want to and I want to stop before my family finds out.",
    urgency: "soon",
    preferredLanguage: "bn",
    preferredWorkerGender: "female",
    isReferrerConsentGiven: true,
  },
  {
    hoursAgo: 1,
    channel: "staff",
    sourceCode: "school_college",
    person: { givenName: "Adam", familyName: "Kowalski", dateOfBirth: "2010-02-07" },
    referrer: { name: "Ms Clarke", email: "pastoral@example.org", organisation: "Small Heath Academy", relationship: "head of year" },
    isPersonAware: false,
    reasons: ["online_harm", "sexual_exploitation"],
    concern: "An adult he met in an online game has been sending gifts and asking him to keep it secret.",
    urgency: "urgent",
    preferredLanguage: "pl",
    isReferrerConsentGiven: true,
  },
];

export async function seedDemoReferrals(tx: Db, vault: Vault, organisationId: string, siteId: string, now: Date): Promise<number> {
  for (const { hoursAgo, ...referral } of demoReferrals) {
    await createReferral(
      tx,
      { vault, now: new Date(now.getTime() - hoursAgo * 3_600_000), organisationId, actorUserId: null, requestId: "demo-seed" },
      { isInterpreterNeeded: false, preferredWorkerGender: "no_preference", ...referral, siteId },
    );
  }
  return demoReferrals.length;
}
