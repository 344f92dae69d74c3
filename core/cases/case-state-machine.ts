/**
 * A case is one episode of support at one site. It opens when a referral is accepted (the referral
 * carries the journey's first steps, received and triage) and then moves through:
 *
 *   assessment ──begin_support(tier)──▶ active ──start_review──▶ review ──continue_support(tier)──▶ active
 *        │                               │  ▲ change_tier(tier)      │
 *        └──────────── close ────────────┴──┴──────── close ─────────┘──▶ closed ──reopen──▶ assessment
 *
 * Only these transitions exist; anything else is refused with the reason. Pure: the caller supplies
 * who and when, and records the result.
 */
import { z } from "zod";

export const caseStates = ["assessment", "active", "review", "closed"] as const;
export type CaseState = (typeof caseStates)[number];

/** Low-level or intensive support here; or brought to the Community Safeguarding Panel; or referred to statutory services. */
export const supportTiers = ["low_level", "intensive", "panel_referral", "statutory_referral"] as const;
export type SupportTier = (typeof supportTiers)[number];

export const closureReasons = [
  "goals_achieved",
  "support_completed",
  "disengaged",
  "declined_further_support",
  "referred_on",
  "moved_away",
  "no_longer_appropriate",
  "died",
  "other",
] as const;
export const closureOutcomes = ["improved", "partly_improved", "no_change", "worse", "not_known"] as const;

export const caseEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("begin_support"), tier: z.enum(supportTiers) }),
  z.object({ type: z.literal("change_tier"), tier: z.enum(supportTiers) }),
  z.object({ type: z.literal("start_review") }),
  z.object({ type: z.literal("continue_support"), tier: z.enum(supportTiers) }),
  z.object({ type: z.literal("close"), reason: z.enum(closureReasons), outcome: z.enum(closureOutcomes) }),
  z.object({ type: z.literal("reopen") }),
]);
export type CaseEvent = z.infer<typeof caseEventSchema>;
export type CaseEventType = CaseEvent["type"];

export interface CaseSnapshot {
  state: CaseState;
  tier: SupportTier | null;
}

export type TransitionResult =
  | { ok: true; next: CaseSnapshot }
  | { ok: false; reason: string };

const allowed: Record<CaseState, readonly CaseEventType[]> = {
  assessment: ["begin_support", "close"],
  active: ["change_tier", "start_review", "close"],
  review: ["continue_support", "close"],
  closed: ["reopen"],
};

/** The events that may happen to a case in `state`, for the UI to offer. */
export const availableEvents = (state: CaseState): readonly CaseEventType[] => allowed[state];

export function transition(current: CaseSnapshot, event: CaseEvent): TransitionResult {
  if (!allowed[current.state].includes(event.type)) {
    return { ok: false, reason: `A case in ${current.state} cannot ${event.type.replace(/_/g, " ")}.` };
  }
  switch (event.type) {
    case "begin_support":
    case "continue_support":
      return { ok: true, next: { state: "active", tier: event.tier } };
    case "change_tier":
      if (event.tier === current.tier) return { ok: false, reason: "The case is already at this tier." };
      return { ok: true, next: { state: "active", tier: event.tier } };
    case "start_review":
      return { ok: true, next: { state: "review", tier: current.tier } };
    case "close":
      return { ok: true, next: { state: "closed", tier: current.tier } };
    case "reopen":
      return { ok: true, next: { state: "assessment", tier: null } };
  }
}

/** Every reachable snapshot is one of these shapes; used by the property tests and by the database check. */
export function isValidSnapshot(snapshot: CaseSnapshot): boolean {
  if (snapshot.state === "assessment") return snapshot.tier === null;
  if (snapshot.state === "active" || snapshot.state === "review") return snapshot.tier !== null;
  return true;
}
