/**
 * A step in an escalation's life from its page: accept onto or move to a meeting of the same site
 * (not cancelled, not ended), return or take off an agenda with a reason, resubmit (the escalator,
 * with the latest assessment re-attached and new texts), withdraw. The core's rules decide what the
 * state allows; its refusal is a 422 with its reason. The version seen must be current (409).
 */
import { eq } from "drizzle-orm";
import type { EscalationEventBody } from "../../../core/api/panel.js";
import { transition, type EscalationEvent } from "../../../core/panel/escalation.js";
import { authorize } from "../../authz/authorize.js";
import type { Db } from "../../db/client.js";
import { panelEscalations } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { AppError } from "../../http/errors.js";
import { panelFields } from "../fields.js";
import { mayApply, roleAt } from "./policy.js";
import { findEscalationFor, latestCountedAssessment, openMeetingsAt, type FoundEscalation } from "./queries.js";
import { coreEscalation, recordEscalationStep, type PanelContext } from "./store.js";

export const staleEscalationMessage = "The escalation has changed since you opened it. Reload it to see the change, then try again.";

export async function applyEscalationEvent(tx: Db, actor: Actor, escalationId: string, body: EscalationEventBody, context: PanelContext): Promise<FoundEscalation> {
  const found = await findEscalationFor(tx, actor, escalationId, context.now, { forUpdate: true });
  const { escalation, view } = found;
  authorize(mayApply(actor, body.type, escalation, view), "Only the site's safeguarding lead, or for some steps the person who escalated, can do this.");
  if (body.version !== escalation.version) throw new AppError("conflict", staleEscalationMessage);
  const by = { userId: actor.userId, role: roleAt(actor, escalation.siteId) };
  const event = await coreEvent(tx, body, by, escalation, context.now);
  const result = transition(coreEscalation(escalation), event);
  if (!result.ok) throw new AppError("transition_refused", result.reason);
  const key = await context.vault.loadSubjectKey(tx, view.kase.clientId);
  const seal = (field: string, text: string) => context.vault.encrypt(key, field, text);
  const next = result.next.status;
  const [updated] = await tx
    .update(panelEscalations)
    .set({
      state: next.state,
      meetingId: next.state === "accepted" ? next.meetingId : null,
      stateReason: "reason" in body && body.type !== "resubmit" ? seal(panelFields.escalationStateReason, body.reason) : null,
      ...(body.type === "resubmit"
        ? { reason: seal(panelFields.escalationReason, body.reason), riskSummary: seal(panelFields.escalationRiskSummary, body.riskSummary), assessmentId: result.next.assessmentId }
        : {}),
      updatedAt: context.now,
      version: escalation.version + 1,
    })
    .where(eq(panelEscalations.id, escalation.id))
    .returning();
  const meetingId = "meetingId" in body ? body.meetingId : null;
  await recordEscalationStep(tx, actor, escalation, { type: body.type, meetingId, clientId: view.kase.clientId, details: { from: escalation.state, to: next.state } }, context);
  return { escalation: updated!, view };
}

/** The body as the core's event, after checking the meeting named is one it may go onto. */
async function coreEvent(tx: Db, body: EscalationEventBody, by: { userId: string; role: ReturnType<typeof roleAt> }, escalation: FoundEscalation["escalation"], now: Date): Promise<EscalationEvent> {
  switch (body.type) {
    case "accept":
    case "move_to_meeting": {
      const [meeting] = await openMeetingsAt(tx, escalation.siteId, now, body.meetingId);
      if (!meeting) {
        throw new AppError("unprocessable", "Choose a meeting of this site's panel that is not cancelled and has not ended.", {
          fields: [{ path: "body.meetingId", message: "Not a meeting of this site's panel that is still to come." }],
        });
      }
      return { type: body.type, by, meetingId: meeting.id };
    }
    case "resubmit": {
      const assessment = await latestCountedAssessment(tx, escalation.caseId);
      return { type: "resubmit", by, reason: body.reason, riskSummary: body.riskSummary, ...(assessment ? { assessmentId: assessment.id } : {}) };
    }
    case "return":
    case "take_off_agenda":
    case "withdraw":
      return { type: body.type, by, reason: body.reason };
  }
}
