/**
 * Revising a care plan: a new version with the whole plan as it should now read and why it
 * changed. The earlier versions are kept as they were. The editor sends the version they started
 * from; if someone changed the plan since, nothing is saved (409) and they reload to see it.
 */
import { eq } from "drizzle-orm";
import type { ReviseCarePlanBody } from "../../core/api/care-plans.js";
import { reviseCarePlan } from "../../core/support/care-plan.js";
import { londonDay } from "../../core/referrals/triage-target.js";
import { authorize } from "../authz/authorize.js";
import { recordCaseChange } from "../cases/case-audit.js";
import type { Db } from "../db/client.js";
import { carePlans } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { AppError, notFound } from "../http/errors.js";
import { checkPlan, fieldsError, problemsAsFields } from "./check-plan.js";
import { checkBasedOn, type WriteContext } from "./create-care-plan.js";
import { canWritePlan, closedCaseMessage } from "./policy.js";
import { openVersion } from "./presenter.js";
import { caseViewFor, planOfCase, versionsOf } from "./queries.js";
import { storeVersion } from "./store-version.js";

export const staleMessage = (current: number) => `The care plan has changed since you opened it (it is now version ${current}). Reload it to see the change, then make yours again.`;

export async function reviseCarePlanOnCase(tx: Db, actor: Actor, caseId: string, input: ReviseCarePlanBody, context: WriteContext): Promise<void> {
  const view = await caseViewFor(tx, actor, caseId, context.now);
  const { kase } = view;
  authorize(canWritePlan(actor, view), kase.state === "closed" ? closedCaseMessage : undefined);
  const plan = await planOfCase(tx, kase.id, { forUpdate: true });
  if (!plan) throw notFound("Care plan");
  if (input.expectedVersion !== plan.currentVersion) throw new AppError("conflict", staleMessage(plan.currentVersion));
  await checkBasedOn(tx, kase, input.basedOnAssessmentId);
  const key = await context.vault.loadSubjectKey(tx, kase.clientId);
  const history = (await versionsOf(tx, plan.id)).map((row) => openVersion(context.vault, key, row));
  const today = londonDay(context.now);
  const current = history.at(-1)!;
  const content = await checkPlan(tx, kase, input.content, {
    // Goals keep target dates set against the plan's first date; a revision may not move one earlier than that.
    planDate: history[0]!.createdOn,
    stillUsable: current.content.interventions.map((intervention) => intervention.typeCode),
  });
  const earlierGoals = new Set(history.flatMap((version) => version.content.goals.map((goal) => goal.id)));
  const pastTargets = content.goals.flatMap((goal, g) =>
    !earlierGoals.has(goal.id) && goal.targetDate < today ? [{ path: `content.goals.${g}.targetDate`, message: `A new goal's target date cannot be before today (${today}).` }] : [],
  );
  if (pastTargets.length > 0) throw fieldsError("The care plan has problems; nothing was saved.", pastTargets);
  const next = reviseCarePlan(history, content, { by: actor.userId, on: today, reason: input.reason });
  if (!next.ok) throw fieldsError("The care plan could not be revised.", problemsAsFields(next.problems, "content"));
  await storeVersion(tx, context.vault, key, plan, next.version, { basedOnAssessmentId: input.basedOnAssessmentId, at: context.now });
  await tx.update(carePlans).set({ currentVersion: next.version.version, updatedAt: context.now }).where(eq(carePlans.id, plan.id));
  await recordCaseChange(tx, actor, kase, { type: "care_plan_revised", reason: input.reason, details: { carePlanId: plan.id, version: next.version.version } }, context);
}
