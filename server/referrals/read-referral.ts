/**
 * Opening a referral (its concern and decision) and revealing who it is about. Both decrypt under
 * the referral's key and are written to the audit log in the same transaction as the read. Once the
 * person is erased the referral's key is gone: it opens without its texts, and revealing answers 410.
 */
import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { referralIdentitySchema } from "../../core/api/referrals.js";
import { recordAudit } from "../audit/record-audit.js";
import { keyUnlessErased } from "../data-protection/key-unless-erased.js";
import type { Db } from "../db/client.js";
import { cases, users } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { readAttribution } from "../outreach/attribution/read-attribution.js";
import type { Vault } from "../vault/vault.js";
import { presentReferralDetail } from "./presenter.js";
import { findReferralFor } from "./queries.js";

interface Context {
  vault: Vault;
  now: Date;
  requestId: string;
}

export async function readReferral(tx: Db, actor: Actor, referralId: string, context: Context) {
  const row = await findReferralFor(tx, actor, referralId);
  // The referral of an erased client still opens, its reference, dates and decision kept; what it said went with its key.
  const key = await keyUnlessErased(tx, context.vault, row.referral.id);
  const open = (field: string, value: Uint8Array | null) => (value && key ? context.vault.decrypt(key, field, value) : null);
  const [decider] = row.referral.decidedBy
    ? await tx.select({ name: users.displayName }).from(users).where(eq(users.id, row.referral.decidedBy)).limit(1)
    : [];
  const [kase] = await tx.select({ id: cases.id }).from(cases).where(eq(cases.referralId, row.referral.id)).limit(1);
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "referral.read",
    entityType: "referral",
    entityId: row.referral.id,
    siteId: row.referral.siteId,
    clientId: row.referral.clientId,
    requestId: context.requestId,
  });
  return presentReferralDetail(row, actor, {
    now: context.now,
    concern: open("concern", row.referral.concern) ?? "",
    decisionReason: open("decision_reason", row.referral.decisionReason),
    decidedByName: decider?.name ?? null,
    caseId: kase?.id ?? null,
    attribution: await readAttribution(tx, actor.organisationId, row.referral.id),
  });
}

export async function revealReferralIdentity(
  tx: Db,
  actor: Actor,
  referralId: string,
  context: Context,
): Promise<z.infer<typeof referralIdentitySchema>> {
  const { referral } = await findReferralFor(tx, actor, referralId);
  const key = await context.vault.loadSubjectKey(tx, referral.id);
  const open = (field: string, value: Uint8Array | null) => (value ? context.vault.decrypt(key, field, value) : null);
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "referral.identity_revealed",
    entityType: "referral",
    entityId: referral.id,
    siteId: referral.siteId,
    clientId: referral.clientId,
    requestId: context.requestId,
  });
  return {
    person: {
      givenName: open("subject_given_name", referral.subjectGivenName) ?? "",
      familyName: open("subject_family_name", referral.subjectFamilyName),
      dateOfBirth: open("subject_date_of_birth", referral.subjectDateOfBirth),
      phone: open("subject_phone", referral.subjectPhone),
      email: open("subject_email", referral.subjectEmail),
      postcode: open("subject_postcode", referral.subjectPostcode),
    },
    referrer: {
      name: open("referrer_name", referral.referrerName),
      phone: open("referrer_phone", referral.referrerPhone),
      email: open("referrer_email", referral.referrerEmail),
    },
  };
}
