/**
 * Who may record external referrals on a case they can already see (cases/scope.ts decides seeing,
 * restricted cases included): the caseworkers and safeguarding leads of the case's site, never
 * through emergency access. New ones only on an open case; a referral's replies and outcome may
 * still arrive after the case closed.
 */
import { escalatingRoles } from "../../../core/panel/escalation.js";
import { holdsAt } from "../../authz/site-roles.js";
import type { Actor } from "../../http/context.js";

export interface ReferralCaseView {
  kase: { siteId: string; state: string };
  isBreakGlass: boolean;
}

export const canUpdateReferral = (actor: Actor, view: ReferralCaseView): boolean => !view.isBreakGlass && holdsAt(actor, escalatingRoles, view.kase.siteId);

export const canAddReferral = (actor: Actor, view: ReferralCaseView): boolean => view.kase.state !== "closed" && canUpdateReferral(actor, view);
