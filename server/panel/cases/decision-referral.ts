/**
 * The external referral a panel decision makes (to Channel, the safeguarding hub, the police, or
 * another service), written with the decision so it is tracked from the day it was sent. Its later
 * replies and outcome are recorded by staff through external-referrals/.
 */
import type { ReferralInput } from "../../../core/panel/decisions.js";
import { recordAudit } from "../../audit/record-audit.js";
import type { Db } from "../../db/client.js";
import { externalReferrals } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";

export async function insertDecisionReferral(
  tx: Db,
  actor: Actor,
  decision: { id: string; siteId: string; caseId: string; clientId: string },
  referral: ReferralInput,
  context: { now: Date; requestId: string },
): Promise<string> {
  const [row] = await tx
    .insert(externalReferrals)
    .values({
      organisationId: actor.organisationId,
      siteId: decision.siteId,
      caseId: decision.caseId,
      decisionId: decision.id,
      target: referral.to.kind,
      targetName: referral.to.kind === "other" ? referral.to.name : null,
      sentOn: referral.sentOn,
      status: "sent",
      recordedBy: actor.userId,
      createdAt: context.now,
      updatedAt: context.now,
    })
    .returning({ id: externalReferrals.id });
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "external_referral.created",
    entityType: "external_referral",
    entityId: row!.id,
    siteId: decision.siteId,
    clientId: decision.clientId,
    requestId: context.requestId,
    details: { caseId: decision.caseId, decisionId: decision.id, target: referral.to.kind, sentOn: referral.sentOn },
  });
  return row!.id;
}
