/**
 * Who may have a calendar feed: people with work that goes in one — sessions and cases (caseload
 * roles and mentors) or panel meetings (panel members). Outreach, administration, data protection,
 * editing and commissioning give nothing to put in it.
 */
import type { Role, RoleGrant } from "../../core/roles.js";

export const calendarRoles: readonly Role[] = ["caseworker", "mentor", "team_manager", "safeguarding_lead", "panel_member"];

export const canHaveCalendarFeed = (actor: { grants: readonly RoleGrant[] }): boolean => actor.grants.some((grant) => calendarRoles.includes(grant.role));
