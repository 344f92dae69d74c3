/**
 * The roles a person can take on a case, and who can take each. Key workers hold the site's
 * caseload (caseworkers, team managers, safeguarding leads); mentors and specialists hold the
 * mentor role, which covers 1:1 and lived-experience mentors, theology advisers, female support
 * workers and CBT practitioners (DESIGN.md, "Who uses it"). Nobody else is assigned: being assigned
 * lets a person see the case, and panel members, outreach workers and organisation-wide roles have
 * no business in one. Pure data, read by the server's allocation rule and its staff lists.
 */
import type { Role, RoleGrant } from "../roles.js";

export const assignmentRoles = ["key_worker", "mentor", "specialist"] as const;
export type AssignmentRole = (typeof assignmentRoles)[number];

const takenBy: Record<AssignmentRole, readonly Role[]> = {
  key_worker: ["caseworker", "team_manager", "safeguarding_lead"],
  mentor: ["mentor"],
  specialist: ["mentor"],
};

/** The assignment roles open to someone holding `siteRoles` at the case's site, in the usual order. */
export function assignableRoles(siteRoles: readonly Role[]): AssignmentRole[] {
  return assignmentRoles.filter((role) => takenBy[role].some((siteRole) => siteRoles.includes(siteRole)));
}

/** The roles held at `siteId` among `grants`; organisation-wide grants are not work at a site. */
export function rolesAtSite(grants: readonly RoleGrant[], siteId: string): Role[] {
  return [...new Set(grants.filter((grant) => grant.siteId === siteId).map((grant) => grant.role))];
}
