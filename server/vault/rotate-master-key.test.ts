import { randomBytes, randomUUID } from "node:crypto";
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { inArray } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { testDatabase } from "../../test/db.js";
import { subjectKeys } from "../db/schema.js";
import { loadKeyring, serialiseKeyring, type Keyring, type LoadedKeyring } from "./keyring.js";
import { rotateMasterKey } from "./rotate-master-key.js";
import { testKeyring } from "./test-keyring.js";
import { createVault } from "./vault.js";
import { vaultError } from "./expect-vault-error.js";

const scratch = await mkdtemp(path.join(os.tmpdir(), "pathways-rotate-"));
afterAll(() => rm(scratch, { recursive: true, force: true }));

/** A keyring file in its own data folder, loaded the way the app loads it. */
async function fileKeyring(keyring = testKeyring()): Promise<LoadedKeyring & { file: string }> {
  const dataDir = path.join(scratch, randomBytes(6).toString("hex"));
  await mkdir(dataDir, { mode: 0o700 });
  const file = path.join(dataDir, "keyring.json");
  await writeFile(file, serialiseKeyring(keyring), { mode: 0o600 });
  return { ...(await loadKeyring({ dataDir, keyringJson: undefined })), file };
}

/** Subjects with an encrypted name each, the last one crypto-shredded. */
async function seedSubjects(keyring: Keyring, count: number) {
  const { db } = await testDatabase();
  const vault = createVault(keyring);
  const organisationId = randomUUID();
  const subjects = [];
  for (let i = 0; i < count; i++) {
    const key = await vault.createSubjectKey(db, { subjectId: randomUUID(), organisationId });
    subjects.push({ subjectId: key.subjectId, name: `Client ${i}`, ciphertext: vault.encrypt(key, "name", `Client ${i}`) });
  }
  const shredded = await vault.createSubjectKey(db, { subjectId: randomUUID(), organisationId });
  await vault.destroySubjectKey(db, shredded.subjectId);
  return { subjects, shreddedId: shredded.subjectId };
}

async function versionsOf(subjectIds: string[]) {
  const { db } = await testDatabase();
  const rows = await db.select().from(subjectKeys).where(inArray(subjectKeys.subjectId, subjectIds));
  return new Map(rows.map((row) => [row.subjectId, { version: row.masterKeyVersion, isShredded: row.wrappedKey === null }]));
}

describe("vault.rotate-master-key", () => {
  it("rotates a keyring file: saves the new version, rewraps every live key in batches, and all fields stay readable", async () => {
    const { db } = await testDatabase();
    const loaded = await fileKeyring();
    const oldVersion = loaded.keyring.currentMasterKey;
    const { subjects, shreddedId } = await seedSubjects(loaded.keyring, 5);

    const outcome = await rotateMasterKey(db, loaded, "rotate", { batchSize: 2 });
    const newVersion = oldVersion + 1;
    expect(outcome.rewrap).toMatchObject({ toVersion: newVersion, rewrapped: 5, batches: 3 });
    expect(outcome.keyringJsonToStore).toBeUndefined();

    const saved = await loadKeyring({ dataDir: path.dirname(loaded.file), keyringJson: undefined });
    expect(saved.keyring.currentMasterKey).toBe(newVersion);
    expect([...saved.keyring.masterKeys.keys()]).toEqual([oldVersion, newVersion]);
    expect((await stat(loaded.file)).mode & 0o777).toBe(0o600);

    const vault = createVault(saved.keyring);
    for (const s of subjects) expect(vault.decrypt(await vault.loadSubjectKey(db, s.subjectId), "name", s.ciphertext)).toBe(s.name);
    const versions = await versionsOf([...subjects.map((s) => s.subjectId), shreddedId]);
    for (const s of subjects) expect(versions.get(s.subjectId)).toEqual({ version: newVersion, isShredded: false });
    expect(versions.get(shreddedId)).toEqual({ version: oldVersion, isShredded: true });
  });

  it("refuses to retire an old master key while a subject key still uses it, then retires it after a rewrap", async () => {
    const { db } = await testDatabase();
    const loaded = await fileKeyring();
    const oldKeyring = loaded.keyring;
    await rotateMasterKey(db, loaded, "rotate");
    // An app instance not yet restarted still wraps new keys with the old version.
    const { subjects } = await seedSubjects(oldKeyring, 1);
    const rotated = await loadKeyring({ dataDir: path.dirname(loaded.file), keyringJson: undefined });
    const before = await readFile(loaded.file, "utf8");

    await expect(rotateMasterKey(db, rotated, "retire-old")).rejects.toEqual(vaultError("master_key_in_use"));
    expect(await readFile(loaded.file, "utf8")).toBe(before);

    expect((await rotateMasterKey(db, rotated, "rewrap")).rewrap?.rewrapped).toBe(1);
    const retired = await rotateMasterKey(db, rotated, "retire-old");
    expect(retired.retiredVersions).toEqual([oldKeyring.currentMasterKey]);
    const oldKey = oldKeyring.masterKeys.get(oldKeyring.currentMasterKey)?.export().toString("base64") ?? "";
    expect(await readFile(loaded.file, "utf8")).not.toContain(oldKey);

    const saved = await loadKeyring({ dataDir: path.dirname(loaded.file), keyringJson: undefined });
    expect([...saved.keyring.masterKeys.keys()]).toEqual([rotated.keyring.currentMasterKey]);
    const vault = createVault(saved.keyring);
    const [only] = subjects;
    if (!only) throw new Error("seeded one subject");
    expect(vault.decrypt(await vault.loadSubjectKey(db, only.subjectId), "name", only.ciphertext)).toBe(only.name);
  });

  it("for a keyring from PATHWAYS_KEYRING, hands back the new keyring and changes nothing until it is deployed", async () => {
    const { db } = await testDatabase();
    const keyring = testKeyring();
    const loaded: LoadedKeyring = { keyring, source: { kind: "env" } };
    const { subjects } = await seedSubjects(keyring, 2);
    const ids = subjects.map((s) => s.subjectId);

    const rotated = await rotateMasterKey(db, loaded, "rotate");
    expect(rotated.rewrap).toBeUndefined();
    expect(JSON.parse(rotated.keyringJsonToStore ?? "{}")).toMatchObject({ currentMasterKey: keyring.currentMasterKey + 1 });
    for (const v of (await versionsOf(ids)).values()) expect(v.version).toBe(keyring.currentMasterKey);

    const deployed: LoadedKeyring = { keyring: rotated.keyring, source: { kind: "env" } };
    expect((await rotateMasterKey(db, deployed, "rewrap")).rewrap?.rewrapped).toBe(2);
    for (const v of (await versionsOf(ids)).values()) expect(v.version).toBe(keyring.currentMasterKey + 1);

    const retired = await rotateMasterKey(db, deployed, "retire-old");
    const json = JSON.parse(retired.keyringJsonToStore ?? "{}") as { masterKeys: Record<string, string> };
    expect(Object.keys(json.masterKeys)).toEqual([String(keyring.currentMasterKey + 1)]);
  });

  it("refuses to run while another rotation holds the keyring lock, leaving the file as it was", async () => {
    const { db } = await testDatabase();
    const loaded = await fileKeyring();
    const before = await readFile(loaded.file, "utf8");
    await writeFile(`${loaded.file}.lock`, "12345\n");
    await expect(rotateMasterKey(db, loaded, "rotate")).rejects.toEqual(vaultError("keyring_locked"));
    expect(await readFile(loaded.file, "utf8")).toBe(before);
  });

  it("builds on the keyring file as it is now, not as it was loaded, so a concurrent rotation is not lost", async () => {
    const { db } = await testDatabase();
    const loaded = await fileKeyring();
    await rotateMasterKey(db, loaded, "rotate");
    const second = await rotateMasterKey(db, loaded, "rotate");
    expect(second.keyring.currentMasterKey).toBe(loaded.keyring.currentMasterKey + 2);
    expect(second.keyring.masterKeys.size).toBe(3);
  });
});
