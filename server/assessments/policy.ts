/**
 * Who may do what with assessments on a case they can already see (cases/scope.ts decides seeing).
 *
 * - Vulnerability assessments (the cross-vulnerability toolkit, extremism vulnerability) are for
 *   the site's caseload roles and the case's key worker; mentors and specialists on the case do not
 *   see them (they are not listed, and opening one is "not found").
 * - Screening and outcome tools may also be given by anyone assigned to the case (a CBT
 *   practitioner's craving scale, say).
 * - A manager (team manager or safeguarding lead at the site) approves or returns a submitted
 *   response that needs approval, but never one they submitted themselves.
 * - Emergency (break-glass) access reads; it changes nothing. A closed case takes no new assessment.
 */
import type { InstrumentKind } from "../../core/instruments/definition.js";
import { caseloadRoles, holdsAt, managerRoles } from "../authz/site-roles.js";
import type { Actor } from "../http/context.js";

export interface AssessmentView {
  kase: { siteId: string; state: string };
  isBreakGlass: boolean;
  isKeyWorker: boolean;
  /** Assigned to the case in any role (key worker, mentor, specialist). */
  isAssigned: boolean;
}

const worksCase = (actor: Actor, view: AssessmentView): boolean => holdsAt(actor, caseloadRoles, view.kase.siteId) || view.isKeyWorker;

export function canRead(actor: Actor, view: AssessmentView, kind: InstrumentKind): boolean {
  if (kind !== "vulnerability") return true;
  return view.isBreakGlass || worksCase(actor, view);
}

export function canGive(actor: Actor, view: AssessmentView, kind: InstrumentKind): boolean {
  if (view.isBreakGlass || view.kase.state === "closed") return false;
  return worksCase(actor, view) || (kind !== "vulnerability" && view.isAssigned);
}

export interface AssessmentForPolicy {
  status: string;
  requiresApproval: boolean;
  submittedBy: string | null;
  supersededById: string | null;
}

export function canApprove(actor: Actor, view: AssessmentView, assessment: AssessmentForPolicy): boolean {
  return (
    !view.isBreakGlass &&
    assessment.status === "submitted" &&
    assessment.requiresApproval &&
    assessment.submittedBy !== actor.userId &&
    holdsAt(actor, managerRoles, view.kase.siteId)
  );
}

export function canAmend(actor: Actor, view: AssessmentView, kind: InstrumentKind, assessment: AssessmentForPolicy & { hasOpenAmendment: boolean }): boolean {
  return assessment.status !== "draft" && assessment.supersededById === null && !assessment.hasOpenAmendment && canGive(actor, view, kind);
}
