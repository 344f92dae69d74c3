/**
 * Who handles data-rights requests: the data protection officer alone. A request names the person
 * and a subject access export holds everything about them, so administrators — who configure the
 * system but see no case data — do not handle them (the audit trail, which they may review, is
 * server/audit/policy.ts).
 */
import { isOpenStatus, type DataRightsStatus } from "../../core/data-rights/vocabulary.js";
import { hasRole } from "../authz/authorize.js";
import type { Actor } from "../http/context.js";

export const canHandleDataRights = (actor: Actor): boolean => hasRole(actor, "data_protection_officer");

export const refusalMessage = "Only the data protection officer handles data-rights requests.";

/** What may be done with a request in its present state, for the page to show. */
export function requestAbilities(actor: Actor, request: { status: DataRightsStatus; kind: string; clientId: string | null; extensionGround: string | null }) {
  const isHandler = canHandleDataRights(actor);
  const isOpen = isOpenStatus(request.status);
  return {
    canMatch: isHandler && isOpen && request.clientId === null,
    canCheckIdentity: isHandler && isOpen,
    canExtend: isHandler && isOpen && request.extensionGround === null,
    canChangeStatus: isHandler && isOpen,
    canPrepareExport: isHandler && isOpen && request.kind === "access" && request.clientId !== null,
  };
}
