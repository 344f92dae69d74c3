/**
 * Who keeps and reads social value (issue 10).
 *
 * - The catalogue, the mappings and their assumptions, the deflators and settings, and every
 *   calculation with its true outcome counts: administrators, who keep the organisation's
 *   reporting (server/reporting/policy.ts). Counts only, never who achieved an outcome.
 * - A contract's report as published (counts through the disclosure engine, pounds worked from
 *   them): administrators, and the commissioner of the contract's funder, who reaches nothing else.
 */
import type { Actor } from "../http/context.js";
import { canManageReporting, isCommissioner } from "../reporting/policy.js";

/** The catalogue, mappings, deflators, settings and calculations: administrators. */
export const canManageSocialValue = (actor: Actor): boolean => canManageReporting(actor);

/** Published reports: administrators (every contract's) and commissioners (their funder's contracts'; the query scopes which). */
export const canReadPublishedReports = (actor: Actor): boolean => canManageSocialValue(actor) || isCommissioner(actor);
