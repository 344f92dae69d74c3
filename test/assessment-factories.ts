/**
 * An assessment on a test case in a given state, stored as the app stores one, for tests that need
 * one without walking through the API.
 */
import type { Answers } from "../core/instruments/score.js";
import { storeAssessment } from "../server/assessments/store-assessment.js";
import { inTransaction } from "../server/db/client.js";
import type { AppDeps } from "../server/http/context.js";
import { definitionOf, latestVersion } from "../server/instruments/catalogue.js";

/** AUDIT answered by someone who never drinks: every shown question answered, total 0. */
export const completeAuditAnswers: Answers = { q1: "never", q9: "no", q10: "no" };

export async function createTestAssessment(
  deps: AppDeps,
  kase: { id: string; organisationId: string; siteId: string; clientId: string },
  by: string,
  options: { instrumentKey?: string; status?: "draft" | "submitted"; answers?: Answers; requiresApproval?: boolean } = {},
) {
  return inTransaction(deps.db, async (tx) => {
    const instrument = await latestVersion(tx, kase.organisationId, options.instrumentKey ?? "audit");
    const now = deps.now();
    return storeAssessment(tx, deps.vault, await deps.vault.loadSubjectKey(tx, kase.clientId), {
      kase,
      instrument,
      definition: definitionOf(instrument),
      answers: options.answers ?? completeAuditAnswers,
      assessedOn: now.toISOString().slice(0, 10),
      by,
      at: now,
      ...(options.status === "submitted" ? { submitted: { requiresApproval: options.requiresApproval ?? false } } : {}),
    });
  });
}
