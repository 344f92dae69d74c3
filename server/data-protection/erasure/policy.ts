/**
 * Who erases, holds and restricts: the data protection officer alone (DESIGN.md, "Who uses it":
 * audit and privacy tooling). Administrators configure the system but see no case data, and a
 * caseworker asking for a record to be erased goes through the officer like anyone else.
 */
import { hasRole } from "../../authz/authorize.js";
import type { Actor } from "../../http/context.js";

export const canManageErasure = (actor: Actor): boolean => hasRole(actor, "data_protection_officer");

export const refusalMessage = "Only the data protection officer erases records, places holds and restricts processing.";
