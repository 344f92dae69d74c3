/**
 * Writes a new assessment row: answers sealed under the client's key, scores and flags from the
 * engine for the version it is given with. Starting a draft, the demo's history and the tests'
 * factories all write through here, so a stored assessment always looks the same.
 */
import type { SupportTier } from "../../core/cases/case-state-machine.js";
import type { InstrumentDefinition } from "../../core/instruments/definition.js";
import { scoreInstrument, type Answers } from "../../core/instruments/score.js";
import { decidesTier, suggestTier } from "../../core/instruments/suggest-tier.js";
import type { Db } from "../db/client.js";
import { assessments } from "../db/schema.js";
import type { InstrumentVersionRow } from "../instruments/catalogue.js";
import type { SubjectKey } from "../vault/subject-key.js";
import type { Vault } from "../vault/vault.js";
import { assessmentFields } from "./fields.js";
import type { AssessmentRow } from "./queries.js";

export interface NewAssessment {
  kase: { id: string; organisationId: string; siteId: string };
  instrument: Pick<InstrumentVersionRow, "id">;
  definition: InstrumentDefinition;
  answers: Answers;
  assessedOn: string;
  by: string;
  at: Date;
  /** Draft by default; a submitted one may also be approved. */
  submitted?: { requiresApproval: boolean; approvedBy?: string; approvedAt?: Date };
  decision?: { tier: SupportTier; rationale: string };
}

export async function storeAssessment(tx: Db, vault: Vault, key: SubjectKey, input: NewAssessment): Promise<AssessmentRow> {
  const { submitted, decision } = input;
  const isDecided = decidesTier(input.definition);
  const [row] = await tx
    .insert(assessments)
    .values({
      organisationId: input.kase.organisationId,
      siteId: input.kase.siteId,
      caseId: input.kase.id,
      instrumentVersionId: input.instrument.id,
      status: submitted ? (submitted.approvedBy ? "approved" : "submitted") : "draft",
      assessedOn: input.assessedOn,
      answers: vault.encrypt(key, assessmentFields.answers, JSON.stringify(input.answers)),
      result: scoreInstrument(input.definition, input.answers) as unknown as Record<string, unknown>,
      suggestedTier: isDecided ? suggestTier(input.answers).tier : null,
      chosenTier: decision?.tier ?? null,
      tierRationale: decision ? vault.encrypt(key, assessmentFields.tierRationale, decision.rationale) : null,
      requiresApproval: submitted?.requiresApproval ?? false,
      createdBy: input.by,
      createdAt: input.at,
      updatedAt: input.at,
      ...(submitted ? { submittedBy: input.by, submittedAt: input.at } : {}),
      ...(submitted?.approvedBy ? { approvedBy: submitted.approvedBy, approvedAt: submitted.approvedAt ?? input.at } : {}),
    })
    .returning();
  return row!;
}
