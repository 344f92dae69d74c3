/**
 * Records a referral, from staff or the public form. The referred person's details, the concern and
 * the referrer's contact details are encrypted under a data key of the referral's own; the rest is
 * plain so the triage queue can be listed and counted without decrypting anything.
 */
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { type z } from "zod";
import type { createReferralBodySchema } from "../../core/api/referrals.js";
import { restrictedDomains, type VulnerabilityDomain } from "../../core/referrals/vocabulary.js";
import { triageDueAt } from "../../core/referrals/triage-target.js";
import { recordAudit } from "../audit/record-audit.js";
import type { Db } from "../db/client.js";
import { organisations, referrals, sites } from "../db/schema.js";
import { AppError } from "../http/errors.js";
import { newReference } from "../references.js";
import { normaliseEmail, normalisePhone } from "../clients/identity-store.js";
import type { Vault } from "../vault/vault.js";
import { notifySiteManagers } from "../notifications/notify-site-managers.js";
import { emitWebhookEvent } from "../integrations/webhooks/emit-event.js";
import { activeSourceByCode } from "./sources.js";

export type ReferralRow = typeof referrals.$inferSelect;
export type ReferralInput = Omit<z.infer<typeof createReferralBodySchema>, "isReferrerConsentGiven"> & {
  isReferrerConsentGiven: boolean;
  channel: "staff" | "public_form";
};

/** The blind-index purpose for a referrer's contact, used to let them check the outcome. */
export const referrerContactPurpose = "referral.referrer_contact";

/** An email or a phone number, written either way, reduced to one comparable form. */
export const contactKey = (contact: string): string => (contact.includes("@") ? normaliseEmail(contact) : normalisePhone(contact));

export async function createReferral(
  tx: Db,
  context: { vault: Vault; now: Date; organisationId: string; actorUserId: string | null; requestId: string },
  input: ReferralInput,
): Promise<ReferralRow> {
  const [site] = await tx
    .select({ id: sites.id, holidays: organisations.holidays, targetDays: organisations.triageTargetWorkingDays })
    .from(sites)
    .innerJoin(organisations, eq(organisations.id, sites.organisationId))
    .where(and(eq(sites.id, input.siteId), eq(sites.organisationId, context.organisationId)))
    .limit(1);
  if (!site) throw new AppError("validation_failed", "Choose a site.", { fields: [{ path: "body.siteId", message: "No such site." }] });
  const source = await activeSourceByCode(tx, context.organisationId, input.sourceCode);
  if (input.sourceCode !== "self" && !input.referrer) {
    throw new AppError("validation_failed", "Tell us who is making the referral.", {
      fields: [{ path: "body.referrer", message: "Required when referring someone else." }],
    });
  }

  const id = randomUUID();
  const key = await context.vault.createSubjectKey(tx, { subjectId: id, organisationId: context.organisationId });
  const seal = (field: string, value: string | undefined | null) => (value ? context.vault.encrypt(key, field, value) : null);
  const contact = input.sourceCode === "self" ? (input.person.email ?? input.person.phone) : (input.referrer?.email ?? input.referrer?.phone);
  let reference = newReference("R");
  // 40 random bits: collisions are rare but not impossible across millions of referrals.
  while ((await tx.select({ id: referrals.id }).from(referrals).where(eq(referrals.reference, reference)).limit(1)).length > 0) {
    reference = newReference("R");
  }
  const isRestricted = source.isRestricted || input.reasons.some((reason: VulnerabilityDomain) => restrictedDomains.includes(reason));
  const [referral] = await tx
    .insert(referrals)
    .values({
      id,
      organisationId: context.organisationId,
      siteId: site.id,
      reference,
      channel: input.channel,
      sourceId: source.id,
      urgency: input.urgency,
      reasons: input.reasons,
      isRestricted,
      preferredLanguage: input.preferredLanguage,
      isInterpreterNeeded: input.isInterpreterNeeded,
      preferredWorkerGender: input.preferredWorkerGender,
      subjectGivenName: seal("subject_given_name", input.person.givenName),
      subjectFamilyName: seal("subject_family_name", input.person.familyName),
      subjectDateOfBirth: seal("subject_date_of_birth", input.person.dateOfBirth),
      subjectPhone: seal("subject_phone", input.person.phone),
      subjectEmail: seal("subject_email", input.person.email),
      subjectPostcode: seal("subject_postcode", input.person.postcode),
      concern: seal("concern", input.concern),
      referrerName: seal("referrer_name", input.referrer?.name),
      referrerPhone: seal("referrer_phone", input.referrer?.phone),
      referrerEmail: seal("referrer_email", input.referrer?.email),
      referrerOrganisation: input.referrer?.organisation ?? null,
      referrerRelationship: input.referrer?.relationship ?? null,
      referrerContactIndex: contact ? context.vault.blindIndex(referrerContactPurpose, contactKey(contact)) : null,
      isReferrerConsentGiven: input.isReferrerConsentGiven,
      isSubjectAware: input.sourceCode === "self" ? true : (input.isPersonAware ?? null),
      receivedAt: context.now,
      triageDueAt: triageDueAt(context.now, site.targetDays, new Set(site.holidays)),
      createdBy: context.actorUserId,
    })
    .returning();
  if (!referral) throw new Error("insert returned no referral");
  await recordAudit(tx, {
    organisationId: context.organisationId,
    actorUserId: context.actorUserId,
    action: "referral.received",
    entityType: "referral",
    entityId: referral.id,
    siteId: site.id,
    requestId: context.requestId,
    details: { channel: input.channel, source: source.code, urgency: input.urgency, isRestricted },
  });
  // Partners' systems hear of it in this transaction (ids only); a restricted referral never leaves.
  if (!isRestricted) {
    await emitWebhookEvent(tx, { type: "referral.received", organisationId: context.organisationId, siteId: site.id, data: { referralId: referral.id, referralReference: reference } }, context.now);
  }
  // A restricted referral is for the safeguarding lead alone: telling managers who cannot open it
  // would only say that one exists.
  if (isRestricted) {
    await notifySiteManagers(tx, { organisationId: context.organisationId, siteId: site.id, kind: "restricted_referral", entityType: "referral", entityId: referral.id, reference, roles: ["safeguarding_lead"] });
  } else if (input.urgency === "urgent") {
    await notifySiteManagers(tx, { organisationId: context.organisationId, siteId: site.id, kind: "urgent_referral", entityType: "referral", entityId: referral.id, reference });
  }
  return referral;
}
