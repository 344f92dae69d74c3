/**
 * Checking and storing a case's outcomes, for closing a case and for adding outcomes noticed after
 * closure. Codes must be ones the organisation records now (not retired), each once, and no date
 * may be after today (London). Each outcome is one row: the code, the day, the case, the site and
 * the organisation in the clear (the social-value engine values these), the evidence encrypted
 * under the client's key. The rows and the audit event are written in the caller's transaction.
 */
import type { OutcomeInput } from "../../core/api/case-outcomes.js";
import { londonDay } from "../../core/referrals/triage-target.js";
import { loadClosureOutcomes, type ClosureOutcome } from "../../core/support/care-plan.js";
import { recordAudit } from "../audit/record-audit.js";
import type { CaseRow } from "../cases/queries.js";
import type { Db } from "../db/client.js";
import { caseOutcomes } from "../db/schema.js";
import { AppError, type FieldError } from "../http/errors.js";
import { readClosureOutcomes, usableCodes } from "../support/vocabulary.js";
import type { Vault } from "../vault/vault.js";
import { outcomeFields } from "./fields.js";

export interface OutcomeContext {
  vault: Vault;
  now: Date;
  requestId: string;
}

/** "0.code: message" from the domain core, as a field of the request body. */
function asField(problem: string, prefix: string): FieldError {
  const split = problem.indexOf(": ");
  const where = split < 0 ? "" : problem.slice(0, split);
  const message = split < 0 ? problem : problem.slice(split + 2);
  return { path: where && !where.startsWith("(") ? `${prefix}.${where}` : prefix, message };
}

/**
 * Answers the outcomes if every one fits; otherwise refuses (422) naming each row and field.
 * `alreadyRecorded` are codes this closure already has (for outcomes added later).
 */
export async function checkOutcomes(tx: Db, kase: CaseRow, input: readonly OutcomeInput[], now: Date, alreadyRecorded: readonly string[] = []): Promise<ClosureOutcome[]> {
  const known = usableCodes(await readClosureOutcomes(tx, kase.organisationId));
  const checked = loadClosureOutcomes(input, { knownOutcomeCodes: known, today: londonDay(now) });
  const fields = checked.ok ? [] : checked.problems.map((problem) => asField(problem, "body.outcomes"));
  input.forEach((outcome, i) => {
    if (alreadyRecorded.includes(outcome.code)) fields.push({ path: `body.outcomes.${i}.code`, message: `Outcome "${outcome.code}" is already recorded on this case.` });
  });
  if (!checked.ok || fields.length > 0) throw new AppError("unprocessable", "Some of the outcomes cannot be recorded.", { fields });
  return checked.outcomes;
}

/** Stores checked outcomes on a case and audits them; answers how many were stored. */
export async function storeOutcomes(tx: Db, actorUserId: string, kase: CaseRow, outcomes: readonly ClosureOutcome[], context: OutcomeContext & { isAtClosure: boolean }): Promise<number> {
  if (outcomes.length === 0) return 0;
  const key = await context.vault.loadSubjectKey(tx, kase.clientId);
  const rows = await tx
    .insert(caseOutcomes)
    .values(
      outcomes.map((outcome) => ({
        organisationId: kase.organisationId,
        siteId: kase.siteId,
        caseId: kase.id,
        code: outcome.code,
        achievedOn: outcome.achievedOn,
        evidence: context.vault.encrypt(key, outcomeFields.evidence, outcome.evidence),
        recordedBy: actorUserId,
        recordedAt: context.now,
      })),
    )
    .returning({ id: caseOutcomes.id });
  await recordAudit(tx, {
    organisationId: kase.organisationId,
    actorUserId,
    action: "case.outcomes_recorded",
    entityType: "case",
    entityId: kase.id,
    siteId: kase.siteId,
    clientId: kase.clientId,
    requestId: context.requestId,
    details: { outcomeIds: rows.map((row) => row.id), count: rows.length, isAtClosure: context.isAtClosure },
  });
  return rows.length;
}
