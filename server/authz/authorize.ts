/**
 * The authorisation primitives every policy file uses. Policies decide with `can…` functions that
 * return booleans (so presenters can tell the UI what a user may do); handlers call `authorize`,
 * an assertion that turns a refusal into a 403. Records outside a user's scope never reach a
 * policy: scoped queries return nothing and the handler answers 404.
 */
import type { Role } from "../../core/roles.js";
import type { Actor } from "../http/context.js";
import { AppError } from "../http/errors.js";

/** Holds `role` across the organisation, or at `siteId` when one is given. */
export function hasRole(actor: Actor, role: Role, siteId?: string | null): boolean {
  return actor.grants.some(
    (grant) => grant.role === role && (grant.siteId === null || siteId === undefined || grant.siteId === siteId),
  );
}

export function hasAnyRole(actor: Actor, candidates: readonly Role[], siteId?: string | null): boolean {
  return candidates.some((role) => hasRole(actor, role, siteId));
}

export function authorize(isAllowed: boolean, message?: string): asserts isAllowed {
  if (!isAllowed) throw new AppError("forbidden", message ?? "You are not allowed to do this.");
}

/** Narrows a request's actor to a signed-in one; routes with access `public` must not call this. */
export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new AppError("unauthenticated", "Please sign in.");
  return actor;
}

/**
 * A guard for a group of routes that share one rule: it narrows a request's actor to a signed-in
 * one (401) whom `allows` lets through (403 with `message`), and answers that actor.
 */
export function actorAllowedBy(allows: (actor: Actor) => boolean, message: string): (actor: Actor | null) => Actor {
  return (actor) => {
    const known = requireActor(actor);
    authorize(allows(known), message);
    return known;
  };
}
