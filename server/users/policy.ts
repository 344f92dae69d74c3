/** Who may do what with staff accounts. Administrators manage users; nobody can lock themselves out. */
import { hasRole } from "../authz/authorize.js";
import type { Actor } from "../http/context.js";
import type { UserRow } from "./queries.js";

const isAdministrator = (actor: Actor): boolean => hasRole(actor, "administrator");
const isSelf = (actor: Actor, user: UserRow): boolean => actor.userId === user.id;

export const canListUsers = isAdministrator;
export const canCreateUser = isAdministrator;
export const canEditUser = (actor: Actor, _user: UserRow): boolean => isAdministrator(actor);
export const canDeactivateUser = (actor: Actor, user: UserRow): boolean =>
  isAdministrator(actor) && !isSelf(actor, user) && user.isActive;
export const canReactivateUser = (actor: Actor, user: UserRow): boolean => isAdministrator(actor) && !user.isActive;
// Resetting one's own factor would let a stolen password replace the second factor.
export const canResetSecondFactor = (actor: Actor, user: UserRow): boolean =>
  isAdministrator(actor) && !isSelf(actor, user) && user.totpEnabledAt !== null;
export const canReissueInvitation = (actor: Actor, user: UserRow): boolean =>
  isAdministrator(actor) && user.isActive && user.passwordHash === null;
// Only for someone who has a password to forget; one's own is changed on the account page.
export const canIssuePasswordReset = (actor: Actor, user: UserRow): boolean =>
  isAdministrator(actor) && !isSelf(actor, user) && user.isActive && user.passwordHash !== null;
