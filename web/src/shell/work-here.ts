/**
 * Which kinds of casework a user does at a site, from the roles they hold there. The session does
 * not (yet) carry per-site abilities, so the navigation and home page read the role grants with the
 * same role lists the server's policies use (server/authz/site-roles.ts, server/cases/policy.ts).
 * This only decides what is offered: the server still answers every request with its own rules.
 */
import type { Role, RoleGrant } from "../../../core/roles.js";

/** Roles that work a site's caseload: referrals, clients and cases. */
const caseloadRoles: readonly Role[] = ["caseworker", "team_manager", "safeguarding_lead"];
/** Mentors and specialists see the cases they are assigned to, in the case list. */
const caseListRoles: readonly Role[] = [...caseloadRoles, "mentor"];
/** Emergency (break-glass) access is for managers and safeguarding leads anywhere in the organisation. */
const emergencyAccessRoles: readonly Role[] = ["team_manager", "safeguarding_lead"];

export interface WorkHere {
  /** Triage queue, recording referrals, client search. */
  worksCaseload: boolean;
  /** The case list (all of the site's cases, or only their own for mentors). */
  seesCases: boolean;
  canRequestEmergencyAccess: boolean;
}

export function workHere(grants: readonly RoleGrant[], siteId: string | null): WorkHere {
  const holdsHere = (roles: readonly Role[]) =>
    siteId !== null && grants.some((grant) => grant.siteId === siteId && roles.includes(grant.role));
  return {
    worksCaseload: holdsHere(caseloadRoles),
    seesCases: holdsHere(caseListRoles),
    canRequestEmergencyAccess: grants.some((grant) => emergencyAccessRoles.includes(grant.role)),
  };
}
