/**
 * Who reads and releases the organisation's figures (issue 9).
 *
 * - Staff dashboards (true counts, for running the service): a site's team managers for their
 *   site; administrators for every site and the whole organisation. Counts only, never a person.
 * - Funders, contracts and KPIs are configuration: administrators keep them and prepare returns.
 * - The national drug-treatment export carries a pseudonymous attributor for each client (initials,
 *   date of birth, sex), so only a site's team managers produce it, for their site, and it is audited.
 * - A commissioner reaches nothing but its own funder's contracts and their disclosure-controlled
 *   figures: no client, case, session or free text, and every question it asks is audited.
 */
import type { Role } from "../../core/roles.js";
import { hasRole } from "../authz/authorize.js";
import { holdsAt, sitesWhere } from "../authz/site-roles.js";
import type { Actor } from "../http/context.js";

/** Roles that read a site's staff dashboard. */
export const dashboardRoles: readonly Role[] = ["team_manager"];

/** Whether the actor reads dashboards for every site and the organisation as a whole. */
export const readsWholeOrganisation = (actor: Actor): boolean => hasRole(actor, "administrator");

/** Whether the actor may read the staff dashboard of `siteId`. */
export const canReadSiteDashboard = (actor: Actor, siteId: string): boolean => readsWholeOrganisation(actor) || holdsAt(actor, dashboardRoles, siteId);

/** The sites whose staff dashboard the actor reads by a site role (administrators read all sites besides). */
export const dashboardSitesOf = (actor: Actor): string[] => sitesWhere(actor, dashboardRoles);

/** Whether the actor may read any staff dashboard. */
export const canReadDashboards = (actor: Actor): boolean => readsWholeOrganisation(actor) || dashboardSitesOf(actor).length > 0;

/** Funders, contracts, KPIs, disclosure settings, returns prepared and released: administrators. */
export const canManageReporting = (actor: Actor): boolean => hasRole(actor, "administrator");

/** The national drug-treatment export for `siteId`: the site's team managers. */
export const canExportNationalDataset = (actor: Actor, siteId: string): boolean => holdsAt(actor, ["team_manager"], siteId);

/** A commissioner reads its funder's contracts and their released figures, and nothing else. */
export const isCommissioner = (actor: Actor): boolean => hasRole(actor, "commissioner");
