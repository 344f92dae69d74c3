/**
 * A care plan on a test case, stored as the app stores one (content sealed under the client's key),
 * for tests that need a plan without walking through the API.
 */
import { addDays } from "../core/instruments/reassessment.js";
import { londonDay } from "../core/referrals/triage-target.js";
import type { CarePlanContent } from "../core/support/care-plan.js";
import { storeVersion } from "../server/care-plans/store-version.js";
import { inTransaction } from "../server/db/client.js";
import { carePlans } from "../server/db/schema.js";
import type { AppDeps } from "../server/http/context.js";

/** A plan with one goal (`g1`) a month ahead, no barriers and no interventions. */
export const minimalPlan = (today: string): CarePlanContent => ({
  goals: [{ id: "g1", what: "Find a college course to start in September.", targetDate: addDays(today, 30) }],
  barriers: [],
  interventions: [],
});

export async function createTestCarePlan(
  deps: AppDeps,
  kase: { id: string; organisationId: string; siteId: string; clientId: string },
  by: string,
  options: { content?: CarePlanContent; nextReviewOn?: string; planDate?: string } = {},
) {
  return inTransaction(deps.db, async (tx) => {
    const now = deps.now();
    const planDate = options.planDate ?? londonDay(now);
    const [plan] = await tx
      .insert(carePlans)
      .values({ organisationId: kase.organisationId, siteId: kase.siteId, caseId: kase.id, currentVersion: 1, nextReviewOn: options.nextReviewOn ?? addDays(planDate, 42), createdBy: by, createdAt: now, updatedAt: now })
      .returning();
    const content = options.content ?? minimalPlan(planDate);
    await storeVersion(tx, deps.vault, await deps.vault.loadSubjectKey(tx, kase.clientId), plan!, { version: 1, content, createdOn: planDate, createdBy: by }, { at: now });
    return plan!;
  });
}
