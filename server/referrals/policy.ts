/**
 * Who may see and triage referrals: the site's caseworkers, team managers and safeguarding leads.
 * Restricted referrals (Channel, radicalisation) are for the site's safeguarding leads only.
 */
import { caseloadRoles, holdsAt } from "../authz/site-roles.js";
import type { Actor } from "../http/context.js";

export interface ReferralForPolicy {
  siteId: string;
  isRestricted: boolean;
  status: string;
}

export const canSeeReferral = (actor: Actor, referral: ReferralForPolicy): boolean =>
  referral.isRestricted ? holdsAt(actor, ["safeguarding_lead"], referral.siteId) : holdsAt(actor, caseloadRoles, referral.siteId);

export const canCreateReferralAt = (actor: Actor, siteId: string): boolean => holdsAt(actor, caseloadRoles, siteId);
export const canViewQueue = canCreateReferralAt;
export const canTriage = (actor: Actor, referral: ReferralForPolicy): boolean =>
  canSeeReferral(actor, referral) && referral.status === "received";
export const canRevealReferralIdentity = canSeeReferral;
