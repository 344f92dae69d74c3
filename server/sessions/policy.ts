/**
 * Who may do what with sessions on a case they can already see (cases/scope.ts decides seeing, and
 * so who may read a session's notes at all).
 *
 * - Recording a session: the site's caseload roles and anyone assigned to the case (a mentor records
 *   their own sessions). Not on a closed case, and never through emergency (break-glass) access.
 * - Changing one (attendance, notes, details): the workers who were at it, and the site's managers.
 *   Notes of a session held before a case closed may still be written up after it closed.
 */
import { caseloadRoles, holdsAt, managerRoles } from "../authz/site-roles.js";
import type { Actor } from "../http/context.js";

export interface SessionCaseView {
  kase: { siteId: string; state: string };
  isBreakGlass: boolean;
  /** Assigned to the case in any role (key worker, mentor, specialist). */
  isAssigned: boolean;
}

/** Works the site's caseload: may name any colleague who can see the case as a session's worker. */
export const worksSiteCaseload = (actor: Actor, view: SessionCaseView): boolean => holdsAt(actor, caseloadRoles, view.kase.siteId);

export function canRecordSession(actor: Actor, view: SessionCaseView): boolean {
  if (view.isBreakGlass || view.kase.state === "closed") return false;
  return worksSiteCaseload(actor, view) || view.isAssigned;
}

export function canEditSession(actor: Actor, view: SessionCaseView, workerIds: readonly string[]): boolean {
  if (view.isBreakGlass) return false;
  return workerIds.includes(actor.userId) || holdsAt(actor, managerRoles, view.kase.siteId);
}
