/**
 * Storing where a referral came from: with the referral when it is recorded, and set, changed or
 * removed later by those who triage it. Each change is audited (ids only) in the same transaction.
 */
import { and, eq } from "drizzle-orm";
import { recordAudit } from "../../audit/record-audit.js";
import type { Db } from "../../db/client.js";
import { referralAttributions } from "../../db/schema.js";
import type { CheckedAttribution } from "./check-attribution.js";

export interface AttributionContext {
  organisationId: string;
  actorUserId: string | null;
  requestId: string;
  now: Date;
}

interface ReferralRef {
  id: string;
  siteId: string;
  clientId: string | null;
}

const audit = (tx: Db, context: AttributionContext, referral: ReferralRef, action: string, details: Record<string, unknown>) =>
  recordAudit(tx, {
    organisationId: context.organisationId,
    actorUserId: context.actorUserId,
    action,
    entityType: "referral",
    entityId: referral.id,
    siteId: referral.siteId,
    clientId: referral.clientId,
    requestId: context.requestId,
    details,
  });

/** With a new referral, in its transaction. */
export async function recordAttribution(tx: Db, context: AttributionContext, referral: ReferralRef, checked: CheckedAttribution): Promise<void> {
  await tx.insert(referralAttributions).values({ referralId: referral.id, organisationId: context.organisationId, ...checked, createdAt: context.now });
  await audit(tx, context, referral, "referral.attributed", { ...checked });
}

/** Sets (or, given null, removes) a referral's attribution; audited with what it was before. */
export async function setAttribution(tx: Db, context: AttributionContext, referral: ReferralRef, checked: CheckedAttribution | null): Promise<void> {
  const [before] = await tx
    .select({ partnerId: referralAttributions.partnerId, outreachSessionId: referralAttributions.outreachSessionId })
    .from(referralAttributions)
    .where(and(eq(referralAttributions.referralId, referral.id), eq(referralAttributions.organisationId, context.organisationId)))
    .for("update");
  if (checked === null) {
    if (!before) return;
    await tx.delete(referralAttributions).where(and(eq(referralAttributions.referralId, referral.id), eq(referralAttributions.organisationId, context.organisationId)));
    await audit(tx, context, referral, "referral.attribution_removed", { before });
    return;
  }
  if (before && before.partnerId === checked.partnerId && before.outreachSessionId === checked.outreachSessionId) return;
  await tx
    .insert(referralAttributions)
    .values({ referralId: referral.id, organisationId: context.organisationId, ...checked, createdAt: context.now })
    .onConflictDoUpdate({ target: referralAttributions.referralId, set: { ...checked } });
  await audit(tx, context, referral, before ? "referral.attribution_changed" : "referral.attributed", { ...checked, ...(before ? { before } : {}) });
}
