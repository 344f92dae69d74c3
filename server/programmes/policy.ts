/**
 * Who may do what with programmes.
 *
 * - Definitions: anyone whose role reaches client data reads them (workers enrol clients on them);
 *   administrators import new ones and versions, and retire them.
 * - Enrolments follow their case (cases/scope.ts decides seeing): the site's caseload roles and
 *   anyone assigned to the case (a mentor running the programme with the client) enrol and move the
 *   client through it. Emergency (break-glass) access reads and changes nothing; a closed case takes
 *   no new enrolment and no step.
 * - Group sessions belong to a site: the site's caseload roles and its mentors see and record them.
 *   Who attended is told by name only for clients whose case the reader can see.
 */
import { roleFacts, type Role } from "../../core/roles.js";
import { hasRole } from "../authz/authorize.js";
import { caseloadRoles, holdsAt } from "../authz/site-roles.js";
import type { Actor } from "../http/context.js";

export const canReadProgrammes = (actor: Actor): boolean => actor.grants.some((grant) => roleFacts[grant.role].seesClientData);
export const canManageProgrammes = (actor: Actor): boolean => hasRole(actor, "administrator");

/** How the actor stands towards a case they can see. */
export interface EnrolmentView {
  kase: { siteId: string; state: string };
  isBreakGlass: boolean;
  /** Assigned to the case in any role (key worker, mentor, specialist). */
  isAssigned: boolean;
}

/** Enrolling and recording steps: the same people, on an open case. */
export function canWorkEnrolments(actor: Actor, view: EnrolmentView): boolean {
  if (view.isBreakGlass || view.kase.state === "closed") return false;
  return holdsAt(actor, caseloadRoles, view.kase.siteId) || view.isAssigned;
}

/** Roles that see client data at a site and take part in its group work. */
export const groupSessionRoles: readonly Role[] = [...caseloadRoles, "mentor"];

export const canSeeGroupSessions = (actor: Actor, siteId: string): boolean => holdsAt(actor, groupSessionRoles, siteId);
export const canRecordGroupSessions = canSeeGroupSessions;
