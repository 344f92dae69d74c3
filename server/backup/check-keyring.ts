/**
 * Whether the keyring present can open the restored data. Subject keys are wrapped by master keys
 * that live in the keyring file, not the database, so a backup restored beside the wrong keyring
 * (or none) would come back whole but every name in it unreadable. Every wrapped key is unwrapped
 * here, inside the restore's transaction, and the restore is refused if any fails. The keyring's
 * blind-index key is checked too: with another one, the records would read but no search or
 * duplicate check would ever find them.
 */
import { and, asc, gt, inArray, isNotNull } from "drizzle-orm";
import { blindIndexesOf, readIdentity } from "../clients/identity-store.js";
import type { Db } from "../db/client.js";
import { clientIndexes, clients, subjectKeys } from "../db/schema.js";
import type { Keyring } from "../vault/keyring.js";
import { unwrapDataKey } from "../vault/subject-key.js";
import { createVault } from "../vault/vault.js";
import { BackupError } from "./backup-error.js";

const batchSize = 2000;

/** Counts the wrapped keys the keyring opens; throws `keyring_mismatch` naming how many it cannot, and which master key versions they need. */
export async function checkKeyringOpensKeys(tx: Db, keyring: Keyring): Promise<{ checked: number }> {
  let after = "00000000-0000-0000-0000-000000000000";
  let checked = 0;
  let failed = 0;
  const failedVersions = new Set<number>();
  for (;;) {
    const batch = await tx
      .select({ subjectId: subjectKeys.subjectId, masterKeyVersion: subjectKeys.masterKeyVersion, wrappedKey: subjectKeys.wrappedKey })
      .from(subjectKeys)
      .where(and(isNotNull(subjectKeys.wrappedKey), gt(subjectKeys.subjectId, after)))
      .orderBy(asc(subjectKeys.subjectId))
      .limit(batchSize);
    for (const row of batch) {
      checked += 1;
      try {
        unwrapDataKey(keyring, row.subjectId, { masterKeyVersion: row.masterKeyVersion, wrappedKey: row.wrappedKey! });
      } catch {
        failed += 1;
        failedVersions.add(row.masterKeyVersion);
      }
    }
    const last = batch.at(-1);
    if (!last || batch.length < batchSize) break;
    after = last.subjectId;
  }
  if (failed > 0) {
    const versions = [...failedVersions].sort((a, b) => a - b).join(", ");
    throw new BackupError(
      "keyring_mismatch",
      `The keyring present cannot open ${failed} of the ${checked} data keys in this backup (they need master key version ${versions}), so the people's records in it would be unreadable. Nothing was restored. Put the keyring that was in use when the backup was taken in place (PATHWAYS_KEYRING, or keyring.json in the data folder) and restore again.`,
    );
  }
  return { checked };
}

const sampledClients = 20;

/**
 * Recomputes the blind indexes of a few clients from their decrypted identities: one match with
 * what is stored proves the key (a keyed hash does not match by chance); none means another key.
 */
export async function checkBlindIndexKey(tx: Db, keyring: Keyring): Promise<void> {
  const indexed = await tx.selectDistinct({ clientId: clientIndexes.clientId }).from(clientIndexes).orderBy(asc(clientIndexes.clientId)).limit(sampledClients);
  if (indexed.length === 0) return;
  const ids = indexed.map((row) => row.clientId);
  const owners = await tx.select({ id: clients.id, organisationId: clients.organisationId }).from(clients).where(inArray(clients.id, ids));
  const stored = await tx.select({ clientId: clientIndexes.clientId, value: clientIndexes.value }).from(clientIndexes).where(inArray(clientIndexes.clientId, ids));
  const vault = createVault(keyring);
  for (const client of owners) {
    const identity = await readIdentity(tx, vault, client.id);
    if (identity.givenName === "") continue;
    const values = new Set(stored.filter((row) => row.clientId === client.id).map((row) => row.value));
    if (blindIndexesOf(vault, client.organisationId, identity).some((index) => values.has(index.value))) return;
  }
  throw new BackupError(
    "keyring_mismatch",
    "The keyring present opens the data keys but its blind-index key is not the one these records were indexed with, so no search or duplicate check would find anyone. Nothing was restored. Put the keyring that was in use when the backup was taken in place and restore again.",
  );
}
