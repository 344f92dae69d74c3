/**
 * When an assessment with a tier decision counts (approved, or submitted where no approval is
 * needed), the decided tier becomes the case's: a case in assessment begins support at that tier, an
 * active case changes tier, a case in review continues at it. It is the same step as a worker's
 * transition (cases/transition-case.ts), with the practitioner's rationale as its reason, by whoever
 * made the assessment count.
 */
import { eq } from "drizzle-orm";
import type { CaseEvent, CaseState, SupportTier } from "../../core/cases/case-state-machine.js";
import { applyTransition } from "../cases/transition-case.js";
import type { Db } from "../db/client.js";
import { cases } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { notFound } from "../http/errors.js";
import type { Vault } from "../vault/vault.js";

function eventFor(state: CaseState, current: SupportTier | null, tier: SupportTier): CaseEvent | null {
  if (state === "assessment") return { type: "begin_support", tier };
  if (state === "review") return { type: "continue_support", tier };
  if (state === "active" && current !== tier) return { type: "change_tier", tier };
  return null;
}

export async function applyDecidedTier(
  tx: Db,
  actor: Pick<Actor, "userId" | "organisationId">,
  input: { caseId: string; assessmentId: string; tier: SupportTier; rationale: string },
  context: { vault: Vault; now: Date; requestId: string },
): Promise<void> {
  // Read again, locked: the case may have moved since the assessment was opened.
  const [kase] = await tx.select().from(cases).where(eq(cases.id, input.caseId)).for("update").limit(1);
  if (!kase) throw notFound("Case");
  const event = eventFor(kase.state as CaseState, kase.tier as SupportTier | null, input.tier);
  if (!event) return;
  await applyTransition(tx, actor, kase, { event, reason: input.rationale, version: kase.version, details: { assessmentId: input.assessmentId } }, context);
}
