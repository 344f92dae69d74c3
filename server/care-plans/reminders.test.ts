import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { addDays } from "../../core/instruments/reassessment.js";
import { londonDay } from "../../core/referrals/triage-target.js";
import { testApp } from "../../test/app.js";
import { createTestCarePlan } from "../../test/care-plan-factories.js";
import { createTestCase } from "../../test/case-factories.js";
import { createOrganisation, createUser } from "../../test/factories.js";
import { inTransaction } from "../db/client.js";
import { cases, notifications } from "../db/schema.js";
import { sendCarePlanReviewReminders } from "./reminders.js";

const { deps } = await testApp();
const inDays = (days: number) => addDays(londonDay(deps.now()), days);
const remind = (organisationId: string) => inTransaction(deps.db, (tx) => sendCarePlanReviewReminders(tx, deps.now(), { organisationIds: [organisationId] }));

describe("care plans.review reminders", () => {
  it("tells the key worker once when a review is due within a week or overdue, and not for later reviews or closed cases", async () => {
    const organisation = await createOrganisation(deps.db);
    const keyWorker = await createUser(deps.db, deps.vault, organisation, { role: "caseworker" });
    const opener = (await createUser(deps.db, deps.vault, organisation, { role: "team_manager" })).id;
    const planOn = async (nextReviewOn: string) => {
      const { kase } = await createTestCase(deps, organisation, opener, { keyWorkerId: keyWorker.id });
      await createTestCarePlan(deps, kase, opener, { nextReviewOn });
      return kase;
    };
    const dueSoon = await planOn(inDays(5));
    const overdue = await planOn(inDays(-3));
    await planOn(inDays(20));
    const closed = await planOn(inDays(2));
    await deps.db.update(cases).set({ state: "closed", closedAt: deps.now() }).where(eq(cases.id, closed.id));

    await remind(organisation.id);
    const told = await deps.db.select().from(notifications).where(and(eq(notifications.userId, keyWorker.id), eq(notifications.kind, "care_plan_review_due")));
    expect(told.map((row) => [row.entityId, row.details]).sort()).toEqual(
      [
        [dueSoon.id, { reference: dueSoon.reference, siteId: dueSoon.siteId, date: inDays(5) }],
        [overdue.id, { reference: overdue.reference, siteId: overdue.siteId, date: inDays(-3) }],
      ].sort(),
    );
    expect(told.every((row) => row.entityType === "case")).toBe(true);

    // Once per plan and due date: the next day's run adds nothing.
    await remind(organisation.id);
    expect(await deps.db.select().from(notifications).where(and(eq(notifications.userId, keyWorker.id), eq(notifications.kind, "care_plan_review_due")))).toHaveLength(2);
  });
});
