/**
 * Who may make and revoke API tokens. Anyone signed in (second factor given where their roles need
 * one) may hold personal tokens; service accounts and their tokens, like webhooks, are for
 * administrators. A token itself can never reach these (integrations/tokens/bearer.ts).
 */
import { requiresSecondFactor } from "../../../core/roles.js";
import { hasRole } from "../../authz/authorize.js";
import type { Actor } from "../../http/context.js";
import type { TokenRow } from "./issue-token.js";

/** A personal token carries its owner's full authority, so it needs the sign-in a session for that authority needs. */
export const canCreatePersonalToken = (actor: Actor): boolean =>
  actor.token === undefined && actor.session.mfaState === "complete" && (!requiresSecondFactor(actor.grants) || actor.isSecondFactorEnrolled);

export const canManageIntegrations = (actor: Actor): boolean => actor.token === undefined && hasRole(actor, "administrator");

/** Each person revokes their own personal tokens; administrators revoke service tokens. */
export function canRevokeToken(actor: Actor, token: TokenRow): boolean {
  if (token.revokedAt !== null) return false;
  return token.kind === "personal" ? token.userId === actor.userId : canManageIntegrations(actor);
}
