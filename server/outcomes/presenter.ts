/** The fields of a case outcome that leave the server; the evidence is decrypted by the caller, for people who see the case. */
import type { CaseOutcome } from "../../core/api/case-outcomes.js";
import type { caseOutcomes } from "../db/schema.js";

export function presentCaseOutcome(row: typeof caseOutcomes.$inferSelect, evidence: string, recordedByName: string | null): CaseOutcome {
  return {
    id: row.id,
    code: row.code,
    achievedOn: row.achievedOn,
    evidence,
    recordedAt: row.recordedAt.toISOString(),
    recordedByName,
  };
}
