/**
 * Adding outcomes noticed after a case closed (a manager at the site, on the closed case): the same
 * checks as at closure, and no code this closure already records. The addition goes on the case's
 * timeline with its count.
 */
import { and, eq, gte } from "drizzle-orm";
import type { OutcomeInput } from "../../core/api/case-outcomes.js";
import { authorize } from "../authz/authorize.js";
import { findCaseFor } from "../cases/queries.js";
import type { Db } from "../db/client.js";
import { caseEvents, caseOutcomes } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { canAddOutcomes } from "./policy.js";
import { checkOutcomes, storeOutcomes, type OutcomeContext } from "./record-outcomes.js";

export async function addCaseOutcomes(tx: Db, actor: Actor, caseId: string, input: readonly OutcomeInput[], context: OutcomeContext): Promise<void> {
  const { kase, isBreakGlass } = await findCaseFor(tx, actor, caseId, context.now);
  authorize(canAddOutcomes(actor, { kase, isBreakGlass }), "Outcomes are added by a manager at the case's site, once the case is closed.");
  // Outcomes of this closure: a reopened and closed-again case starts a new episode.
  const recorded = kase.closedAt
    ? await tx.select({ code: caseOutcomes.code }).from(caseOutcomes).where(and(eq(caseOutcomes.caseId, kase.id), gte(caseOutcomes.recordedAt, kase.closedAt)))
    : [];
  const outcomes = await checkOutcomes(tx, kase, input, context.now, recorded.map((row) => row.code));
  const count = await storeOutcomes(tx, actor.userId, kase, outcomes, { ...context, isAtClosure: false });
  await tx.insert(caseEvents).values({
    organisationId: kase.organisationId,
    caseId: kase.id,
    at: context.now,
    actorUserId: actor.userId,
    type: "outcomes_added",
    fromState: null,
    toState: null,
    reason: null,
    details: { outcomeCount: count },
  });
}
