/**
 * Password hashing with argon2id (OWASP's recommended parameters) and the deny-list of common
 * passwords used by the NCSC-style policy in core/password-policy.ts.
 */
import { hash, verify } from "@node-rs/argon2";
import { dictionary } from "@zxcvbn-ts/language-common";
import { checkPassword, passwordProblemMessages, type PasswordContext } from "../../core/password-policy.js";
import { AppError } from "../http/errors.js";

// `algorithm: 2` is Argon2id; the package's enum is a const enum that isolated modules cannot import.
const options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => hash(password, options);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash is a failed match, never a crash.
    return false;
  }
}

/** A hash to verify against when the account does not exist, so timing does not reveal it. */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword("decoy password that matches nothing");
  return decoyHash;
}

/** About 49,000 commonly used passwords (the zxcvbn common-password list). */
export function loadCommonPasswords(): ReadonlySet<string> {
  const list = (dictionary as Record<string, string[]>)["passwords-common"] ?? [];
  return new Set(list.map((word) => word.toLowerCase()));
}

/** Throws a field error naming the problem when the password breaks the policy. */
export function assertPasswordAcceptable(
  password: string,
  commonPasswords: ReadonlySet<string>,
  context: PasswordContext,
  field = "body.password",
): void {
  const problem = checkPassword(password, commonPasswords, context);
  if (problem) {
    const message = passwordProblemMessages[problem];
    throw new AppError("password_too_weak", message, { fields: [{ path: field, message }] });
  }
}
