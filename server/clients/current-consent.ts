/**
 * A client's consents as they stand now. Consent is recorded as a history (a new row per change);
 * the current consent for a purpose, and for sharing with a partner, is the latest row. Every
 * feature that relies on consent (reporting, case studies, sharing) asks `hasCurrentConsent` at the
 * moment it acts, never a copy, so a withdrawal takes effect everywhere at once.
 */
import { and, asc, desc, eq, sql, type SQL } from "drizzle-orm";
import type { consentPurposes } from "../../core/api/clients.js";
import type { Db } from "../db/client.js";
import { consents } from "../db/schema.js";

export type ConsentRow = typeof consents.$inferSelect;
export type ConsentPurpose = (typeof consentPurposes)[number];

/** Partners are organisations named in free text: compare them trimmed and case-insensitively. */
const partnerKey = sql`lower(trim(coalesce(${consents.partner}, '')))`;
// A withdrawal recorded at the same instant as a consent wins: when in doubt, there is no consent.
const newestFirst = [desc(consents.recordedAt), sql`(${consents.status} = 'withdrawn') desc`];

/**
 * Whether the client's latest consent for `purpose` (and, for sharing, for that `partner`) is
 * given. Sharing needs a partner: there is no blanket consent to share with anyone.
 */
export async function hasCurrentConsent(db: Db, clientId: string, purpose: ConsentPurpose, partner?: string): Promise<boolean> {
  if (purpose === "share_with_partner" && !partner?.trim()) return false;
  const samePartner: SQL = sql`${partnerKey} = ${(partner ?? "").trim().toLowerCase()}`;
  const [latest] = await db
    .select({ status: consents.status })
    .from(consents)
    .where(and(eq(consents.clientId, clientId), eq(consents.purpose, purpose), samePartner))
    .orderBy(...newestFirst)
    .limit(1);
  return latest?.status === "given";
}

/** The latest consent row per purpose and partner: what the client has agreed to now. */
export async function currentConsents(db: Db, clientId: string): Promise<ConsentRow[]> {
  return db
    .selectDistinctOn([consents.purpose, partnerKey])
    .from(consents)
    .where(eq(consents.clientId, clientId))
    .orderBy(asc(consents.purpose), partnerKey, ...newestFirst)
    .limit(100);
}

/** Every consent change, newest first (bounded: a client has a handful per year). */
export async function consentHistory(db: Db, clientId: string): Promise<ConsentRow[]> {
  return db.select().from(consents).where(eq(consents.clientId, clientId)).orderBy(...newestFirst).limit(500);
}

/** The latest recorded instant for this purpose and partner, so a new row is always strictly later. */
export async function latestConsentAt(db: Db, clientId: string, purpose: ConsentPurpose, partner: string | null): Promise<Date | null> {
  const [latest] = await db
    .select({ at: consents.recordedAt })
    .from(consents)
    .where(and(eq(consents.clientId, clientId), eq(consents.purpose, purpose), sql`${partnerKey} = ${(partner ?? "").trim().toLowerCase()}`))
    .orderBy(desc(consents.recordedAt))
    .limit(1);
  return latest?.at ?? null;
}
