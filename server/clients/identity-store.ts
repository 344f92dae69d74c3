/**
 * Writes and reads a client's identity through the vault, and keeps their blind indexes in step:
 * keyed hashes of name match keys (exact and phonetic), date of birth combinations, phone, email and
 * NHS number. Index purposes include the organisation, so one organisation's index values are
 * useless against another's.
 */
import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { identitySchema } from "../../core/api/clients.js";
import { nameMatchKeys } from "../../core/identity/match-keys.js";
import type { Db } from "../db/client.js";
import { clientIdentities, clientIndexes } from "../db/schema.js";
import type { SubjectKey } from "../vault/subject-key.js";
import type { Vault } from "../vault/vault.js";

export type Identity = z.infer<typeof identitySchema>;

const fields = ["givenName", "familyName", "otherNames", "dateOfBirth", "address", "postcode", "phone", "email", "nhsNumber"] as const;

/** UK numbers written with +44 or 0 are the same number. */
export const normalisePhone = (phone: string): string => phone.replace(/[^\d+]/g, "").replace(/^\+44/, "0").replace(/^0044/, "0");
export const normaliseEmail = (email: string): string => email.trim().toLowerCase();
export const normaliseNhsNumber = (nhs: string): string => nhs.replace(/\D/g, "");

/** The plain match keys of an identity, before keyed hashing. */
export function identityMatchKeys(identity: Partial<Identity> & { givenName: string }): { kind: string; value: string }[] {
  const keys: { kind: string; value: string }[] = nameMatchKeys({
    givenName: identity.givenName,
    familyName: identity.familyName ?? "",
    otherNames: identity.otherNames ?? [],
    ...(identity.dateOfBirth ? { dateOfBirth: identity.dateOfBirth } : {}),
  });
  if (identity.phone) keys.push({ kind: "phone", value: normalisePhone(identity.phone) });
  if (identity.email) keys.push({ kind: "email", value: normaliseEmail(identity.email) });
  if (identity.nhsNumber) keys.push({ kind: "nhs_number", value: normaliseNhsNumber(identity.nhsNumber) });
  return keys;
}

export const indexPurpose = (organisationId: string, kind: string): string => `client.${kind}:${organisationId}`;

/** The keyed index rows for an identity, as stored and as searched. */
export function blindIndexesOf(vault: Vault, organisationId: string, identity: Partial<Identity> & { givenName: string }) {
  return identityMatchKeys(identity).map((key) => ({ kind: key.kind, value: vault.blindIndex(indexPurpose(organisationId, key.kind), key.value) }));
}

/** A client's identity fields, each encrypted under their key, as the identity row stores them. */
export function sealIdentity(vault: Vault, key: SubjectKey, identity: Identity): Record<(typeof fields)[number], Uint8Array | null> {
  return Object.fromEntries(
    fields.map((field) => {
      const value = identity[field];
      const text = Array.isArray(value) ? (value.length > 0 ? JSON.stringify(value) : null) : value;
      return [field, text ? vault.encrypt(key, `identity.${field}`, text) : null];
    }),
  ) as Record<(typeof fields)[number], Uint8Array | null>;
}

/** The distinct blind-index rows of identities (their own first), as `client_indexes` stores them. */
export function indexRowsOf(vault: Vault, client: { id: string; organisationId: string }, identities: readonly Identity[]) {
  const rows = identities.flatMap((identity) => blindIndexesOf(vault, client.organisationId, identity));
  const unique = [...new Map(rows.map((row) => [`${row.kind}:${row.value}`, row])).values()];
  return unique.map((row) => ({ ...row, organisationId: client.organisationId, clientId: client.id }));
}

/**
 * Encrypts and stores a client's identity and rebuilds their blind indexes. `alsoIndexed` are the
 * identities of records merged into this one, which stay findable through it.
 */
export async function writeIdentity(
  tx: Db,
  vault: Vault,
  client: { id: string; organisationId: string },
  key: SubjectKey,
  identity: Identity,
  now: Date,
  alsoIndexed: readonly Identity[] = [],
): Promise<void> {
  const sealed = sealIdentity(vault, key, identity);
  await tx
    .insert(clientIdentities)
    .values({ clientId: client.id, ...sealed, updatedAt: now })
    .onConflictDoUpdate({ target: clientIdentities.clientId, set: { ...sealed, updatedAt: now } });
  await replaceIndexes(tx, vault, client, [identity, ...alsoIndexed]);
}

/** Replaces a client's blind-index rows with those of the given identities (their own first). */
export async function replaceIndexes(tx: Db, vault: Vault, client: { id: string; organisationId: string }, identities: readonly Identity[]): Promise<void> {
  await tx.delete(clientIndexes).where(eq(clientIndexes.clientId, client.id));
  const rows = indexRowsOf(vault, client, identities);
  if (rows.length > 0) await tx.insert(clientIndexes).values(rows);
}

/**
 * A client's identity, every field empty when they have none: erasure removes the identity row with
 * the key, so pages listing several people (an agenda, minutes, actions) show an erased client's
 * reference without a name instead of failing.
 */
export async function readIdentity(db: Db, vault: Vault, clientId: string): Promise<Identity> {
  const [row] = await db.select().from(clientIdentities).where(eq(clientIdentities.clientId, clientId)).limit(1);
  const key = row ? await vault.loadSubjectKey(db, clientId) : null;
  const open = (field: (typeof fields)[number]) => {
    const value = row?.[field];
    return value && key ? vault.decrypt(key, `identity.${field}`, value) : null;
  };
  return {
    givenName: open("givenName") ?? "",
    familyName: open("familyName"),
    otherNames: JSON.parse(open("otherNames") ?? "[]") as string[],
    dateOfBirth: open("dateOfBirth"),
    address: open("address"),
    postcode: open("postcode"),
    phone: open("phone"),
    email: open("email"),
    nhsNumber: open("nhsNumber"),
  };
}

/** Only the date of birth, for the age band a profile shows; the rest of the identity stays sealed. */
export async function readDateOfBirth(db: Db, vault: Vault, clientId: string): Promise<string | null> {
  const [row] = await db.select({ dateOfBirth: clientIdentities.dateOfBirth }).from(clientIdentities).where(eq(clientIdentities.clientId, clientId)).limit(1);
  if (!row?.dateOfBirth) return null;
  return vault.decrypt(await vault.loadSubjectKey(db, clientId), "identity.dateOfBirth", row.dateOfBirth);
}
