/**
 * An assessment's life: started on a case as a draft (on the instrument's latest version), saved as
 * it is filled in, submitted (checked complete; a tier decision with its rationale where the
 * instrument leads to one), approved or returned by a manager where approval is needed, amended by
 * a new response that links to the one it corrects. A submitted response is never changed (the
 * database refuses it too); every step is audited, and the case timeline shows submissions,
 * approvals and returns.
 */
import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import type { saveDraftBodySchema } from "../../core/api/assessments.js";
import { tierDecisionSchema } from "../../core/api/assessments.js";
import type { SupportTier } from "../../core/cases/case-state-machine.js";
import { checkAnswers, scoreInstrument, type Answers } from "../../core/instruments/score.js";
import { decidesTier, suggestTier } from "../../core/instruments/suggest-tier.js";
import { addDays } from "../../core/instruments/reassessment.js";
import { londonDay } from "../../core/referrals/triage-target.js";
import { recordAudit } from "../audit/record-audit.js";
import { authorize } from "../authz/authorize.js";
import { recordCaseChange } from "../cases/case-audit.js";
import type { Db } from "../db/client.js";
import { assessments } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { AppError, type FieldError } from "../http/errors.js";
import { definitionOf, latestVersion, settingsFor } from "../instruments/catalogue.js";
import type { Vault } from "../vault/vault.js";
import { managerRoles } from "../authz/site-roles.js";
import { alertAboutAssessment } from "./alerts.js";
import { assessmentFields } from "./fields.js";
import { canAmend, canApprove, canGive } from "./policy.js";
import { findAssessmentFor, viewOfCase, type FoundAssessment } from "./queries.js";
import { storeAssessment } from "./store-assessment.js";
import { applyDecidedTier } from "./take-effect.js";

export interface WorkflowContext {
  vault: Vault;
  now: Date;
  requestId: string;
}

/** How far back an assessment done on paper may be dated. */
const oldestAssessedDays = 366;

function checkAssessedOn(assessedOn: string, now: Date): void {
  const today = londonDay(now);
  if (assessedOn > today) throw fieldsError("The assessment date cannot be in the future.", [{ path: "assessedOn", message: "Cannot be in the future." }]);
  if (assessedOn < addDays(today, -oldestAssessedDays)) {
    throw fieldsError("The assessment date is more than a year ago.", [{ path: "assessedOn", message: "Must be within the last year." }]);
  }
}

const fieldsError = (message: string, fields: FieldError[]) => new AppError("validation_failed", message, { fields });

async function audit(tx: Db, actor: Actor, found: Pick<FoundAssessment, "assessment" | "view">, action: string, context: WorkflowContext, details: Record<string, unknown> = {}) {
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: `assessment.${action}`,
    entityType: "assessment",
    entityId: found.assessment.id,
    siteId: found.view.kase.siteId,
    clientId: found.view.kase.clientId,
    requestId: context.requestId,
    details,
  });
}

/** Starts a draft on a case, on the instrument's latest version. Answers the new assessment's id. */
export async function startAssessment(tx: Db, actor: Actor, caseId: string, input: { instrumentKey: string; assessedOn?: string | undefined }, context: WorkflowContext): Promise<string> {
  const view = await viewOfCase(tx, actor, caseId, context.now);
  const instrument = await latestVersion(tx, actor.organisationId, input.instrumentKey);
  const definition = definitionOf(instrument);
  authorize(canGive(actor, view, definition.kind), view.kase.state === "closed" ? "A closed case takes no new assessment." : undefined);
  const settings = await settingsFor(tx, actor.organisationId, definition);
  if (!settings.isEnabled) throw new AppError("conflict", `"${definition.title}" is not offered by your organisation.`);
  const assessedOn = input.assessedOn ?? londonDay(context.now);
  checkAssessedOn(assessedOn, context.now);
  const key = await context.vault.loadSubjectKey(tx, view.kase.clientId);
  const created = await storeAssessment(tx, context.vault, key, { kase: view.kase, instrument, definition, answers: {}, assessedOn, by: actor.userId, at: context.now });
  await audit(tx, actor, { assessment: created, view }, "started", context, { instrument: definition.key, version: definition.version });
  return created.id;
}

function requireEditableDraft(actor: Actor, found: FoundAssessment): void {
  if (found.assessment.status !== "draft") throw new AppError("conflict", "This assessment has been submitted and cannot be changed. Record an amendment to correct it.");
  authorize(canGive(actor, found.view, found.definition.kind));
}

function answerProblems(found: FoundAssessment, answers: Answers, isSubmitting: boolean): FieldError[] {
  return checkAnswers(found.definition, answers, { isSubmitting }).map((problem) => ({ path: `answers.${problem.itemId}`, message: problem.message }));
}

/**
 * Writes a draft's answers (replacing the saved ones), checked for kind and range but not
 * completeness, with their scores and (for the toolkit) the suggestion; answers the saved row.
 */
async function saveAnswers(tx: Db, actor: Actor, found: FoundAssessment, input: z.infer<typeof saveDraftBodySchema>, context: WorkflowContext) {
  requireEditableDraft(actor, found);
  if (input.version !== found.assessment.version) throw new AppError("conflict", "Someone else saved this assessment since you opened it. Reload it to see their answers.");
  const problems = answerProblems(found, input.answers, false);
  if (problems.length > 0) throw fieldsError("Some answers are not valid; nothing was saved.", problems);
  if (input.assessedOn) checkAssessedOn(input.assessedOn, context.now);
  const key = await context.vault.loadSubjectKey(tx, found.view.kase.clientId);
  const result = scoreInstrument(found.definition, input.answers);
  const isDecided = decidesTier(found.definition);
  const suggestion = isDecided ? suggestTier(input.answers) : null;
  const decision = isDecided ? input.tierDecision : undefined;
  const [saved] = await tx
    .update(assessments)
    .set({
      answers: context.vault.encrypt(key, assessmentFields.answers, JSON.stringify(input.answers)),
      result: result as unknown as Record<string, unknown>,
      suggestedTier: suggestion?.tier ?? null,
      ...(input.assessedOn ? { assessedOn: input.assessedOn } : {}),
      ...(decision !== undefined
        ? {
            chosenTier: decision?.tier ?? null,
            tierRationale: decision && decision.rationale !== "" ? context.vault.encrypt(key, assessmentFields.tierRationale, decision.rationale) : null,
          }
        : {}),
      updatedAt: context.now,
      version: found.assessment.version + 1,
    })
    .where(eq(assessments.id, found.assessment.id))
    .returning();
  return { row: saved!, key, result, suggestion };
}

/** Autosave: the answers so far; answers the new version, the scores, flags and suggestion. */
export async function saveDraft(tx: Db, actor: Actor, assessmentId: string, input: z.infer<typeof saveDraftBodySchema>, context: WorkflowContext) {
  const found = await findAssessmentFor(tx, actor, assessmentId, context.now, { forUpdate: true });
  const { row, result, suggestion } = await saveAnswers(tx, actor, found, input, context);
  await audit(tx, actor, found, "draft_saved", context, { answered: Object.keys(input.answers).length });
  return { version: row.version, updatedAt: row.updatedAt.toISOString(), result, suggestion };
}

/**
 * Makes a response count: the decided tier takes effect on the case, and the response it corrects
 * (if any) is marked superseded, so outcomes show the correction instead.
 */
async function makeCount(tx: Db, actor: Actor, found: FoundAssessment, context: WorkflowContext): Promise<void> {
  const { assessment } = found;
  if (assessment.amendsId) await tx.update(assessments).set({ supersededById: assessment.id }).where(eq(assessments.id, assessment.amendsId));
  if (assessment.chosenTier && assessment.tierRationale) {
    const key = await context.vault.loadSubjectKey(tx, found.view.kase.clientId);
    const rationale = context.vault.decrypt(key, assessmentFields.tierRationale, assessment.tierRationale);
    await applyDecidedTier(tx, actor, { caseId: assessment.caseId, assessmentId: assessment.id, tier: assessment.chosenTier as SupportTier, rationale }, context);
  }
}

/** Saves the final answers, then submits them: complete, decided where a tier is decided, and from then on unchangeable. */
export async function submitAssessment(tx: Db, actor: Actor, assessmentId: string, input: z.infer<typeof saveDraftBodySchema>, context: WorkflowContext): Promise<void> {
  const found = await findAssessmentFor(tx, actor, assessmentId, context.now, { forUpdate: true });
  const { row, key, result } = await saveAnswers(tx, actor, found, input, context);
  const problems = answerProblems(found, input.answers, true);
  if (decidesTier(found.definition)) {
    const rationale = row.tierRationale ? context.vault.decrypt(key, assessmentFields.tierRationale, row.tierRationale) : "";
    const decision = tierDecisionSchema.safeParse({ tier: row.chosenTier ?? undefined, rationale });
    if (!decision.success) {
      problems.push({ path: "tierDecision", message: row.chosenTier ? (decision.error.issues[0]?.message ?? "Explain the decision.") : "Choose the support tier and explain why." });
    }
  }
  if (problems.length > 0) throw fieldsError("The assessment is not complete; nothing was submitted.", problems);
  const settings = await settingsFor(tx, actor.organisationId, found.definition);
  const [submitted] = await tx
    .update(assessments)
    .set({
      status: "submitted",
      requiresApproval: settings.requiresApproval,
      submittedBy: actor.userId,
      submittedAt: context.now,
      updatedAt: context.now,
      version: row.version + 1,
    })
    .where(eq(assessments.id, row.id))
    .returning();
  const now = { ...found, assessment: submitted! };
  const details = { instrument: found.definition.key, version: found.definition.version, flags: result.flags.map((flag) => flag.id), tier: submitted!.chosenTier };
  await audit(tx, actor, now, "submitted", context, details);
  await recordCaseChange(tx, actor, found.view.kase, { type: "assessment_submitted", details: { assessmentId: submitted!.id, instrument: found.definition.key, title: found.definition.title } }, context);
  if (!settings.requiresApproval) await makeCount(tx, actor, now, context);
  const alert = { kase: found.view.kase, assessmentId: submitted!.id, instrumentTitle: found.definition.title, actorUserId: actor.userId };
  if (result.flags.length > 0) {
    await alertAboutAssessment(tx, { ...alert, kind: "assessment_flag", flagLabels: result.flags.map((flag) => flag.label), to: { roles: managerRoles, keyWorkers: true } });
  }
  if (settings.requiresApproval) await alertAboutAssessment(tx, { ...alert, kind: "assessment_awaiting_approval", to: { roles: managerRoles } });
}

export async function approveAssessment(tx: Db, actor: Actor, assessmentId: string, input: { note?: string | undefined }, context: WorkflowContext): Promise<void> {
  const found = await findAssessmentFor(tx, actor, assessmentId, context.now, { forUpdate: true });
  authorize(canApprove(actor, found.view, found.assessment), found.assessment.submittedBy === actor.userId ? "Someone other than the person who submitted it approves an assessment." : undefined);
  const key = await context.vault.loadSubjectKey(tx, found.view.kase.clientId);
  const note = input.note ? context.vault.encrypt(key, assessmentFields.approvalNote, input.note) : null;
  const [approved] = await tx
    .update(assessments)
    .set({ status: "approved", approvedBy: actor.userId, approvedAt: context.now, approvalNote: note, updatedAt: context.now, version: found.assessment.version + 1 })
    .where(eq(assessments.id, found.assessment.id))
    .returning();
  const now = { ...found, assessment: approved! };
  await audit(tx, actor, now, "approved", context, { instrument: found.definition.key, tier: approved!.chosenTier });
  await recordCaseChange(tx, actor, found.view.kase, { type: "assessment_approved", details: { assessmentId: approved!.id, instrument: found.definition.key, title: found.definition.title } }, context);
  await makeCount(tx, actor, now, context);
}

export async function returnAssessment(tx: Db, actor: Actor, assessmentId: string, input: { reason: string }, context: WorkflowContext): Promise<void> {
  const found = await findAssessmentFor(tx, actor, assessmentId, context.now, { forUpdate: true });
  authorize(canApprove(actor, found.view, found.assessment), found.assessment.submittedBy === actor.userId ? "Someone other than the person who submitted it reviews an assessment." : undefined);
  const key = await context.vault.loadSubjectKey(tx, found.view.kase.clientId);
  await tx
    .update(assessments)
    .set({
      status: "returned",
      returnedBy: actor.userId,
      returnedAt: context.now,
      returnReason: context.vault.encrypt(key, assessmentFields.returnReason, input.reason),
      updatedAt: context.now,
      version: found.assessment.version + 1,
    })
    .where(eq(assessments.id, found.assessment.id));
  await audit(tx, actor, found, "returned", context, { instrument: found.definition.key });
  await recordCaseChange(tx, actor, found.view.kase, { type: "assessment_returned", reason: input.reason, details: { assessmentId: found.assessment.id, instrument: found.definition.key, title: found.definition.title } }, context);
  if (found.assessment.submittedBy) {
    await alertAboutAssessment(tx, {
      kind: "assessment_returned",
      kase: found.view.kase,
      assessmentId: found.assessment.id,
      instrumentTitle: found.definition.title,
      actorUserId: actor.userId,
      to: { userIds: [found.assessment.submittedBy] },
    });
  }
}

/** The correction of this response being drafted, if there is one. */
export async function openAmendmentOf(tx: Db, assessmentId: string): Promise<string | null> {
  const [open] = await tx.select({ id: assessments.id }).from(assessments).where(and(eq(assessments.amendsId, assessmentId), eq(assessments.status, "draft"))).limit(1);
  return open?.id ?? null;
}

/** Starts a correction: a new draft on the same instrument version, with the original's answers and decision. */
export async function amendAssessment(tx: Db, actor: Actor, assessmentId: string, input: { reason: string }, context: WorkflowContext): Promise<string> {
  const found = await findAssessmentFor(tx, actor, assessmentId, context.now, { forUpdate: true });
  const { assessment } = found;
  authorize(canAmend(actor, found.view, found.definition.kind, { ...assessment, hasOpenAmendment: (await openAmendmentOf(tx, assessment.id)) !== null }));
  const [created] = await tx
    .insert(assessments)
    .values({
      organisationId: assessment.organisationId,
      siteId: assessment.siteId,
      caseId: assessment.caseId,
      instrumentVersionId: assessment.instrumentVersionId,
      status: "draft",
      assessedOn: assessment.assessedOn,
      // The same ciphertext: the same words under the same client's key, for the same purpose.
      answers: assessment.answers,
      result: assessment.result,
      suggestedTier: assessment.suggestedTier,
      chosenTier: assessment.chosenTier,
      tierRationale: assessment.tierRationale,
      amendsId: assessment.id,
      createdBy: actor.userId,
      createdAt: context.now,
      updatedAt: context.now,
    })
    .returning({ id: assessments.id });
  await audit(tx, actor, found, "amendment_started", context, { amendmentId: created!.id, instrument: found.definition.key });
  await recordCaseChange(tx, actor, found.view.kase, { type: "assessment_amended", reason: input.reason, details: { assessmentId: assessment.id, amendmentId: created!.id, instrument: found.definition.key, title: found.definition.title } }, context);
  return created!.id;
}

/** Throws away a draft (never a submitted response). */
export async function discardDraft(tx: Db, actor: Actor, assessmentId: string, context: WorkflowContext): Promise<void> {
  const found = await findAssessmentFor(tx, actor, assessmentId, context.now, { forUpdate: true });
  requireEditableDraft(actor, found);
  await tx.delete(assessments).where(eq(assessments.id, found.assessment.id));
  await audit(tx, actor, found, "discarded", context, { instrument: found.definition.key });
}
