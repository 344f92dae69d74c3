/** The names assessment texts are encrypted under (each bound into its ciphertext), in one place. */
export const assessmentFields = {
  answers: "assessment_answers",
  tierRationale: "assessment_tier_rationale",
  approvalNote: "assessment_approval_note",
  returnReason: "assessment_return_reason",
} as const;
