/**
 * Escalating a case to the panel: the latest submitted assessment attached (the core refuses a
 * non-urgent escalation without one), the reason and risk summary sealed under the client's key,
 * and for an urgent one the site's safeguarding leads alerted at once, the same day.
 */
import type { EscalateBody } from "../../../core/api/panel.js";
import { escalate } from "../../../core/panel/escalation.js";
import { authorize } from "../../authz/authorize.js";
import type { Db } from "../../db/client.js";
import { panelEscalations } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { AppError } from "../../http/errors.js";
import { notifySiteManagers } from "../../notifications/notify-site-managers.js";
import { viewOfCase } from "../../sessions/queries.js";
import { isUniqueViolation } from "../../db/unique-violation.js";
import { panelFields } from "../fields.js";
import { canEscalate, roleAt } from "./policy.js";
import { hasLiveEscalation, latestCountedAssessment, type FoundEscalation } from "./queries.js";
import { recordEscalationStep, type PanelContext } from "./store.js";

export const liveEscalationMessage = "This case is already with the panel: a new escalation can follow once the panel has discussed it or it is withdrawn.";

export async function escalateCase(tx: Db, actor: Actor, caseId: string, body: EscalateBody, context: PanelContext): Promise<FoundEscalation> {
  const view = await viewOfCase(tx, actor, caseId, context.now);
  const { kase } = view;
  authorize(canEscalate(actor, view), kase.state === "closed" ? "A closed case cannot be escalated." : "Only a caseworker or safeguarding lead working this case can escalate it.");
  if (await hasLiveEscalation(tx, kase.id)) throw new AppError("conflict", liveEscalationMessage);
  const assessment = await latestCountedAssessment(tx, kase.id);
  const result = escalate({ userId: actor.userId, role: roleAt(actor, kase.siteId) }, { caseId: kase.id, ...body, assessmentId: assessment?.id ?? null });
  if (!result.ok) throw new AppError("unprocessable", result.reason);
  const key = await context.vault.loadSubjectKey(tx, kase.clientId);
  const [escalation] = await tx
    .insert(panelEscalations)
    .values({
      organisationId: kase.organisationId,
      siteId: kase.siteId,
      caseId: kase.id,
      assessmentId: result.next.assessmentId,
      escalatedBy: actor.userId,
      isUrgent: body.isUrgent,
      reason: context.vault.encrypt(key, panelFields.escalationReason, body.reason),
      riskSummary: context.vault.encrypt(key, panelFields.escalationRiskSummary, body.riskSummary),
      state: "submitted",
      submittedAt: context.now,
      // Raised in this transaction, so the alert and the escalation exist together or not at all.
      alertedAt: body.isUrgent ? context.now : null,
      updatedAt: context.now,
    })
    .returning()
    .catch((error: unknown) => {
      // Two escalations of one case at once: the partial unique index lets only one be live.
      throw isUniqueViolation(error) ? new AppError("conflict", liveEscalationMessage, { cause: error }) : error;
    });
  await recordEscalationStep(tx, actor, escalation!, { type: "escalate", clientId: kase.clientId, details: { isUrgent: body.isUrgent, assessmentId: result.next.assessmentId } }, context);
  if (body.isUrgent) {
    await notifySiteManagers(tx, {
      organisationId: kase.organisationId,
      siteId: kase.siteId,
      kind: "urgent_escalation",
      // The case, so staff open it where they can act; the alert carries its reference and site only.
      entityType: "case",
      entityId: kase.id,
      reference: kase.reference,
      actorUserId: actor.userId,
      roles: ["safeguarding_lead"],
    });
  }
  return { escalation: escalation!, view };
}
