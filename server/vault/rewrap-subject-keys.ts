/**
 * The database half of master key rotation: rewrapping subject keys under the current master key, and
 * checking that no subject key still needs an old one. These queries deliberately span every
 * organisation (a master key protects them all), hence the `unsafe` names.
 */
import { and, asc, count, eq, gt, inArray, isNotNull, notInArray } from "drizzle-orm";
import { inTransaction, type Db } from "../db/client.js";
import { subjectKeys } from "../db/schema.js";
import type { Keyring } from "./keyring.js";
import { unwrapDataKey, wrapDataKey } from "./subject-key.js";

export interface RewrapReport {
  toVersion: number;
  rewrapped: number;
  batches: number;
  /** Live subject keys wrapped by versions this keyring does not hold: unreadable until it does. */
  unknownVersion: number;
}

/**
 * Rewraps every live subject key that an older version in the keyring wrapped, `batchSize` per
 * transaction. Each row moves from one readable state to another, so the keyring (which holds both
 * versions) reads every key throughout, and an interrupted run is resumed by running it again.
 * Rows with versions the keyring lacks are counted, not touched; one that fails to unwrap aborts.
 */
export async function unsafeRewrapAllSubjectKeys(db: Db, keyring: Keyring, batchSize = 500): Promise<RewrapReport> {
  const versions = [...keyring.masterKeys.keys()];
  const oldVersions = versions.filter((v) => v !== keyring.currentMasterKey);
  const report = { toVersion: keyring.currentMasterKey, rewrapped: 0, batches: 0, unknownVersion: 0 };
  let after = "00000000-0000-0000-0000-000000000000";
  while (oldVersions.length > 0) {
    const done = await inTransaction(db, async (tx) => {
      // FOR UPDATE: a concurrent destroySubjectKey waits for this batch, so a shredded key is never written back.
      const rows = await tx
        .select({ subjectId: subjectKeys.subjectId, masterKeyVersion: subjectKeys.masterKeyVersion, wrappedKey: subjectKeys.wrappedKey })
        .from(subjectKeys)
        .where(and(inArray(subjectKeys.masterKeyVersion, oldVersions), isNotNull(subjectKeys.wrappedKey), gt(subjectKeys.subjectId, after)))
        .orderBy(asc(subjectKeys.subjectId))
        .limit(batchSize)
        .for("update");
      for (const { subjectId, masterKeyVersion, wrappedKey } of rows) {
        if (wrappedKey === null) continue;
        const dataKey = unwrapDataKey(keyring, subjectId, { masterKeyVersion, wrappedKey });
        await tx
          .update(subjectKeys)
          .set(wrapDataKey(keyring, subjectId, dataKey))
          .where(and(eq(subjectKeys.subjectId, subjectId), eq(subjectKeys.masterKeyVersion, masterKeyVersion)));
      }
      return rows;
    });
    if (done.length === 0) break;
    report.rewrapped += done.length;
    report.batches += 1;
    after = done[done.length - 1]?.subjectId ?? after;
  }
  const [unknown] = await db
    .select({ n: count() })
    .from(subjectKeys)
    .where(and(notInArray(subjectKeys.masterKeyVersion, versions), isNotNull(subjectKeys.wrappedKey)));
  report.unknownVersion = unknown?.n ?? 0;
  return report;
}

/** How many live subject keys each of `versions` still wraps (versions with none are left out). */
export async function unsafeCountSubjectKeysByVersion(db: Db, versions: number[]): Promise<Map<number, number>> {
  if (versions.length === 0) return new Map();
  const rows = await db
    .select({ version: subjectKeys.masterKeyVersion, n: count() })
    .from(subjectKeys)
    .where(and(inArray(subjectKeys.masterKeyVersion, versions), isNotNull(subjectKeys.wrappedKey)))
    .groupBy(subjectKeys.masterKeyVersion);
  return new Map(rows.map((row) => [row.version, row.n]));
}
