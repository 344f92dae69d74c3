/**
 * Who may do what with a case's care plan, for people who can already see the case (cases/scope.ts
 * decides seeing, and so reading: everyone who sees the case reads its plan, an assigned mentor
 * included).
 *
 * - The site's caseload roles and the case's key worker write the plan: the first version,
 *   revisions and reviews. They also see what the plan can start from, which comes from the
 *   vulnerability assessment that mentors and specialists do not see.
 * - Emergency (break-glass) access reads; it changes and prints nothing. A closed case's plan is
 *   kept as it was.
 */
import { caseloadRoles, holdsAt } from "../authz/site-roles.js";
import type { Actor } from "../http/context.js";

export interface CarePlanView {
  kase: { siteId: string; state: string };
  isBreakGlass: boolean;
  isKeyWorker: boolean;
}

const worksCase = (actor: Actor, view: CarePlanView): boolean => !view.isBreakGlass && (holdsAt(actor, caseloadRoles, view.kase.siteId) || view.isKeyWorker);

/** Writing the first version, a revision or a review. */
export const canWritePlan = (actor: Actor, view: CarePlanView): boolean => worksCase(actor, view) && view.kase.state !== "closed";

/** The assessment's areas of need and the people who may deliver support: for those who write plans. */
export const canSeeStartingPoints = worksCase;

/** The client's printed summary: for anyone who sees the case in the ordinary way. */
export const canPrint = (_actor: Actor, view: CarePlanView): boolean => !view.isBreakGlass;

export const closedCaseMessage = "This case is closed: its care plan is kept as it was.";
