/** Outgoing shapes of assessments: a summary for lists, the full response with answers for its page. */
import type { z } from "zod";
import type { assessmentDetailSchema, assessmentSummarySchema, AssessmentStatus } from "../../core/api/assessments.js";
import type { SupportTier } from "../../core/cases/case-state-machine.js";
import type { InstrumentDefinition } from "../../core/instruments/definition.js";
import type { Answers, InstrumentResult } from "../../core/instruments/score.js";
import { decidesTier, suggestTier } from "../../core/instruments/suggest-tier.js";
import { licenceOf, type InstrumentVersionRow } from "../instruments/catalogue.js";
import type { SubjectKey } from "../vault/subject-key.js";
import type { Vault } from "../vault/vault.js";
import { assessmentFields } from "./fields.js";
import type { AssessmentRow } from "./queries.js";

export const resultOf = (row: AssessmentRow): InstrumentResult => row.result as unknown as InstrumentResult;

/** What presenting an assessment needs beyond its rows: its case's facts and the staff it names. */
export interface SummaryContext {
  caseReference: string;
  clientId: string;
  names: ReadonlyMap<string, string>;
  /** The organisation's current setting, which a draft will be submitted under. */
  draftRequiresApproval: boolean;
}

export function presentAssessmentSummary(
  row: AssessmentRow,
  instrument: InstrumentVersionRow,
  definition: InstrumentDefinition,
  context: SummaryContext,
): z.infer<typeof assessmentSummarySchema> {
  const result = resultOf(row);
  return {
    id: row.id,
    caseId: row.caseId,
    caseReference: context.caseReference,
    clientId: context.clientId,
    instrument: { versionId: instrument.id, key: definition.key, version: definition.version, title: definition.title, kind: definition.kind },
    status: row.status as AssessmentStatus,
    assessedOn: row.assessedOn,
    createdAt: row.createdAt.toISOString(),
    createdByName: context.names.get(row.createdBy) ?? null,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    approvedAt: row.approvedAt?.toISOString() ?? null,
    scores: result.scores.map((score) => ({ id: score.id, label: score.label, value: score.value, band: score.band })),
    flags: result.flags,
    chosenTier: row.chosenTier as SupportTier | null,
    requiresApproval: row.status === "draft" ? context.draftRequiresApproval : row.requiresApproval,
    amendsId: row.amendsId,
    supersededById: row.supersededById,
  };
}

export const decryptAnswers = (vault: Vault, key: SubjectKey, row: Pick<AssessmentRow, "answers">): Answers =>
  JSON.parse(vault.decrypt(key, assessmentFields.answers, row.answers)) as Answers;

export function presentAssessmentDetail(
  row: AssessmentRow,
  instrument: InstrumentVersionRow,
  definition: InstrumentDefinition,
  context: SummaryContext & {
    vault: Vault;
    key: SubjectKey;
    abilities: z.infer<typeof assessmentDetailSchema>["abilities"];
    openAmendmentId: string | null;
  },
): z.infer<typeof assessmentDetailSchema> {
  const { vault, key, names } = context;
  const answers = decryptAnswers(vault, key, row);
  const open = (field: string, value: Uint8Array | null) => (value ? vault.decrypt(key, field, value) : null);
  const rationale = open(assessmentFields.tierRationale, row.tierRationale);
  return {
    ...presentAssessmentSummary(row, instrument, definition, context),
    definition: definition,
    licence: licenceOf(definition),
    answers,
    result: resultOf(row),
    suggestion: decidesTier(definition) ? suggestTier(answers) : null,
    tierDecision: row.chosenTier !== null || rationale !== null ? { tier: row.chosenTier as SupportTier | null, rationale: rationale ?? "" } : null,
    openAmendmentId: context.openAmendmentId,
    submittedByName: row.submittedBy ? (names.get(row.submittedBy) ?? null) : null,
    approvedByName: row.approvedBy ? (names.get(row.approvedBy) ?? null) : null,
    approvalNote: open(assessmentFields.approvalNote, row.approvalNote),
    returnedAt: row.returnedAt?.toISOString() ?? null,
    returnedByName: row.returnedBy ? (names.get(row.returnedBy) ?? null) : null,
    returnReason: open(assessmentFields.returnReason, row.returnReason),
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    abilities: context.abilities,
  };
}
