/**
 * Records the panel's decision on one agenda case: by an attending member within their window
 * (staff or outside agency) or the site's safeguarding lead. The decision is checked for the
 * meeting's day (no action due before it), each action goes to someone on the owner list, the
 * discussion summary and each action's wording are sealed under the client's key, the escalation
 * moves to discussed through the core's rules, and a referring decision's referral is recorded.
 * One decision per escalation: a second is refused as a conflict.
 */
import { eq } from "drizzle-orm";
import type { DecisionView } from "../../../core/api/panel.js";
import { londonDay } from "../../../core/london-time.js";
import { decisionSchemaForMeeting } from "../../../core/panel/decisions.js";
import { recordAudit } from "../../audit/record-audit.js";
import { readIdentity } from "../../clients/identity-store.js";
import type { Db } from "../../db/client.js";
import { cases, panelActions, panelDecisions, panelEscalations } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { AppError, type FieldError } from "../../http/errors.js";
import { recordDecisionOnEscalation } from "../escalations/record-decision.js";
import { emitWebhookEvent } from "../../integrations/webhooks/emit-event.js";
import { panelFields } from "../fields.js";
import { insertDecisionReferral } from "./decision-referral.js";
import { ownerOptions, panelDecisionView } from "./panel-decision.js";
import { allowedPanelCase, type PanelCaseContext } from "./read-panel-case.js";

const unprocessable = (fields: FieldError[]) => new AppError("unprocessable", "Some parts of the decision need changing.", { fields });

/** Records the decision; answers it as the panel reads it. */
export async function recordPanelDecision(tx: Db, actor: Actor, meetingId: string, caseId: string, body: unknown, context: PanelCaseContext): Promise<DecisionView> {
  const { loaded, escalation: seen } = await allowedPanelCase(tx, actor, meetingId, caseId, context.now);
  const [escalation] = await tx.select().from(panelEscalations).where(eq(panelEscalations.id, seen.id)).for("update");
  if (!escalation || escalation.state !== "accepted") throw new AppError("conflict", "A decision has already been recorded for this case.");
  const parsed = decisionSchemaForMeeting(londonDay(loaded.row.startsAt)).safeParse(body);
  if (!parsed.success) throw unprocessable(parsed.error.issues.map((issue) => ({ path: ["body", ...issue.path].join("."), message: issue.message })));
  const decision = parsed.data;
  const owners = new Set((await ownerOptions(tx, loaded)).map((option) => option.userId));
  const badOwners = decision.actions.flatMap((action, index) => (owners.has(action.ownerId) ? [] : [{ path: `body.actions.${index}.ownerId`, message: "Give the action to someone attending or to the site's staff." }]));
  if (badOwners.length > 0) throw unprocessable(badOwners);

  const [kase] = await tx.select({ clientId: cases.clientId, reference: cases.reference, isRestricted: cases.isRestricted }).from(cases).where(eq(cases.id, caseId));
  const clientId = kase!.clientId;
  const key = await context.vault.loadSubjectKey(tx, clientId);
  const seal = (field: string, text: string) => context.vault.encrypt(key, field, text);
  const [row] = await tx
    .insert(panelDecisions)
    .values({
      organisationId: actor.organisationId,
      siteId: escalation.siteId,
      escalationId: escalation.id,
      meetingId,
      caseId,
      kind: decision.kind,
      discussionSummary: seal(panelFields.discussionSummary, decision.discussionSummary),
      recordedBy: actor.userId,
      decidedAt: context.now,
    })
    .returning({ id: panelDecisions.id });
  const decisionId = row!.id;
  if (decision.actions.length > 0) {
    await tx.insert(panelActions).values(
      decision.actions.map((action) => ({
        organisationId: actor.organisationId,
        siteId: escalation.siteId,
        decisionId,
        caseId,
        description: seal(panelFields.actionDescription, action.description),
        ownerUserId: action.ownerId,
        dueOn: action.dueOn,
        status: "open",
        updatedAt: context.now,
      })),
    );
  }
  await recordDecisionOnEscalation(tx, actor, escalation, { id: decisionId, meetingId, clientId }, context);
  const referralId = decision.referral ? await insertDecisionReferral(tx, actor, { id: decisionId, siteId: escalation.siteId, caseId, clientId }, decision.referral, context) : null;
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "panel.decision_recorded",
    entityType: "panel_decision",
    entityId: decisionId,
    siteId: escalation.siteId,
    clientId,
    requestId: context.requestId,
    details: { caseId, meetingId, escalationId: escalation.id, kind: decision.kind, actionCount: decision.actions.length, referralId },
  });
  // Partners' systems hear of the decision in this transaction (ids only); a restricted case never leaves.
  if (!kase!.isRestricted) {
    await emitWebhookEvent(tx, { type: "panel.decision_recorded", organisationId: actor.organisationId, siteId: escalation.siteId, data: { decisionId, caseId, caseReference: kase!.reference, meetingId, escalationId: escalation.id } }, context.now);
  }
  const reader = { actor, vault: context.vault, key, identity: await readIdentity(tx, context.vault, clientId), caseReference: kase!.reference, today: londonDay(context.now) };
  return (await panelDecisionView(tx, escalation, reader))!;
}
