/**
 * Moving a case through its states. The state machine in core decides what is allowed; the update
 * is conditional on the version the worker saw, so a stale page cannot overwrite someone else's change.
 * Closing also records the case's outcomes (outcomes/record-outcomes.ts) in the same transaction.
 */
import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import type { transitionBodySchema } from "../../core/api/cases.js";
import { transition, type CaseEvent, type CaseState, type SupportTier } from "../../core/cases/case-state-machine.js";
import { recordAudit } from "../audit/record-audit.js";
import { authorize } from "../authz/authorize.js";
import type { Db } from "../db/client.js";
import { caseEvents, cases } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { AppError } from "../http/errors.js";
import { checkOutcomes, storeOutcomes } from "../outcomes/record-outcomes.js";
import { emitWebhookEvent } from "../integrations/webhooks/emit-event.js";
import type { Vault } from "../vault/vault.js";
import { canTransition } from "./policy.js";
import { activeAssignments, findCaseFor, type CaseRow } from "./queries.js";

export async function transitionCase(
  tx: Db,
  actor: Actor,
  caseId: string,
  input: z.infer<typeof transitionBodySchema>,
  context: { vault: Vault; now: Date; requestId: string },
): Promise<void> {
  const { kase, isBreakGlass } = await findCaseFor(tx, actor, caseId, context.now);
  const isKeyWorker = (await activeAssignments(tx, [kase.id])).some((a) => a.userId === actor.userId && a.role === "key_worker");
  authorize(canTransition(actor, kase, { isBreakGlass, isKeyWorker }, input.event.type));
  if (input.event.type !== "close") {
    await applyTransition(tx, actor, kase, { event: input.event, reason: input.reason, version: input.version }, context);
    return;
  }
  // Closing records what the case achieved: checked before anything changes, stored with the closure.
  const outcomes = await checkOutcomes(tx, kase, input.outcomes ?? [], context.now);
  await applyTransition(tx, actor, kase, { event: input.event, reason: input.reason, version: input.version, details: { outcomeCount: outcomes.length } }, context);
  await storeOutcomes(tx, actor.userId, kase, outcomes, { ...context, isAtClosure: true });
}

/**
 * Applies one event to a case the caller has already found and authorised: the state machine
 * decides, the update is conditional on `version`, and the step goes on the timeline (reason
 * encrypted) and into the audit log. `details` adds to what the event itself records (e.g. the
 * assessment a tier was decided in).
 */
export async function applyTransition(
  tx: Db,
  actor: Pick<Actor, "userId" | "organisationId">,
  kase: CaseRow,
  input: { event: CaseEvent; reason: string; version: number; details?: Record<string, unknown> },
  context: { vault: Vault; now: Date; requestId: string },
): Promise<void> {
  const result = transition({ state: kase.state as CaseState, tier: kase.tier as SupportTier | null }, input.event);
  if (!result.ok) throw new AppError("invalid_transition", result.reason);
  const event = input.event;
  const updated = await tx
    .update(cases)
    .set({
      state: result.next.state,
      tier: result.next.tier,
      version: kase.version + 1,
      ...(event.type === "close" ? { closedAt: context.now, closureReason: event.reason, closureOutcome: event.outcome } : {}),
      ...(event.type === "reopen" ? { closedAt: null, closureReason: null, closureOutcome: null } : {}),
    })
    .where(and(eq(cases.id, kase.id), eq(cases.version, input.version)))
    .returning({ id: cases.id });
  if (updated.length === 0) throw new AppError("conflict", "This case was changed by someone else. Reload it and try again.");
  const key = await context.vault.loadSubjectKey(tx, kase.clientId);
  const { type, ...eventDetails } = event;
  const details = { ...eventDetails, ...input.details };
  await tx.insert(caseEvents).values({
    organisationId: kase.organisationId,
    caseId: kase.id,
    at: context.now,
    actorUserId: actor.userId,
    type,
    fromState: kase.state,
    toState: result.next.state,
    reason: context.vault.encrypt(key, "case_event_reason", input.reason),
    details,
  });
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: `case.${type}`,
    entityType: "case",
    entityId: kase.id,
    siteId: kase.siteId,
    clientId: kase.clientId,
    requestId: context.requestId,
    details: { from: kase.state, to: result.next.state, ...details },
  });
  // Partners' systems hear of a closure in this transaction (ids only); a restricted case never leaves.
  if (type === "close" && !kase.isRestricted) {
    await emitWebhookEvent(tx, { type: "case.closed", organisationId: kase.organisationId, siteId: kase.siteId, data: { caseId: kase.id, caseReference: kase.reference } }, context.now);
  }
}
