/** A backup or restore that cannot go ahead; its message is for the operator and names no personal data. */
export type BackupErrorCode =
  | "bad_key"
  | "wrong_key"
  | "not_a_backup"
  | "damaged"
  | "not_empty"
  | "schema_mismatch"
  | "keyring_mismatch"
  | "unsupported";

export class BackupError extends Error {
  override readonly name = "BackupError";
  constructor(
    readonly code: BackupErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const isBackupError = (error: unknown): error is BackupError => error instanceof BackupError;
