/**
 * One escalation as staff who see its case read it: the texts opened with the client's key, the
 * attached assessment, the chosen excerpts, the history, the decision once made, warnings where a
 * text still identifies the client, the meetings it may go onto (for the lead) and the abilities.
 * Callers audit the read (read-escalation.ts) or the change that led here.
 */
import { asc, eq } from "drizzle-orm";
import type { EscalationDetail } from "../../../core/api/panel.js";
import { londonDay } from "../../../core/london-time.js";
import { readIdentity } from "../../clients/identity-store.js";
import type { Db } from "../../db/client.js";
import { panelEscalations, panelExcerpts, supportSessions } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { isSiteLead } from "../access/panel-case-access.js";
import { panelFields } from "../fields.js";
import { decisionViewOf } from "./decision-view.js";
import { escalationAbilities } from "./policy.js";
import { presentEscalationSummary, presentMeetingRef } from "./presenter.js";
import { assessmentRef, escalationList, historyOf, openMeetingsAt, type FoundEscalation } from "./queries.js";
import { coreEscalation, type PanelContext } from "./store.js";
import { warningsFor } from "./warnings.js";

export async function escalationDetail(tx: Db, actor: Actor, { escalation, view }: FoundEscalation, context: PanelContext): Promise<EscalationDetail> {
  const { vault } = context;
  const key = await vault.loadSubjectKey(tx, view.kase.clientId);
  const open = (field: string, value: Uint8Array | null) => (value ? vault.decrypt(key, field, value) : null);
  const [[row], assessment, excerptRows, history, meetingOptions, identity] = await Promise.all([
    escalationList(tx, eq(panelEscalations.id, escalation.id)),
    escalation.assessmentId ? assessmentRef(tx, escalation.assessmentId) : null,
    tx
      .select({ id: panelExcerpts.id, sessionId: panelExcerpts.sessionId, text: panelExcerpts.text, startsAt: supportSessions.startsAt })
      .from(panelExcerpts)
      .innerJoin(supportSessions, eq(supportSessions.id, panelExcerpts.sessionId))
      .where(eq(panelExcerpts.escalationId, escalation.id))
      .orderBy(asc(supportSessions.startsAt), asc(panelExcerpts.id)),
    historyOf(tx, escalation.id),
    isSiteLead(actor, escalation.siteId) ? openMeetingsAt(tx, escalation.siteId, context.now) : [],
    readIdentity(tx, vault, view.kase.clientId),
  ]);
  const reason = open(panelFields.escalationReason, escalation.reason) ?? "";
  const riskSummary = open(panelFields.escalationRiskSummary, escalation.riskSummary) ?? "";
  const excerpts = excerptRows.map((excerpt) => ({ id: excerpt.id, sessionId: excerpt.sessionId, sessionDate: londonDay(excerpt.startsAt), text: open(panelFields.excerpt, excerpt.text) ?? "" }));
  const decision = await decisionViewOf(tx, escalation.id, { actor, view, vault, key, caseReference: view.kase.reference, today: londonDay(context.now) });
  return {
    ...presentEscalationSummary(row!),
    reason,
    riskSummary,
    stateReason: open(panelFields.escalationStateReason, escalation.stateReason),
    assessment,
    excerpts,
    history: history.map((step) => ({ type: step.type, at: step.at.toISOString(), actorName: step.actorName, meetingId: step.meetingId })),
    decision,
    warnings: warningsFor(identity, [
      { field: "reason", text: reason },
      { field: "riskSummary", text: riskSummary },
      ...excerpts.map((excerpt) => ({ field: "excerpt" as const, text: excerpt.text })),
    ]),
    meetingOptions: meetingOptions.map(presentMeetingRef),
    abilities: escalationAbilities(actor, coreEscalation(escalation), escalation, view),
  };
}
