/** The names care plan texts are encrypted under (each bound into its ciphertext), in one place. */
export const carePlanFields = {
  content: "care_plan_content",
  reason: "care_plan_reason",
  reviewNotes: "care_plan_review_notes",
} as const;
