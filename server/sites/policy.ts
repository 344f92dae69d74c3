/**
 * Who may do what with sites. Sites are organisation configuration: administrators manage them.
 * Who works at a site is for the people who allocate work there.
 */
import type { Actor } from "../http/context.js";
import { hasRole } from "../authz/authorize.js";
import { holdsAt, managerRoles } from "../authz/site-roles.js";

export const canCreateSite = (actor: Actor): boolean => hasRole(actor, "administrator");
export const canRenameSite = (actor: Actor): boolean => hasRole(actor, "administrator");
/** Organisation-wide roles see every site; everyone else sees the sites they hold a role at. */
export const seesAllSites = (actor: Actor): boolean => actor.grants.some((grant) => grant.siteId === null);
/**
 * A site's staff list is for those who allocate cases and name people on restricted ones there (the
 * same roles as cases/policy.ts `canAssign` and `canRestrict`). Organisation-wide roles do not
 * allocate casework, so they are not among them.
 */
export const canListSiteStaff = (actor: Actor, siteId: string): boolean => holdsAt(actor, managerRoles, siteId);
