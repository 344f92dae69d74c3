/**
 * Who says where a referral came from: whoever records referrals at the site when recording one,
 * and later those who triage it — the people who see it (a restricted referral's safeguarding lead
 * alone), whether or not it has been decided, since the link to outreach often comes to light later.
 */
import type { Actor } from "../../http/context.js";
import { canSeeReferral, type ReferralForPolicy } from "../../referrals/policy.js";

export const canAttributeReferral = (actor: Actor, referral: ReferralForPolicy): boolean => canSeeReferral(actor, referral);
