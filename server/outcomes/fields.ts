/** The name an outcome's evidence is encrypted under (bound into its ciphertext), in one place. */
export const outcomeFields = { evidence: "case_outcome_evidence" } as const;
