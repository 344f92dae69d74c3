/**
 * The data protection officer runs the retention review for their organisation now, rather than
 * waiting for the next daily run: after changing a rule, or placing or lifting a hold. The same
 * review, audited as the officer's.
 */
import { recordAudit } from "../../audit/record-audit.js";
import { authorize } from "../../authz/authorize.js";
import type { Db } from "../../db/client.js";
import type { Actor } from "../../http/context.js";
import type { Vault } from "../../vault/vault.js";
import { canReviewRetention } from "./policy.js";
import { reviewOrganisation } from "./review-retention.js";

export async function reviewNow(tx: Db, actor: Actor, vault: Vault, context: { now: Date; requestId: string }): Promise<void> {
  authorize(canReviewRetention(actor), "Only the data protection officer reviews records past retention.");
  const counts = await reviewOrganisation(tx, vault, actor.organisationId, context.now);
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "retention.reviewed",
    entityType: "organisation",
    entityId: actor.organisationId,
    requestId: context.requestId,
    at: context.now,
    details: counts,
  });
}
