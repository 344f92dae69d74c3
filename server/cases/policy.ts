/**
 * What an actor may do to a case they can already see (scope.ts decides seeing). Caseworkers move a
 * case through assessment and support; managers and safeguarding leads also allocate, close,
 * restrict and transfer. Break-glass access is read-only.
 */
import type { CaseEventType } from "../../core/cases/case-state-machine.js";
import { caseloadRoles, holdsAt, managerRoles } from "../authz/site-roles.js";
import type { Actor } from "../http/context.js";

export interface CaseForPolicy {
  siteId: string;
  state: string;
  isRestricted: boolean;
}

export interface ViewContext {
  isBreakGlass: boolean;
  isKeyWorker: boolean;
}

const works = (actor: Actor, kase: CaseForPolicy, view: ViewContext): boolean =>
  !view.isBreakGlass && (holdsAt(actor, caseloadRoles, kase.siteId) || view.isKeyWorker);
const manages = (actor: Actor, kase: CaseForPolicy, view: ViewContext): boolean =>
  !view.isBreakGlass && holdsAt(actor, managerRoles, kase.siteId);

export function canTransition(actor: Actor, kase: CaseForPolicy, view: ViewContext, event?: CaseEventType): boolean {
  // Closing records an outcome that feeds reporting: a manager approves it.
  if (event === "close" || event === "reopen") return manages(actor, kase, view);
  return works(actor, kase, view);
}
export const canAssign = manages;
export const canRestrict = manages;
export const canTransfer = (actor: Actor, kase: CaseForPolicy, view: ViewContext): boolean =>
  manages(actor, kase, view) && kase.state !== "closed";

/** The case list is for people who work cases at the site; mentors see only their own in it. */
export const canListCases = (actor: Actor, siteId: string): boolean => holdsAt(actor, [...caseloadRoles, "mentor"], siteId);

/** Emergency access is for managers and safeguarding leads anywhere in the organisation. */
export const canBreakGlass = (actor: Actor): boolean =>
  actor.grants.some((grant) => grant.role === "team_manager" || grant.role === "safeguarding_lead");
