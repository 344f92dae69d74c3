/**
 * Who works a site's outreach. Its outreach workers, team managers and safeguarding leads keep the
 * partner directory, schedules, session logs, stock and training there. Its caseworkers read the
 * directory and the sessions, so they can say which partner or session a referral came from, and
 * see outreach figures. Nobody reaches a client's record through outreach: nothing here is about
 * a client, and referral outcomes appear only as counts.
 */
import type { Role } from "../../core/roles.js";
import { hasAnyRole, hasRole } from "../authz/authorize.js";
import { holdsAt, sitesWhere } from "../authz/site-roles.js";
import type { Actor } from "../http/context.js";

/** Roles that record and change a site's outreach. */
export const outreachRoles: readonly Role[] = ["outreach_worker", "team_manager", "safeguarding_lead"];
/** Roles that read a site's outreach: those who record it, and caseworkers attributing referrals. */
export const outreachReaderRoles: readonly Role[] = [...outreachRoles, "caseworker"];

export const canWorkOutreach = (actor: Actor, siteId: string): boolean => holdsAt(actor, outreachRoles, siteId);

export const canReadOutreach = (actor: Actor, siteId: string): boolean => holdsAt(actor, outreachReaderRoles, siteId);

/** The sites whose outreach the actor reads, the first being the default for pages with no site chosen. */
export const outreachSitesOf = (actor: Actor): string[] => sitesWhere(actor, outreachReaderRoles);

/**
 * The training courses are the organisation's: its administrators and anyone who works outreach at
 * some site keep the catalogue.
 */
export const canManageCourses = (actor: Actor): boolean => hasRole(actor, "administrator") || hasAnyRole(actor, outreachRoles.filter((role) => role !== "safeguarding_lead"));

/** Reading the course catalogue: anyone who may read some site's outreach, and administrators. */
export const canReadCourses = (actor: Actor): boolean => hasRole(actor, "administrator") || outreachSitesOf(actor).length > 0;
