/** Who may do what with sites. Sites are organisation configuration: administrators manage them. */
import type { Actor } from "../http/context.js";
import { hasRole } from "../authz/authorize.js";

export const canCreateSite = (actor: Actor): boolean => hasRole(actor, "administrator");
export const canRenameSite = (actor: Actor): boolean => hasRole(actor, "administrator");
/** Organisation-wide roles see every site; everyone else sees the sites they hold a role at. */
export const seesAllSites = (actor: Actor): boolean => actor.grants.some((grant) => grant.siteId === null);
