/** Which sites an actor holds given roles at; organisation-wide grants do not count for site work. */
import type { Role } from "../../core/roles.js";
import type { Actor } from "../http/context.js";

export function sitesWhere(actor: Pick<Actor, "grants">, roles: readonly Role[]): string[] {
  return [...new Set(actor.grants.flatMap((grant) => (grant.siteId && roles.includes(grant.role) ? [grant.siteId] : [])))];
}

export const holdsAt = (actor: Actor, roles: readonly Role[], siteId: string): boolean =>
  actor.grants.some((grant) => grant.siteId === siteId && roles.includes(grant.role));

/** Roles that work a site's caseload: they see its cases and referrals. */
export const caseloadRoles: readonly Role[] = ["caseworker", "team_manager", "safeguarding_lead"];
/** Roles that allocate work, approve closures and decide on restriction. */
export const managerRoles: readonly Role[] = ["team_manager", "safeguarding_lead"];
