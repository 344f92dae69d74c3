/**
 * When an assessment with a tier decision counts (approved, or submitted where no approval is
 * needed), the decided tier becomes the case's: a case in assessment begins support at that tier, an
 * active case changes tier, a case in review continues at it. The change is on the case's timeline
 * with the practitioner's rationale as its reason, by whoever made it count.
 */
import { and, eq } from "drizzle-orm";
import { transition, type CaseEvent, type CaseState, type SupportTier } from "../../core/cases/case-state-machine.js";
import { recordAudit } from "../audit/record-audit.js";
import type { Db } from "../db/client.js";
import { caseEvents, cases } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { AppError } from "../http/errors.js";
import type { Vault } from "../vault/vault.js";

function eventFor(state: CaseState, current: SupportTier | null, tier: SupportTier): CaseEvent | null {
  if (state === "assessment") return { type: "begin_support", tier };
  if (state === "review") return { type: "continue_support", tier };
  if (state === "active" && current !== tier) return { type: "change_tier", tier };
  return null;
}

export async function applyDecidedTier(
  tx: Db,
  actor: Actor,
  input: { caseId: string; assessmentId: string; tier: SupportTier; rationale: string },
  context: { vault: Vault; now: Date; requestId: string },
): Promise<void> {
  // Read again, locked: the case may have moved since the assessment was opened.
  const [kase] = await tx.select().from(cases).where(eq(cases.id, input.caseId)).for("update").limit(1);
  if (!kase) throw new AppError("not_found", "Case not found.");
  const event = eventFor(kase.state as CaseState, kase.tier as SupportTier | null, input.tier);
  if (!event) return;
  const result = transition({ state: kase.state as CaseState, tier: kase.tier as SupportTier | null }, event);
  if (!result.ok) throw new AppError("invalid_transition", result.reason);
  await tx
    .update(cases)
    .set({ state: result.next.state, tier: result.next.tier, version: kase.version + 1 })
    .where(and(eq(cases.id, kase.id), eq(cases.version, kase.version)));
  const key = await context.vault.loadSubjectKey(tx, kase.clientId);
  const details = { tier: input.tier, assessmentId: input.assessmentId };
  await tx.insert(caseEvents).values({
    organisationId: kase.organisationId,
    caseId: kase.id,
    at: context.now,
    actorUserId: actor.userId,
    type: event.type,
    fromState: kase.state,
    toState: result.next.state,
    reason: context.vault.encrypt(key, "case_event_reason", input.rationale),
    details,
  });
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: `case.${event.type}`,
    entityType: "case",
    entityId: kase.id,
    siteId: kase.siteId,
    clientId: kase.clientId,
    requestId: context.requestId,
    details: { from: kase.state, to: result.next.state, ...details },
  });
}

