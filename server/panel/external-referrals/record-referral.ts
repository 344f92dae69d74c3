/**
 * Recording external referrals on a case: a new one sent (today or earlier), and its replies: accepted,
 * declined with the reason given, closed with the outcome and the day the case came back. The core's
 * rules (transitionReferral) order the dates; no date may be in the future. The decline reason and
 * the outcome are each sealed under the client's key.
 */
import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { createExternalReferralBodySchema, ExternalReferralEventBody } from "../../../core/api/panel.js";
import { londonDay } from "../../../core/london-time.js";
import { transitionReferral } from "../../../core/panel/decisions.js";
import { authorize } from "../../authz/authorize.js";
import type { Db } from "../../db/client.js";
import { externalReferrals } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { AppError } from "../../http/errors.js";
import { viewOfCase, type CaseView } from "../../sessions/queries.js";
import type { PanelContext } from "../escalations/store.js";
import { panelFields } from "../fields.js";
import { canAddReferral, canUpdateReferral } from "./policy.js";
import { coreReferral, type ExternalReferralRow } from "./presenter.js";
import { findReferralFor } from "./queries.js";
import { auditReferral } from "./read-referrals.js";

const notInFuture = (day: string, today: string, path: string) => {
  if (day > today) throw new AppError("unprocessable", `The date (${day}) cannot be in the future.`, { fields: [{ path, message: `Cannot be after today (${today}).` }] });
};

export async function createReferral(tx: Db, actor: Actor, caseId: string, body: z.infer<typeof createExternalReferralBodySchema>, context: PanelContext): Promise<{ referral: ExternalReferralRow; view: CaseView }> {
  const view = await viewOfCase(tx, actor, caseId, context.now);
  authorize(canAddReferral(actor, view), "Only a caseworker or safeguarding lead working this open case can record a referral on it.");
  notInFuture(body.sentOn, londonDay(context.now), "body.sentOn");
  const [referral] = await tx
    .insert(externalReferrals)
    .values({
      organisationId: view.kase.organisationId,
      siteId: view.kase.siteId,
      caseId: view.kase.id,
      target: body.to.kind,
      targetName: body.to.kind === "other" ? body.to.name : null,
      sentOn: body.sentOn,
      status: "sent",
      recordedBy: actor.userId,
      createdAt: context.now,
      updatedAt: context.now,
    })
    .returning();
  await auditReferral(tx, actor, referral!, view, "created", context, { target: body.to.kind, sentOn: body.sentOn });
  return { referral: referral!, view };
}

export async function updateReferral(tx: Db, actor: Actor, referralId: string, body: ExternalReferralEventBody, context: PanelContext): Promise<{ referral: ExternalReferralRow; view: CaseView }> {
  const { referral, view } = await findReferralFor(tx, actor, referralId, context.now, { forUpdate: true });
  authorize(canUpdateReferral(actor, view), "Only a caseworker or safeguarding lead working this case can update its referrals.");
  if (body.version !== referral.version) throw new AppError("conflict", "The referral has changed since you opened it. Reload it to see the change, then try again.");
  const today = londonDay(context.now);
  notInFuture(body.on, today, "body.on");
  if (body.type === "close" && body.returnedToOrganisationOn) notInFuture(body.returnedToOrganisationOn, today, "body.returnedToOrganisationOn");
  const { version: _version, ...event } = body;
  const result = transitionReferral(coreReferral(referral), event);
  if (!result.ok) throw new AppError("transition_refused", result.reason);
  const key = await context.vault.loadSubjectKey(tx, view.kase.clientId);
  const [updated] = await tx
    .update(externalReferrals)
    .set({
      status: result.next.status.state,
      ...(body.type === "close" ? { closedOn: body.on, returnedToOrganisationOn: body.returnedToOrganisationOn ?? null } : { respondedOn: body.on }),
      ...(body.type === "decline" ? { declineReason: context.vault.encrypt(key, panelFields.referralDeclineReason, body.reason) } : {}),
      ...(body.type === "close" && body.outcome !== undefined ? { outcome: context.vault.encrypt(key, panelFields.referralOutcome, body.outcome) } : {}),
      updatedAt: context.now,
      version: referral.version + 1,
    })
    .where(eq(externalReferrals.id, referral.id))
    .returning();
  await auditReferral(tx, actor, updated!, view, body.type === "accept" ? "accepted" : body.type === "decline" ? "declined" : "closed", context, { on: body.on });
  return { referral: updated!, view };
}
