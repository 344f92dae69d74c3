/** The name session notes are encrypted under (bound into the ciphertext), in one place. */
export const sessionFields = {
  notes: "support_session_notes",
} as const;
