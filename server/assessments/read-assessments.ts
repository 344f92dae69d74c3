/**
 * Reading assessments: one response with its answers (audited, as a read of client data), a case's
 * list with the re-assessments its schedule says are due, and a response as a FHIR
 * QuestionnaireResponse (audited as an export).
 */
import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { assessmentDetailSchema, caseAssessmentListSchema } from "../../core/api/assessments.js";
import { toQuestionnaireResponse } from "../../core/instruments/fhir.js";
import { reassessmentDue } from "../../core/instruments/reassessment.js";
import { londonDay } from "../../core/referrals/triage-target.js";
import { recordAudit } from "../audit/record-audit.js";
import type { Db } from "../db/client.js";
import { clients } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { definitionOf, listInstruments, settingsFor } from "../instruments/catalogue.js";
import type { Vault } from "../vault/vault.js";
import { canAmend, canApprove, canGive, canRead } from "./policy.js";
import { decryptAnswers, presentAssessmentDetail, presentAssessmentSummary } from "./presenter.js";
import { assessmentsOnCase, findAssessmentFor, staffNames, viewOfCase } from "./queries.js";
import { openAmendmentOf } from "./workflow.js";

interface ReadContext {
  vault: Vault;
  now: Date;
  requestId: string;
}

export async function readAssessment(tx: Db, actor: Actor, assessmentId: string, context: ReadContext): Promise<z.infer<typeof assessmentDetailSchema>> {
  const found = await findAssessmentFor(tx, actor, assessmentId, context.now);
  const { assessment, instrument, definition, view } = found;
  const key = await context.vault.loadSubjectKey(tx, view.kase.clientId);
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: view.isBreakGlass ? "assessment.read_break_glass" : "assessment.read",
    entityType: "assessment",
    entityId: assessment.id,
    siteId: view.kase.siteId,
    clientId: view.kase.clientId,
    requestId: context.requestId,
  });
  const isDraft = assessment.status === "draft";
  const mayGive = canGive(actor, view, definition.kind);
  const openAmendmentId = await openAmendmentOf(tx, assessment.id);
  return presentAssessmentDetail(assessment, instrument, definition, {
    caseReference: view.kase.reference,
    clientId: view.kase.clientId,
    names: await staffNames(tx, [assessment]),
    draftRequiresApproval: (await settingsFor(tx, actor.organisationId, definition)).requiresApproval,
    vault: context.vault,
    key,
    openAmendmentId,
    abilities: {
      edit: isDraft && mayGive,
      discard: isDraft && mayGive,
      approve: canApprove(actor, view, assessment),
      amend: canAmend(actor, view, definition.kind, { ...assessment, hasOpenAmendment: openAmendmentId !== null }),
    },
  });
}

/** A case's assessments the caller may see, newest first, and what is due. */
export async function listCaseAssessments(db: Db, actor: Actor, caseId: string, now: Date): Promise<z.infer<typeof caseAssessmentListSchema>> {
  const view = await viewOfCase(db, actor, caseId, now);
  const [rows, catalogue] = await Promise.all([assessmentsOnCase(db, caseId), listInstruments(db, actor.organisationId)]);
  const visible = rows
    .map((row) => ({ ...row, definition: definitionOf(row.instrument) }))
    .filter((row) => canRead(actor, view, row.definition.kind) && (row.assessment.status !== "draft" || canGive(actor, view, row.definition.kind)));
  const names = await staffNames(db, visible.map((row) => row.assessment));
  const approvalOf = new Map(catalogue.map((instrument) => [instrument.key, instrument.settings.requiresApproval]));
  const context = (key: string) => ({ caseReference: view.kase.reference, clientId: view.kase.clientId, names, draftRequiresApproval: approvalOf.get(key) ?? false });
  const today = londonDay(now);
  const due = catalogue.flatMap((instrument) => {
    if (!instrument.settings.isEnabled || !canRead(actor, view, instrument.kind)) return [];
    const givenOn = rows
      .filter((row) => row.instrument.key === instrument.key && (row.assessment.status === "submitted" || row.assessment.status === "approved"))
      .map((row) => row.assessment.assessedOn);
    const found = reassessmentDue({ schedule: instrument.settings.schedule, caseState: view.kase.state, caseOpenedOn: londonDay(view.kase.openedAt), givenOn, today });
    return found ? [{ instrumentKey: instrument.key, title: instrument.title, ...found }] : [];
  });
  return {
    items: visible.reverse().map((row) => presentAssessmentSummary(row.assessment, row.instrument, row.definition, context(row.definition.key))),
    due,
    canStart: catalogue.some((instrument) => instrument.settings.isEnabled && canGive(actor, view, instrument.kind)),
  };
}

const fhirStatus = { draft: "in-progress", submitted: "completed", approved: "completed", returned: "entered-in-error" } as const;

export async function assessmentAsFhir(tx: Db, actor: Actor, assessmentId: string, context: ReadContext) {
  const { assessment, definition, view } = await findAssessmentFor(tx, actor, assessmentId, context.now);
  const key = await context.vault.loadSubjectKey(tx, view.kase.clientId);
  const [client] = await tx.select({ reference: clients.reference }).from(clients).where(eq(clients.id, view.kase.clientId)).limit(1);
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "assessment.exported",
    entityType: "assessment",
    entityId: assessment.id,
    siteId: view.kase.siteId,
    clientId: view.kase.clientId,
    requestId: context.requestId,
    details: { format: "fhir" },
  });
  const status = assessment.amendsId && assessment.status !== "draft" && assessment.status !== "returned" ? "amended" : fhirStatus[assessment.status as keyof typeof fhirStatus];
  return toQuestionnaireResponse(definition, decryptAnswers(context.vault, key, assessment), {
    id: assessment.id,
    status,
    authored: (assessment.submittedAt ?? assessment.updatedAt).toISOString(),
    subjectReference: client?.reference ?? "",
  });
}
