/** The names worker texts about a client are encrypted under (each bound into its ciphertext), in one place. */
export const workerFields = {
  conflictNote: "worker_conflict_note",
} as const;
