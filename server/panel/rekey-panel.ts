/**
 * Panel records belong to a case and move with it when two client records are merged (or the merge
 * is undone): every panel text sealed under the client's key (an escalation's reason, risk summary
 * and state reason, chosen excerpts, discussion summaries, action wording, referral outcomes) is
 * re-encrypted under the receiving client's key, since readers decrypt with the key of the client
 * the case now belongs to.
 */
import { eq, inArray } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { externalReferrals, panelActions, panelDecisions, panelEscalations, panelExcerpts } from "../db/schema.js";
import { panelFields } from "./fields.js";

type Reseal = (field: string, value: Uint8Array) => Uint8Array;

export async function rekeyPanelTexts(tx: Db, caseIds: readonly string[], reseal: Reseal): Promise<void> {
  if (caseIds.length === 0) return;
  const ids = [...caseIds];
  const optional = (field: string, value: Uint8Array | null) => (value ? reseal(field, value) : null);

  const escalations = await tx.select().from(panelEscalations).where(inArray(panelEscalations.caseId, ids));
  for (const row of escalations) {
    await tx
      .update(panelEscalations)
      .set({
        reason: reseal(panelFields.escalationReason, row.reason),
        riskSummary: reseal(panelFields.escalationRiskSummary, row.riskSummary),
        stateReason: optional(panelFields.escalationStateReason, row.stateReason),
      })
      .where(eq(panelEscalations.id, row.id));
  }
  const excerpts = await tx.select({ id: panelExcerpts.id, text: panelExcerpts.text }).from(panelExcerpts).where(inArray(panelExcerpts.caseId, ids));
  for (const row of excerpts) await tx.update(panelExcerpts).set({ text: reseal(panelFields.excerpt, row.text) }).where(eq(panelExcerpts.id, row.id));

  const decisions = await tx.select({ id: panelDecisions.id, summary: panelDecisions.discussionSummary }).from(panelDecisions).where(inArray(panelDecisions.caseId, ids));
  for (const row of decisions) await tx.update(panelDecisions).set({ discussionSummary: reseal(panelFields.discussionSummary, row.summary) }).where(eq(panelDecisions.id, row.id));

  const actions = await tx.select({ id: panelActions.id, description: panelActions.description, cancelReason: panelActions.cancelReason }).from(panelActions).where(inArray(panelActions.caseId, ids));
  for (const row of actions) {
    await tx
      .update(panelActions)
      .set({ description: reseal(panelFields.actionDescription, row.description), ...(row.cancelReason ? { cancelReason: reseal(panelFields.actionCancelReason, row.cancelReason) } : {}) })
      .where(eq(panelActions.id, row.id));
  }

  const referrals = await tx
    .select({ id: externalReferrals.id, outcome: externalReferrals.outcome, declineReason: externalReferrals.declineReason })
    .from(externalReferrals)
    .where(inArray(externalReferrals.caseId, ids));
  for (const row of referrals) {
    if (row.outcome) await tx.update(externalReferrals).set({ outcome: reseal(panelFields.referralOutcome, row.outcome) }).where(eq(externalReferrals.id, row.id));
    if (row.declineReason) await tx.update(externalReferrals).set({ declineReason: reseal(panelFields.referralDeclineReason, row.declineReason) }).where(eq(externalReferrals.id, row.id));
  }
}
