/**
 * External referrals as staff who see the case read them (outcomes opened with the client's key),
 * each read audited: a case's list, and one referral after a change.
 */
import type { z } from "zod";
import type { caseExternalReferralListSchema, ExternalReferralView } from "../../../core/api/panel.js";
import { recordAudit } from "../../audit/record-audit.js";
import type { Db } from "../../db/client.js";
import type { Actor } from "../../http/context.js";
import { viewOfCase, type CaseView } from "../../sessions/queries.js";
import { namesOf } from "../escalations/decision-view.js";
import type { PanelContext } from "../escalations/store.js";
import { canAddReferral, canUpdateReferral } from "./policy.js";
import { openReferralTexts, presentExternalReferral, type ExternalReferralRow } from "./presenter.js";
import { referralsOnCase } from "./queries.js";

export async function presentReferrals(db: Db, actor: Actor, view: CaseView, rows: readonly ExternalReferralRow[], context: PanelContext): Promise<ExternalReferralView[]> {
  const hasOutcome = rows.some((row) => row.outcome !== null || row.declineReason !== null);
  const key = hasOutcome ? await context.vault.loadSubjectKey(db, view.kase.clientId) : null;
  const names = await namesOf(db, rows.map((row) => row.recordedBy));
  return rows.map((row) =>
    presentExternalReferral(row, {
      caseReference: view.kase.reference,
      ...(key ? openReferralTexts(context.vault, key, row) : { outcome: null, declineReason: null }),
      recordedByName: names.get(row.recordedBy) ?? null,
      canUpdate: canUpdateReferral(actor, view),
    }),
  );
}

export async function listCaseReferrals(tx: Db, actor: Actor, caseId: string, context: PanelContext): Promise<z.infer<typeof caseExternalReferralListSchema>> {
  const view = await viewOfCase(tx, actor, caseId, context.now);
  const rows = await referralsOnCase(tx, view.kase.id);
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: view.isBreakGlass ? "external_referral.list_read_break_glass" : "external_referral.list_read",
    entityType: "case",
    entityId: view.kase.id,
    siteId: view.kase.siteId,
    clientId: view.kase.clientId,
    requestId: context.requestId,
    details: { referralIds: rows.map((row) => row.id) },
  });
  return { items: await presentReferrals(tx, actor, view, rows, context), abilities: { add: canAddReferral(actor, view) } };
}

/** Ids, codes and dates only: never the outcome's words. */
export async function auditReferral(tx: Db, actor: Actor, referral: ExternalReferralRow, view: CaseView, action: string, context: PanelContext, details: Record<string, unknown> = {}) {
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: `external_referral.${action}`,
    entityType: "external_referral",
    entityId: referral.id,
    siteId: referral.siteId,
    clientId: view.kase.clientId,
    requestId: context.requestId,
    details: { caseId: referral.caseId, status: referral.status, ...details },
  });
}
