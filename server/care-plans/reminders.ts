/**
 * Care plan review reminders: once a day, the key worker of each open case whose plan is due a
 * review within a week, or overdue, is told so, once per plan and due date (a new date after a
 * review, or a new key worker, is told again). The alert carries the case reference and the date,
 * never the plan's words.
 */
import { and, eq, gt, inArray, isNull, lte, ne } from "drizzle-orm";
import { addDays } from "../../core/instruments/reassessment.js";
import { londonDay } from "../../core/referrals/triage-target.js";
import type { Db } from "../db/client.js";
import { sumOverOrganisations, type OrganisationChoice } from "../jobs/each-organisation.js";
import { caseAssignments, carePlans, cases, notifications } from "../db/schema.js";
import type { JobContext, JobHandlers } from "../jobs/run-next-job.js";

/** Days ahead of the review date that the key worker is first told. */
export const reviewWarningDays = 7;
const batchSize = 500;

async function remindOrganisation(tx: Db, organisationId: string, today: string): Promise<number> {
  const horizon = addDays(today, reviewWarningDays);
  let sent = 0;
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const batch = await tx
      .select({ planId: carePlans.id, dueOn: carePlans.nextReviewOn, caseId: cases.id, reference: cases.reference, siteId: cases.siteId, keyWorkerId: caseAssignments.userId })
      .from(carePlans)
      .innerJoin(cases, eq(cases.id, carePlans.caseId))
      .innerJoin(caseAssignments, and(eq(caseAssignments.caseId, cases.id), eq(caseAssignments.role, "key_worker"), isNull(caseAssignments.endedAt)))
      .where(and(eq(carePlans.organisationId, organisationId), lte(carePlans.nextReviewOn, horizon), ne(cases.state, "closed"), gt(carePlans.id, after)))
      .orderBy(carePlans.id)
      .limit(batchSize);
    if (batch.length === 0) return sent;
    after = batch.at(-1)!.planId;
    const told = await tx
      .select({ caseId: notifications.entityId, userId: notifications.userId, details: notifications.details })
      .from(notifications)
      .where(and(eq(notifications.kind, "care_plan_review_due"), eq(notifications.entityType, "case"), inArray(notifications.entityId, batch.map((row) => row.caseId))));
    const toldKeys = new Set(told.map((row) => `${row.caseId}|${row.userId}|${String(row.details.date)}`));
    const alerts = batch
      .filter((row) => !toldKeys.has(`${row.caseId}|${row.keyWorkerId}|${row.dueOn}`))
      .map((row) => ({
        organisationId,
        userId: row.keyWorkerId,
        kind: "care_plan_review_due",
        entityType: "case",
        entityId: row.caseId,
        details: { reference: row.reference, siteId: row.siteId, date: row.dueOn },
      }));
    if (alerts.length > 0) await tx.insert(notifications).values(alerts);
    sent += alerts.length;
  }
}

/** Runs for every organisation (or those chosen); answers how many reminders it sent. */
export async function sendCarePlanReviewReminders(tx: Db, now: Date, choice: OrganisationChoice = {}): Promise<number> {
  return sumOverOrganisations(tx, choice, (organisationId) => remindOrganisation(tx, organisationId, londonDay(now)));
}

export const carePlanReminderHandlers = {
  "care-plans.review-reminders": async (tx: Db, _payload: unknown, { now }: JobContext) => {
    await sendCarePlanReviewReminders(tx, now);
  },
} satisfies JobHandlers;

export const carePlanReminderSchedules = [{ name: "care-plans.review-reminders", everySeconds: 24 * 60 * 60 }] as const;
