/**
 * Reading an escalation: allowed to anyone who sees its case, and audited every time. A refused
 * read of an escalation that exists in the organisation is audited too, in its own transaction
 * since the request itself fails (404).
 */
import type { EscalationDetail } from "../../../core/api/panel.js";
import { recordAudit } from "../../audit/record-audit.js";
import { inTransaction, type Db } from "../../db/client.js";
import type { Actor } from "../../http/context.js";
import { escalationDetail } from "./escalation-detail.js";
import { findEscalationFor, unsafeFindEscalationInOrganisation } from "./queries.js";
import type { PanelContext } from "./store.js";

export async function readEscalation(tx: Db, actor: Actor, escalationId: string, context: PanelContext): Promise<EscalationDetail> {
  const found = await findEscalationFor(tx, actor, escalationId, context.now);
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: found.view.isBreakGlass ? "panel_escalation.read_break_glass" : "panel_escalation.read",
    entityType: "panel_escalation",
    entityId: found.escalation.id,
    siteId: found.escalation.siteId,
    clientId: found.view.kase.clientId,
    requestId: context.requestId,
    details: { caseId: found.escalation.caseId },
  });
  return escalationDetail(tx, actor, found, context);
}

export async function recordRefusedEscalationRead(db: Db, actor: Actor, escalationId: string, context: Pick<PanelContext, "requestId">): Promise<void> {
  await inTransaction(db, async (tx) => {
    const escalation = await unsafeFindEscalationInOrganisation(tx, actor.organisationId, escalationId);
    if (!escalation) return;
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: "panel_escalation.read_refused",
      entityType: "panel_escalation",
      entityId: escalation.id,
      siteId: escalation.siteId,
      clientId: escalation.clientId,
      requestId: context.requestId,
      details: { caseId: escalation.caseId },
    });
  });
}
