/**
 * A case on a meeting's agenda as the panel reads it: only the core's redacted summary
 * (`redactedCaseSummary`), the decision with its texts redacted, until when the reader sees it, and
 * who actions can go to. Every view is audited. A refused view, whatever the reason (not
 * attending, outside the window, a conflict, vetting expired), is answered exactly like a case that
 * does not exist; only the audit trail, written in its own transaction, records why.
 */
import { londonDay } from "../../../core/london-time.js";
import type { PanelCase } from "../../../core/api/panel.js";
import { redactedCaseSummary } from "../../../core/panel/redaction.js";
import { recordAudit } from "../../audit/record-audit.js";
import { inTransaction, type Db } from "../../db/client.js";
import { cases } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { AppError } from "../../http/errors.js";
import type { Vault } from "../../vault/vault.js";
import { panelCaseAccess, type PanelCaseAccess, type PanelRefusal } from "../access/panel-case-access.js";
import { ownerOptions, panelDecisionView } from "./panel-decision.js";
import { summarySources } from "./summary-input.js";
import { and, eq } from "drizzle-orm";

export interface PanelCaseContext {
  vault: Vault;
  now: Date;
  requestId: string;
}

/** "Not found" to the reader, with the real reason kept for the audit trail. */
export class PanelCaseRefused extends AppError {
  constructor(readonly reason: PanelRefusal) {
    super("not_found", "Case not found.", { internalMessage: `panel case refused: ${reason}` });
  }
}

export type AllowedAccess = Extract<PanelCaseAccess, { allowed: true }>;

/** The reader's access to the case through the meeting, or a refusal answered as "not found". */
export async function allowedPanelCase(db: Db, actor: Actor, meetingId: string, caseId: string, now: Date): Promise<AllowedAccess> {
  const access = await panelCaseAccess(db, actor, meetingId, caseId, now);
  if (!access.allowed) throw new PanelCaseRefused(access.reason);
  return access;
}

export async function readPanelCase(tx: Db, actor: Actor, meetingId: string, caseId: string, context: PanelCaseContext): Promise<PanelCase> {
  const access = await allowedPanelCase(tx, actor, meetingId, caseId, context.now);
  const { escalation, loaded } = access;
  const sources = await summarySources(tx, context.vault, escalation, context.now);
  const summary = redactedCaseSummary(sources.input);
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "panel.case_read",
    entityType: "case",
    entityId: caseId,
    siteId: escalation.siteId,
    clientId: sources.clientId,
    requestId: context.requestId,
    details: { meetingId, escalationId: escalation.id, asLead: access.isLead, memberId: access.member?.id ?? null, redactedPassages: summary.redactedPassages },
  });
  const reader = { actor, vault: context.vault, key: sources.key, identity: sources.input.identity, caseReference: summary.case.reference, today: londonDay(context.now) };
  return {
    meetingId,
    caseId,
    escalationId: escalation.id,
    isUrgent: escalation.isUrgent,
    summary,
    decision: await panelDecisionView(tx, escalation, reader),
    visibleUntil: access.until.toISOString(),
    ownerOptions: await ownerOptions(tx, loaded),
    abilities: { recordDecision: escalation.state === "accepted", declareConflict: access.member !== null && loaded.meeting.attendeeIds.includes(access.member.id) },
  };
}

/** Records a refused view (or decision) in its own transaction: ids and the reason only. */
export async function recordRefusedPanelCase(db: Db, actor: Actor, meetingId: string, caseId: string, reason: PanelRefusal, context: Pick<PanelCaseContext, "requestId"> & { attempt: "read" | "decision" }): Promise<void> {
  await inTransaction(db, async (tx) => {
    // Whoever may see it: only to file the attempt against the right client, never shown.
    const [kase] = await tx.select({ siteId: cases.siteId, clientId: cases.clientId }).from(cases).where(and(eq(cases.id, caseId), eq(cases.organisationId, actor.organisationId))).limit(1);
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: context.attempt === "read" ? "panel.case_read_refused" : "panel.decision_refused",
      entityType: "case",
      entityId: caseId,
      siteId: kase?.siteId ?? null,
      clientId: kase?.clientId ?? null,
      requestId: context.requestId,
      details: { meetingId, reason },
    });
  });
}
