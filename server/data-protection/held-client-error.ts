/**
 * The answers for a client's data that cannot be used: erased (their key destroyed, or the database
 * guard refusing a write about them — 410) or under a restriction of processing (the guard refusing
 * a write — 409). The guard is the trigger in migration 0026; its codes are our own SQLSTATEs.
 * Drivers differ: the database's error may come wrapped, with it as the cause.
 */
import { AppError } from "../http/errors.js";
import { isVaultError } from "../vault/errors.js";

export const erasedMessage = "This person's details have been erased.";
export const processingRestrictedMessage =
  "This person's record is under a restriction of processing: it can be read but not changed. Speak to the data protection officer.";

function databaseCodes(error: unknown): string[] {
  const codes: string[] = [];
  for (let current = error, depth = 0; typeof current === "object" && current !== null && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") codes.push(code);
    current = (current as { cause?: unknown }).cause;
  }
  return codes;
}

/** The answer for an erased or restricted client's data, or null when `error` is something else. */
export function heldClientError(error: unknown): AppError | null {
  if (isVaultError(error, "key_destroyed")) return new AppError("gone", erasedMessage, { cause: error });
  const codes = databaseCodes(error);
  if (codes.includes("PW410")) return new AppError("gone", erasedMessage, { cause: error });
  if (codes.includes("PW409")) return new AppError("conflict", processingRestrictedMessage, { cause: error });
  return null;
}
