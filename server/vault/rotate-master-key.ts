/**
 * Master key rotation, in three steps an operator can run and re-run safely:
 *
 * - `rotate`: add a new master key version and make it current, persist the keyring, then rewrap.
 *   The keyring is persisted *before* any subject key uses the new version; the other order would
 *   lose every rewrapped key if the run died in between. A keyring from PATHWAYS_KEYRING cannot be
 *   persisted here, so the step returns the new JSON for the operator and stops: rewrapping before it
 *   is stored (and deployed) would make keys unreadable, perhaps for good.
 * - `rewrap`: rewrap live subject keys still on older versions (resumes an interrupted rotation).
 * - `retire-old`: drop the old versions once no live subject key uses them.
 */
import type { Db } from "../db/client.js";
import { VaultError } from "./errors.js";
import { addMasterKeyVersion, parseKeyring, serialiseKeyring, withoutOldMasterKeys, type Keyring, type LoadedKeyring } from "./keyring.js";
import { readKeyringFile, replaceKeyringFile, withKeyringLock } from "./keyring-file.js";
import { unsafeCountSubjectKeysByVersion, unsafeRewrapAllSubjectKeys, type RewrapReport } from "./rewrap-subject-keys.js";

export type RotationStep = "rotate" | "rewrap" | "retire-old";

export interface RotationOutcome {
  /** The keyring in force after the step. */
  keyring: Keyring;
  rewrap: RewrapReport | undefined;
  retiredVersions: number[];
  /** Set for a keyring from PATHWAYS_KEYRING when it changed: the operator must store this JSON. */
  keyringJsonToStore: string | undefined;
}

export async function rotateMasterKey(
  db: Db,
  loaded: LoadedKeyring,
  step: RotationStep,
  options: { batchSize?: number } = {},
): Promise<RotationOutcome> {
  const outcome = { keyring: loaded.keyring, rewrap: undefined, retiredVersions: [], keyringJsonToStore: undefined };
  if (step === "rewrap") {
    return { ...outcome, rewrap: await unsafeRewrapAllSubjectKeys(db, loaded.keyring, options.batchSize) };
  }
  // Fail on an unreachable or unmigrated database before the keyring changes, not after.
  await unsafeCountSubjectKeysByVersion(db, [loaded.keyring.currentMasterKey]);
  const source = loaded.source;
  if (source.kind === "env") {
    const keyring = step === "rotate" ? addMasterKeyVersion(loaded.keyring) : await retirable(db, loaded.keyring);
    const retiredVersions = retiredBetween(loaded.keyring, keyring);
    const isChanged = step === "rotate" || retiredVersions.length > 0;
    return { ...outcome, keyring, retiredVersions, keyringJsonToStore: isChanged ? serialiseKeyring(keyring) : undefined };
  }
  return withKeyringLock(source.path, async () => {
    // Re-read under the lock: the file may have changed since it was loaded, and is the truth.
    const text = await readKeyringFile(source.path);
    if (text === undefined) throw new VaultError("keyring_invalid", `Keyring ${source.path} has disappeared.`);
    const onDisk = parseKeyring(text, source.path);
    if (step === "rotate") {
      const keyring = addMasterKeyVersion(onDisk);
      await replaceKeyringFile(source.path, serialiseKeyring(keyring));
      return { ...outcome, keyring, rewrap: await unsafeRewrapAllSubjectKeys(db, keyring, options.batchSize) };
    }
    const keyring = await retirable(db, onDisk);
    const retiredVersions = retiredBetween(onDisk, keyring);
    if (retiredVersions.length > 0) await replaceKeyringFile(source.path, serialiseKeyring(keyring));
    return { ...outcome, keyring, retiredVersions };
  });
}

/** The keyring without its old versions, or `master_key_in_use` naming those still needed. */
async function retirable(db: Db, keyring: Keyring): Promise<Keyring> {
  const old = [...keyring.masterKeys.keys()].filter((v) => v !== keyring.currentMasterKey);
  const inUse = await unsafeCountSubjectKeysByVersion(db, old);
  if (inUse.size > 0) {
    const counts = [...inUse].map(([version, n]) => `version ${version}: ${n}`).join(", ");
    throw new VaultError(
      "master_key_in_use",
      `Subject keys still use old master keys (${counts}). Run the rewrap step (npm run keys:rotate -- --rewrap) first.`,
    );
  }
  return withoutOldMasterKeys(keyring);
}

function retiredBetween(before: Keyring, after: Keyring): number[] {
  return [...before.masterKeys.keys()].filter((v) => !after.masterKeys.has(v)).sort((a, b) => a - b);
}
