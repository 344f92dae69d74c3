/**
 * Reviewing a care plan: progress on every goal of the current version (not started, progressing,
 * achieved, dropped) with a note where useful, and the date of the next review, which the reminders
 * then watch. Reviews are kept as written; the notes are sealed under the client's key.
 */
import { and, eq } from "drizzle-orm";
import type { ReviewCarePlanBody } from "../../core/api/care-plans.js";
import { loadCarePlanReview } from "../../core/support/care-plan.js";
import { londonDay } from "../../core/referrals/triage-target.js";
import { authorize } from "../authz/authorize.js";
import { recordCaseChange } from "../cases/case-audit.js";
import type { Db } from "../db/client.js";
import { carePlanReviews, carePlans, carePlanVersions } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { AppError, notFound } from "../http/errors.js";
import { fieldsError, problemsAsFields } from "./check-plan.js";
import type { WriteContext } from "./create-care-plan.js";
import { carePlanFields } from "./fields.js";
import { canWritePlan, closedCaseMessage } from "./policy.js";
import { openVersion } from "./presenter.js";
import { caseViewFor, planOfCase } from "./queries.js";
import { staleMessage } from "./revise-care-plan.js";

export async function reviewCarePlan(tx: Db, actor: Actor, caseId: string, input: ReviewCarePlanBody, context: WriteContext): Promise<void> {
  const view = await caseViewFor(tx, actor, caseId, context.now);
  const { kase } = view;
  authorize(canWritePlan(actor, view), kase.state === "closed" ? closedCaseMessage : undefined);
  const plan = await planOfCase(tx, kase.id, { forUpdate: true });
  if (!plan) throw notFound("Care plan");
  if (input.planVersion !== plan.currentVersion) throw new AppError("conflict", staleMessage(plan.currentVersion));
  const [row] = await tx
    .select()
    .from(carePlanVersions)
    .where(and(eq(carePlanVersions.carePlanId, plan.id), eq(carePlanVersions.version, plan.currentVersion)))
    .limit(1);
  const key = await context.vault.loadSubjectKey(tx, kase.clientId);
  const version = openVersion(context.vault, key, row!);
  const reviewedOn = londonDay(context.now);
  const loaded = loadCarePlanReview({ ...input, reviewedOn, reviewedBy: actor.userId }, version);
  if (!loaded.ok) throw fieldsError("The review has problems; nothing was saved.", problemsAsFields(loaded.problems, ""));
  const { review } = loaded;
  const notes = Object.fromEntries(review.progress.flatMap((entry) => (entry.note ? [[entry.goalId, entry.note]] : [])));
  await tx.insert(carePlanReviews).values({
    organisationId: plan.organisationId,
    carePlanId: plan.id,
    caseId: kase.id,
    planVersion: review.planVersion,
    reviewedOn,
    progress: Object.fromEntries(review.progress.map((entry) => [entry.goalId, entry.value])),
    notes: Object.keys(notes).length > 0 ? context.vault.encrypt(key, carePlanFields.reviewNotes, JSON.stringify(notes)) : null,
    nextReviewOn: review.nextReviewOn,
    reviewedBy: actor.userId,
    createdAt: context.now,
  });
  await tx.update(carePlans).set({ nextReviewOn: review.nextReviewOn, updatedAt: context.now }).where(eq(carePlans.id, plan.id));
  const count = (value: string) => review.progress.filter((entry) => entry.value === value).length;
  await recordCaseChange(
    tx,
    actor,
    kase,
    { type: "care_plan_reviewed", details: { carePlanId: plan.id, version: review.planVersion, nextReviewOn: review.nextReviewOn, achieved: count("achieved"), progressing: count("progressing") } },
    context,
  );
}
