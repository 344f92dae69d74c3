/**
 * Who may do what with a case's outcomes, on a case they can already see (cases/scope.ts decides
 * seeing). Anyone who sees the case reads them. Outcomes are recorded when a manager closes the
 * case; one noticed later is added by a manager at the site, on the closed case. Emergency
 * (break-glass) access reads only.
 */
import { holdsAt, managerRoles } from "../authz/site-roles.js";
import type { Actor } from "../http/context.js";

export interface OutcomeCaseView {
  kase: { siteId: string; state: string };
  isBreakGlass: boolean;
}

export const canAddOutcomes = (actor: Actor, view: OutcomeCaseView): boolean =>
  !view.isBreakGlass && view.kase.state === "closed" && holdsAt(actor, managerRoles, view.kase.siteId);
