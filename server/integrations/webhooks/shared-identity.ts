/**
 * The identity a webhook may carry: none, unless the endpoint names a partner whose
 * information-sharing agreement is in force today (core/outreach/partners.ts, the same rule the
 * partner directory shows) and the administrator chose fields to send. Then only those fields of
 * the minimal set are decrypted, at sending time, for this one delivery, and the disclosure is
 * audited in the same transaction. Never stored in the delivery log. Restricted records never
 * leave with identity, and an erased person has none to send.
 */
import { and, eq } from "drizzle-orm";
import type { IdentityField } from "../../../core/integrations/webhook-events.js";
import { londonDay } from "../../../core/london-time.js";
import { hasSharingAgreement } from "../../../core/outreach/partners.js";
import { recordAudit } from "../../audit/record-audit.js";
import { readIdentity } from "../../clients/identity-store.js";
import { keyUnlessErased } from "../../data-protection/key-unless-erased.js";
import type { Db } from "../../db/client.js";
import { cases, outreachPartners, referrals } from "../../db/schema.js";
import type { Vault } from "../../vault/vault.js";

export type SharedIdentity = Partial<Record<IdentityField, string | null>>;

interface EndpointFacts {
  id: string;
  organisationId: string;
  partnerId: string | null;
  identityFields: readonly string[];
}

/** Whether the endpoint's partner may be sent identity today. */
export async function isSharingAllowed(db: Db, organisationId: string, partnerId: string | null, now: Date): Promise<boolean> {
  if (partnerId === null) return false;
  const [partner] = await db
    .select({ agreements: outreachPartners.agreements })
    .from(outreachPartners)
    .where(and(eq(outreachPartners.id, partnerId), eq(outreachPartners.organisationId, organisationId)))
    .limit(1);
  return partner !== undefined && hasSharingAgreement(partner.agreements, londonDay(now));
}

/** The chosen identity fields for this delivery's person, or null when none may be sent. */
export async function sharedIdentity(tx: Db, vault: Vault, endpoint: EndpointFacts, payload: { id: string; type: string; data: Record<string, unknown> }, now: Date): Promise<SharedIdentity | null> {
  const fields = endpoint.identityFields as IdentityField[];
  if (fields.length === 0 || !(await isSharingAllowed(tx, endpoint.organisationId, endpoint.partnerId, now))) return null;
  const person = await personOf(tx, vault, payload.data);
  if (!person) return null;
  await recordAudit(tx, {
    organisationId: endpoint.organisationId,
    actorUserId: null,
    action: "webhook.identity_shared",
    entityType: person.entityType,
    entityId: person.entityId,
    clientId: person.clientId,
    siteId: person.siteId,
    at: now,
    details: { webhookId: endpoint.id, partnerId: endpoint.partnerId, eventId: payload.id, eventType: payload.type, fields },
  });
  return Object.fromEntries(fields.map((field) => [field, person.identity[field]]));
}

interface Person {
  identity: Record<IdentityField, string | null>;
  entityType: "referral" | "case";
  entityId: string;
  clientId: string | null;
  siteId: string;
}

/** The person an event is about: the referral's subject, or the case's client. */
async function personOf(tx: Db, vault: Vault, data: Record<string, unknown>): Promise<Person | null> {
  if (typeof data.caseId === "string") {
    const [kase] = await tx.select({ clientId: cases.clientId, siteId: cases.siteId, isRestricted: cases.isRestricted }).from(cases).where(eq(cases.id, data.caseId)).limit(1);
    if (!kase || kase.isRestricted || !(await keyUnlessErased(tx, vault, kase.clientId))) return null;
    const identity = await readIdentity(tx, vault, kase.clientId);
    return { identity: { givenName: identity.givenName, familyName: identity.familyName, dateOfBirth: identity.dateOfBirth }, entityType: "case", entityId: data.caseId, clientId: kase.clientId, siteId: kase.siteId };
  }
  if (typeof data.referralId !== "string") return null;
  const [referral] = await tx.select().from(referrals).where(eq(referrals.id, data.referralId)).limit(1);
  if (!referral || referral.isRestricted) return null;
  const key = await keyUnlessErased(tx, vault, referral.id);
  if (!key) return null;
  const open = (field: string, value: Uint8Array | null) => (value ? vault.decrypt(key, field, value) : null);
  return {
    identity: { givenName: open("subject_given_name", referral.subjectGivenName), familyName: open("subject_family_name", referral.subjectFamilyName), dateOfBirth: open("subject_date_of_birth", referral.subjectDateOfBirth) },
    entityType: "referral",
    entityId: referral.id,
    clientId: referral.clientId,
    siteId: referral.siteId,
  };
}
