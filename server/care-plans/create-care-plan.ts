/**
 * Starting a case's care plan: its first version, checked against the organisation's intervention
 * types and the people who can see the case, with the first review due six weeks after the plan's
 * date. Shown on the case timeline and audited.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { CreateCarePlanBody } from "../../core/api/care-plans.js";
import { addDays } from "../../core/instruments/reassessment.js";
import { reviseCarePlan } from "../../core/support/care-plan.js";
import { londonDay } from "../../core/referrals/triage-target.js";
import { authorize } from "../authz/authorize.js";
import { recordCaseChange } from "../cases/case-audit.js";
import type { CaseRow } from "../cases/queries.js";
import type { Db } from "../db/client.js";
import { assessments, carePlans, cases } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { AppError } from "../http/errors.js";
import type { Vault } from "../vault/vault.js";
import { checkPlan, fieldsError, problemsAsFields } from "./check-plan.js";
import { canWritePlan, closedCaseMessage } from "./policy.js";
import { caseViewFor, planOfCase } from "./queries.js";
import { storeVersion } from "./store-version.js";

export interface WriteContext {
  vault: Vault;
  now: Date;
  requestId: string;
}

/** Weeks from a plan's date to its first review (core/support/care-plan.ts nextReviewDue uses the same). */
export const firstReviewWeeks = 6;
/** How far back a plan agreed on paper may be dated. */
const oldestPlanDays = 366;

function checkPlanDate(planDate: string, today: string): void {
  if (planDate > today) throw fieldsError("The plan's date cannot be in the future.", [{ path: "planDate", message: "Cannot be in the future." }]);
  if (planDate < addDays(today, -oldestPlanDays)) throw fieldsError("The plan's date is more than a year ago.", [{ path: "planDate", message: "Must be within the last year." }]);
}

/** The assessment a plan is built from must be a submitted one on the same case. */
export async function checkBasedOn(tx: Db, kase: CaseRow, assessmentId: string | undefined): Promise<void> {
  if (assessmentId === undefined) return;
  const [found] = await tx
    .select({ id: assessments.id })
    .from(assessments)
    .where(and(eq(assessments.id, assessmentId), eq(assessments.caseId, kase.id), inArray(assessments.status, ["submitted", "approved"])))
    .limit(1);
  if (!found) throw fieldsError("The assessment the plan is built from is not a submitted assessment on this case.", [{ path: "basedOnAssessmentId", message: "Not a submitted assessment on this case." }]);
}

export async function createCarePlan(tx: Db, actor: Actor, caseId: string, input: CreateCarePlanBody, context: WriteContext): Promise<void> {
  const view = await caseViewFor(tx, actor, caseId, context.now);
  const { kase } = view;
  authorize(canWritePlan(actor, view), kase.state === "closed" ? closedCaseMessage : undefined);
  // The case row is locked so two people starting a plan at once make one plan, not an error.
  await tx.select({ id: cases.id }).from(cases).where(eq(cases.id, kase.id)).for("update");
  if (await planOfCase(tx, kase.id)) throw new AppError("conflict", "This case already has a care plan. Revise it instead.");
  const today = londonDay(context.now);
  const planDate = input.planDate ?? today;
  checkPlanDate(planDate, today);
  await checkBasedOn(tx, kase, input.basedOnAssessmentId);
  const content = await checkPlan(tx, kase, input.content, { planDate });
  const first = reviseCarePlan([], content, { by: actor.userId, on: planDate });
  if (!first.ok) throw fieldsError("The care plan could not be recorded.", problemsAsFields(first.problems, "content"));
  const nextReviewOn = addDays(planDate, firstReviewWeeks * 7);
  const [plan] = await tx
    .insert(carePlans)
    .values({ organisationId: kase.organisationId, siteId: kase.siteId, caseId: kase.id, currentVersion: 1, nextReviewOn, createdBy: actor.userId, createdAt: context.now, updatedAt: context.now })
    .returning();
  const key = await context.vault.loadSubjectKey(tx, kase.clientId);
  await storeVersion(tx, context.vault, key, plan!, first.version, { basedOnAssessmentId: input.basedOnAssessmentId, at: context.now });
  await recordCaseChange(tx, actor, kase, { type: "care_plan_created", details: { carePlanId: plan!.id, version: 1, nextReviewOn } }, context);
}
