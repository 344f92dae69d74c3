/**
 * Retention holds: what keeps a client's record from being erased, whether they ask (UK GDPR Art 17
 * is not absolute: Art 17(3)(b) a legal obligation, 17(3)(e) legal claims) or its retention period
 * has run. Three kinds:
 * - `safeguarding`: an open safeguarding concern, read from the record itself and never placed by
 *   hand — a live panel escalation, an open panel action, or an open case at risk (one brought to
 *   the panel or referred to statutory services, or restricted to named staff as radicalisation and
 *   Channel cases are). Erasing it would destroy what protects the person or others.
 * - `legal_claim` and `statutory_duty`: placed and lifted by the data protection officer, with a reason.
 * Pure: the server gathers the facts and asks here.
 */
import type { SupportTier } from "../cases/case-state-machine.js";

export const holdKinds = ["safeguarding", "legal_claim", "statutory_duty"] as const;
export type HoldKind = (typeof holdKinds)[number];

/** The kinds a person places; safeguarding holds follow from the record. */
export const placedHoldKinds = ["legal_claim", "statutory_duty"] as const;
export type PlacedHoldKind = (typeof placedHoldKinds)[number];

/** Why a safeguarding hold applies: each names a record by its reference, never its content. */
export const safeguardingConcerns = ["panel_escalation", "panel_action", "case_at_risk"] as const;
export type SafeguardingConcern = (typeof safeguardingConcerns)[number];

/** Tiers that mean the case is itself a safeguarding matter while it is open. */
export const tiersAtRisk: readonly SupportTier[] = ["panel_referral", "statutory_referral"];

export interface OpenCaseFacts {
  caseId: string;
  reference: string;
  state: string;
  tier: string | null;
  isRestricted: boolean;
}

/** Whether an open case is one at risk (see the module comment). */
export function isCaseAtRisk(kase: OpenCaseFacts): boolean {
  return kase.state !== "closed" && (kase.isRestricted || (tiersAtRisk as readonly (string | null)[]).includes(kase.tier));
}

export type Hold =
  | { kind: "safeguarding"; concern: SafeguardingConcern; caseId: string; caseReference: string }
  | { kind: PlacedHoldKind; holdId: string; placedAt: string; reviewOn: string | null };

/** The kinds of the holds given, each once, in a stable order: what a refusal tells the person. */
export function holdKindsOf(holds: readonly Hold[]): HoldKind[] {
  return holdKinds.filter((kind) => holds.some((hold) => hold.kind === kind));
}
