/**
 * Who works the retention schedule (issue 12). The rules are configuration with legal weight, so
 * administrators and the data protection officer set them; the review queue, approving deletion and
 * the record of deletions are the data protection officer's alone, as erasure is.
 */
import { hasAnyRole, hasRole } from "../../authz/authorize.js";
import type { Actor } from "../../http/context.js";

export const canConfigureRetention = (actor: Actor): boolean => hasAnyRole(actor, ["administrator", "data_protection_officer"]);

export const canReviewRetention = (actor: Actor): boolean => hasRole(actor, "data_protection_officer");
