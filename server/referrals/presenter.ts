/** The fields of a referral that leave the server. Identity is never here; it needs an audited reveal. */
import type { z } from "zod";
import type { ReferralAttribution } from "../../core/api/outreach-attribution.js";
import type { referralDetailSchema, referralSummarySchema } from "../../core/api/referrals.js";
import type { Urgency, VulnerabilityDomain } from "../../core/referrals/vocabulary.js";
import type { ReferralStatus } from "../../core/referrals/referral-status.js";
import type { referralSources, referrals } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { canAttributeReferral } from "../outreach/attribution/policy.js";
import { canRevealReferralIdentity, canTriage } from "./policy.js";

type Row = { referral: typeof referrals.$inferSelect; source: typeof referralSources.$inferSelect };

export function presentReferralSummary({ referral, source }: Row, now: Date): z.infer<typeof referralSummarySchema> {
  return {
    id: referral.id,
    reference: referral.reference,
    siteId: referral.siteId,
    status: referral.status as ReferralStatus,
    urgency: referral.urgency as Urgency,
    reasons: referral.reasons as VulnerabilityDomain[],
    source: { code: source.code, label: source.label },
    channel: referral.channel as "staff" | "public_form",
    receivedAt: referral.receivedAt.toISOString(),
    triageDueAt: referral.triageDueAt.toISOString(),
    decidedAt: referral.decidedAt?.toISOString() ?? null,
    isOverdue: referral.status === "received" ? referral.triageDueAt < now : (referral.decidedAt ?? now) > referral.triageDueAt,
    isRestricted: referral.isRestricted,
  };
}

export function presentReferralDetail(
  row: Row,
  actor: Actor,
  extra: { now: Date; concern: string; decisionReason: string | null; decidedByName: string | null; caseId: string | null; attribution: ReferralAttribution | null },
): z.infer<typeof referralDetailSchema> {
  const { referral } = row;
  return {
    ...presentReferralSummary(row, extra.now),
    concern: extra.concern,
    preferredLanguage: referral.preferredLanguage,
    isInterpreterNeeded: referral.isInterpreterNeeded,
    preferredWorkerGender: referral.preferredWorkerGender,
    isPersonAware: referral.isSubjectAware,
    isReferrerConsentGiven: referral.isReferrerConsentGiven,
    referrerOrganisation: referral.referrerOrganisation,
    referrerRelationship: referral.referrerRelationship,
    decision: referral.decidedAt
      ? {
          decidedAt: referral.decidedAt.toISOString(),
          decidedBy: extra.decidedByName,
          reason: extra.decisionReason ?? "",
          signpostedTo: referral.signpostedTo,
        }
      : null,
    clientId: referral.clientId,
    caseId: extra.caseId,
    attribution: extra.attribution,
    abilities: { triage: canTriage(actor, referral), revealIdentity: canRevealReferralIdentity(actor, referral), attribute: canAttributeReferral(actor, referral) },
  };
}
