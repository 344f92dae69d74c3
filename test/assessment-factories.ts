/**
 * An assessment on a test case in a given state, written as the workflow writes it (answers sealed
 * under the client's key, scores from the engine, the instrument's latest stored version), for
 * tests that need one without walking through the API.
 */
import { scoreInstrument, type Answers } from "../core/instruments/score.js";
import { assessmentFields } from "../server/assessments/fields.js";
import { inTransaction } from "../server/db/client.js";
import { assessments } from "../server/db/schema.js";
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
    const answers = options.answers ?? completeAuditAnswers;
    const key = await deps.vault.loadSubjectKey(tx, kase.clientId);
    const now = deps.now();
    const status = options.status ?? "draft";
    const [row] = await tx
      .insert(assessments)
      .values({
        organisationId: kase.organisationId,
        siteId: kase.siteId,
        caseId: kase.id,
        instrumentVersionId: instrument.id,
        status,
        assessedOn: now.toISOString().slice(0, 10),
        answers: deps.vault.encrypt(key, assessmentFields.answers, JSON.stringify(answers)),
        result: scoreInstrument(definitionOf(instrument), answers) as unknown as Record<string, unknown>,
        requiresApproval: options.requiresApproval ?? false,
        createdBy: by,
        createdAt: now,
        updatedAt: now,
        ...(status === "submitted" ? { submittedBy: by, submittedAt: now } : {}),
      })
      .returning();
    return row!;
  });
}
