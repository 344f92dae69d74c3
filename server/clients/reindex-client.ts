/**
 * A client's blind indexes cover their own identity and those of every record merged into them
 * (directly or through an earlier merge), so a search for either name finds the one live record.
 */
import { and, inArray, isNull } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { clients } from "../db/schema.js";
import type { Vault } from "../vault/vault.js";
import { readIdentity, replaceIndexes, type Identity } from "./identity-store.js";

/** Merge chains are short in practice; the bound stops a corrupted cycle from looping. */
const maxMergeDepth = 20;

/** Ids of the records merged into this client, directly or transitively. */
export async function absorbedClientIds(db: Db, clientId: string): Promise<string[]> {
  const found: string[] = [];
  let frontier = [clientId];
  for (let depth = 0; depth < maxMergeDepth && frontier.length > 0; depth++) {
    const rows = await db.select({ id: clients.id }).from(clients).where(inArray(clients.mergedIntoId, frontier));
    frontier = rows.map((row) => row.id).filter((id) => id !== clientId && !found.includes(id));
    found.push(...frontier);
  }
  return found;
}

/** The identities of the records merged into this client, to index alongside its own (erased ones have none). */
export async function absorbedIdentities(db: Db, vault: Vault, clientId: string): Promise<Identity[]> {
  const ids = await absorbedClientIds(db, clientId);
  if (ids.length === 0) return [];
  const readable = await db.select({ id: clients.id }).from(clients).where(and(inArray(clients.id, ids), isNull(clients.erasedAt)));
  const identities: Identity[] = [];
  for (const { id } of readable) identities.push(await readIdentity(db, vault, id));
  return identities;
}

/** Rebuilds a client's blind indexes from the stored identities (after a merge is reversed). */
export async function reindexClient(tx: Db, vault: Vault, client: { id: string; organisationId: string }): Promise<void> {
  await replaceIndexes(tx, vault, client, [await readIdentity(tx, vault, client.id), ...(await absorbedIdentities(tx, vault, client.id))]);
}
