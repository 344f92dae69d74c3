/** Who may review the audit trail: administrators and the data protection officer. */
import { hasAnyRole } from "../authz/authorize.js";
import type { Actor } from "../http/context.js";

export const canReviewAudit = (actor: Actor): boolean => hasAnyRole(actor, ["administrator", "data_protection_officer"]);
