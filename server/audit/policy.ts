/**
 * Who may review the audit trail: administrators and the data protection officer. Why emergency
 * access was used is the client's data, so only the data protection officer reads it.
 */
import { hasAnyRole, hasRole } from "../authz/authorize.js";
import type { Actor } from "../http/context.js";

export const canReviewAudit = (actor: Actor): boolean => hasAnyRole(actor, ["administrator", "data_protection_officer"]);

export const canReadBreakGlassReason = (actor: Actor): boolean => hasRole(actor, "data_protection_officer");
