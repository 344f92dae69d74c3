/**
 * Who may import spreadsheets: administrators. An import creates client records for the whole
 * organisation (a client belongs to no one site until a case opens), so a site's manager could
 * not be kept to their own site; and the uploaded file holds everyone's details at once.
 */
import { actorAllowedBy, hasRole } from "../authz/authorize.js";
import type { Actor } from "../http/context.js";

export const canImport = (actor: Actor): boolean => hasRole(actor, "administrator");

export const importer = actorAllowedBy(canImport, "Only administrators can import spreadsheets.");
