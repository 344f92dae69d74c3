/**
 * Whether the keyring present can open the restored data. Subject keys are wrapped by master keys
 * that live in the keyring file, not the database, so a backup restored beside the wrong keyring
 * (or none) would come back whole but every name in it unreadable. Every wrapped key is unwrapped
 * here, inside the restore's transaction, and the restore is refused if any fails.
 */
import { and, asc, gt, isNotNull } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { subjectKeys } from "../db/schema.js";
import type { Keyring } from "../vault/keyring.js";
import { unwrapDataKey } from "../vault/subject-key.js";
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
