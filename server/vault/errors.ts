/**
 * The vault's one error type. Codes are stable so callers can branch on them (a destroyed key is an
 * expected state after erasure; a tampered ciphertext is an incident). Messages name ids, versions and
 * paths only, never plaintext or key material, so they are safe to log.
 */

export type VaultErrorCode =
  | "keyring_invalid"
  | "keyring_insecure"
  | "keyring_locked"
  | "unknown_master_key"
  | "master_key_in_use"
  | "invalid_subject_id"
  | "subject_key_missing"
  | "subject_key_exists"
  | "key_destroyed"
  | "tampered";

export class VaultError extends Error {
  readonly code: VaultErrorCode;

  constructor(code: VaultErrorCode, message: string) {
    super(message);
    this.name = "VaultError";
    this.code = code;
  }
}

/** True when `error` is a VaultError, and of `code` when one is given. */
export function isVaultError(error: unknown, code?: VaultErrorCode): error is VaultError {
  return error instanceof VaultError && (code === undefined || error.code === code);
}
