/** Who may keep the organisation's sign-in settings: its administrators. */
import { hasRole } from "../authz/authorize.js";
import type { Actor } from "../http/context.js";

export const canManageSignIn = (actor: Actor): boolean => hasRole(actor, "administrator");
