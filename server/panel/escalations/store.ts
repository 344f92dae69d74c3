/**
 * What every escalation change shares: the row as the core's rules see it, the step recorded in
 * the escalation's history, and the audit event (ids and codes only, never the texts).
 */
import type { Escalation, EscalationEventType, EscalationStatus } from "../../../core/panel/escalation.js";
import { recordAudit } from "../../audit/record-audit.js";
import type { Db } from "../../db/client.js";
import { panelEscalationEvents } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import type { Vault } from "../../vault/vault.js";
import type { EscalationRow } from "./queries.js";

export interface PanelContext {
  vault: Vault;
  now: Date;
  requestId: string;
}

/**
 * The escalation as the core's rules see it. The rules read the state, the meeting and who
 * escalated, never the texts, so the sealed texts are not opened for them.
 */
export function coreEscalation(row: EscalationRow): Escalation {
  const sealed = "";
  const status = ((): EscalationStatus => {
    switch (row.state) {
      case "accepted":
        return { state: "accepted", meetingId: row.meetingId ?? "" };
      case "discussed":
        return { state: "discussed", meetingId: row.meetingId ?? "", decisionId: row.decisionId ?? "" };
      case "returned":
      case "withdrawn":
        return { state: row.state, reason: sealed };
      default:
        return { state: "submitted" };
    }
  })();
  return { caseId: row.caseId, escalatedBy: row.escalatedBy, reason: sealed, riskSummary: sealed, assessmentId: row.assessmentId, isUrgent: row.isUrgent, status };
}

/** Writes one step of the escalation's history and its audit event, in the caller's transaction. */
export async function recordEscalationStep(
  tx: Db,
  actor: Pick<Actor, "userId" | "organisationId">,
  escalation: Pick<EscalationRow, "id" | "siteId" | "caseId">,
  step: { type: EscalationEventType | "escalate" | "excerpts_chosen"; meetingId?: string | null; clientId: string; details?: Record<string, unknown> },
  context: Pick<PanelContext, "now" | "requestId">,
): Promise<void> {
  await tx.insert(panelEscalationEvents).values({
    organisationId: actor.organisationId,
    escalationId: escalation.id,
    type: step.type,
    actorUserId: actor.userId,
    at: context.now,
    meetingId: step.meetingId ?? null,
  });
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: `panel_escalation.${step.type}`,
    entityType: "panel_escalation",
    entityId: escalation.id,
    siteId: escalation.siteId,
    clientId: step.clientId,
    requestId: context.requestId,
    details: { caseId: escalation.caseId, ...(step.meetingId ? { meetingId: step.meetingId } : {}), ...step.details },
  });
}
