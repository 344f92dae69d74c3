/**
 * A referral's life: received, then one triage decision. Accepting opens a case; signposting and
 * declining end it with a reason. A decided referral is never decided again.
 */
export const referralStatuses = ["received", "accepted", "signposted", "declined"] as const;
export type ReferralStatus = (typeof referralStatuses)[number];

export const triageDecisions = ["accept", "signpost", "decline"] as const;
export type TriageDecision = (typeof triageDecisions)[number];

const outcome: Record<TriageDecision, ReferralStatus> = {
  accept: "accepted",
  signpost: "signposted",
  decline: "declined",
};

export function decide(status: ReferralStatus, decision: TriageDecision): { ok: true; next: ReferralStatus } | { ok: false; reason: string } {
  if (status !== "received") return { ok: false, reason: `This referral has already been ${status}.` };
  return { ok: true, next: outcome[decision] };
}

/**
 * What the referrer is told, limited to what their source may know: a family member learns only
 * that the referral was received and contact will be made if appropriate; a statutory partner may
 * learn the decision.
 */
export type ReferrerFeedback = "received" | "accepted" | "signposted" | "declined";

export function feedbackFor(status: ReferralStatus, level: "acknowledgement" | "decision"): ReferrerFeedback {
  if (level === "acknowledgement" || status === "received") return "received";
  return status;
}
