/** The names panel texts are encrypted under (each bound into its ciphertext), in one place. */
export const panelFields = {
  escalationReason: "panel_escalation_reason",
  escalationRiskSummary: "panel_escalation_risk_summary",
  escalationStateReason: "panel_escalation_state_reason",
  excerpt: "panel_excerpt",
  discussionSummary: "panel_discussion_summary",
  actionDescription: "panel_action_description",
  actionCancelReason: "panel_action_cancel_reason",
  referralDeclineReason: "external_referral_decline_reason",
  referralOutcome: "external_referral_outcome",
} as const;
