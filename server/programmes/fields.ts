/** The names programme texts are encrypted under (each bound into its ciphertext), in one place. */
export const enrolmentFields = {
  /** An override's reason, a step back's note or a withdrawal's note. */
  note: "programme_enrolment_note",
} as const;
