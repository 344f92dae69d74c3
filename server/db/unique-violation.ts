/**
 * Telling a unique index's refusal apart from other database errors. A check in code ("is this name
 * taken?") can race with another request; the index cannot, so its refusal is turned into the same
 * clear 409 the check gives. Drivers differ: the error may come wrapped, with the database's as its cause.
 */
import type { AppError } from "../http/errors.js";

const field = (candidate: unknown, name: "code" | "constraint"): unknown =>
  typeof candidate === "object" && candidate !== null && name in candidate ? (candidate as Record<string, unknown>)[name] : undefined;

/** Whether `error` is a unique violation (of `constraint`, when named). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  return [error, error instanceof Error ? error.cause : undefined].some(
    (candidate) => field(candidate, "code") === "23505" && (constraint === undefined || field(candidate, "constraint") === constraint),
  );
}

/** For `.catch(…)` on a write: a violation of `constraint` becomes `refusal()`; anything else is thrown on. */
export const refuseOnUniqueViolation =
  (constraint: string, refusal: () => AppError) =>
  (error: unknown): never => {
    throw isUniqueViolation(error, constraint) ? refusal() : error;
  };
