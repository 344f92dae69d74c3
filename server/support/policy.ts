/**
 * Who may read and change the organisation's support vocabulary. Everyone who works with client
 * records reads it (care plans, sessions and closing a case all offer its codes); administrators
 * configure it, as they configure instruments and sites.
 */
import { roleFacts } from "../../core/roles.js";
import { hasRole } from "../authz/authorize.js";
import type { Actor } from "../http/context.js";

export const canReadVocabulary = (actor: Actor): boolean => actor.grants.some((grant) => roleFacts[grant.role].seesClientData);

export const canConfigureVocabulary = (actor: Actor): boolean => hasRole(actor, "administrator");
