/**
 * The given name, family name and date of birth of each client, decrypted from the vault for one
 * purpose only: building the export's attributor (initials, date of birth). They go no further
 * than the attributor; the caller audits the export with each client's id.
 */
import { inArray } from "drizzle-orm";
import type { AttributorInput } from "../../../core/reporting/ndtms.js";
import type { Db } from "../../db/client.js";
import { clientIdentities } from "../../db/schema.js";
import type { Vault } from "../../vault/vault.js";

export type AttributorIdentity = Omit<AttributorInput, "sex">;

export async function attributorIdentities(db: Db, vault: Vault, clientIds: readonly string[]): Promise<Map<string, AttributorIdentity>> {
  const identities = new Map<string, AttributorIdentity>();
  if (clientIds.length === 0) return identities;
  const rows = await db
    .select({ clientId: clientIdentities.clientId, givenName: clientIdentities.givenName, familyName: clientIdentities.familyName, dateOfBirth: clientIdentities.dateOfBirth })
    .from(clientIdentities)
    .where(inArray(clientIdentities.clientId, [...clientIds]));
  for (const row of rows) {
    const key = await vault.loadSubjectKey(db, row.clientId);
    const open = (field: "givenName" | "familyName" | "dateOfBirth", value: Uint8Array | null) => (value ? vault.decrypt(key, `identity.${field}`, value) : null);
    identities.set(row.clientId, { givenName: open("givenName", row.givenName), familyName: open("familyName", row.familyName), dateOfBirth: open("dateOfBirth", row.dateOfBirth) });
  }
  return identities;
}
