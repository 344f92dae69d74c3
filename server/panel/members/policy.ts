/**
 * Who may see and change a site's panel membership: the site's safeguarding lead runs the panel and
 * manages its members; team managers of the site may read the list. Panel members do not list each
 * other (they see who attends their meetings on the meeting page).
 */
import { holdsAt, managerRoles } from "../../authz/site-roles.js";
import type { Actor } from "../../http/context.js";
import { isSiteLead } from "../access/panel-case-access.js";

export const canReadMembers = (actor: Actor, siteId: string): boolean => holdsAt(actor, managerRoles, siteId);

export const canManageMembers = (actor: Actor, siteId: string): boolean => isSiteLead(actor, siteId);
