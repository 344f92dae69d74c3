import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testDatabase } from "../../test/db.js";
import { inTransaction } from "../db/client.js";
import { subjectKeys } from "../db/schema.js";
import { addMasterKeyVersion } from "./keyring.js";
import { testKeyring } from "./test-keyring.js";
import { createVault } from "./vault.js";
import { vaultError } from "./expect-vault-error.js";

const newSubject = () => ({ subjectId: randomUUID(), organisationId: randomUUID() });

async function storedRow(subjectId: string) {
  const { db } = await testDatabase();
  const [row] = await db.select().from(subjectKeys).where(eq(subjectKeys.subjectId, subjectId));
  return row;
}

describe("vault", () => {
  it("stores a subject key wrapped by the current master key and reads fields back after reloading it", async () => {
    const { db } = await testDatabase();
    const vault = createVault(testKeyring());
    const subject = newSubject();
    const created = await vault.createSubjectKey(db, subject);
    const ciphertext = vault.encrypt(created, "name", "Amina Begum");

    const loaded = await vault.loadSubjectKey(db, subject.subjectId);
    expect(loaded.organisationId).toBe(subject.organisationId);
    expect(vault.decrypt(loaded, "name", ciphertext)).toBe("Amina Begum");
    const row = await storedRow(subject.subjectId);
    expect(row?.wrappedKey?.length).toBe(1 + 12 + 16 + 32);
    expect(row?.destroyedAt).toBeNull();
  });

  it("cannot unwrap subject keys with a different master key of the same version", async () => {
    const { db } = await testDatabase();
    const keyring = testKeyring();
    const subject = newSubject();
    await createVault(keyring).createSubjectKey(db, subject);
    const wrongKeyring = testKeyring(keyring.currentMasterKey);
    await expect(createVault(wrongKeyring).loadSubjectKey(db, subject.subjectId)).rejects.toEqual(vaultError("tampered"));
  });

  it("says which master key version is missing when the keyring lacks it", async () => {
    const { db } = await testDatabase();
    const subject = newSubject();
    await createVault(testKeyring()).createSubjectKey(db, subject);
    await expect(createVault(testKeyring()).loadSubjectKey(db, subject.subjectId)).rejects.toEqual(vaultError("unknown_master_key"));
  });

  it("reads keys wrapped by an older master key version still in the keyring", async () => {
    const { db } = await testDatabase();
    const keyring = testKeyring();
    const subject = newSubject();
    await createVault(keyring).createSubjectKey(db, subject);
    const rotated = addMasterKeyVersion(keyring);
    const loaded = await createVault(rotated).loadSubjectKey(db, subject.subjectId);
    expect(loaded.subjectId).toBe(subject.subjectId);
  });

  it("crypto-shreds a subject: the wrapped key is erased and loading it fails with key_destroyed", async () => {
    const { db } = await testDatabase();
    const vault = createVault(testKeyring());
    const subject = newSubject();
    const key = await vault.createSubjectKey(db, subject);
    vault.encrypt(key, "name", "Amina Begum");

    await vault.destroySubjectKey(db, subject.subjectId);
    const row = await storedRow(subject.subjectId);
    expect(row?.wrappedKey).toBeNull();
    expect(row?.destroyedAt).toBeInstanceOf(Date);
    await expect(vault.loadSubjectKey(db, subject.subjectId)).rejects.toEqual(vaultError("key_destroyed"));

    await vault.destroySubjectKey(db, subject.subjectId);
    expect((await storedRow(subject.subjectId))?.destroyedAt).toEqual(row?.destroyedAt);
  });

  it("refuses a second key for the same subject and keeps the first", async () => {
    const { db } = await testDatabase();
    const vault = createVault(testKeyring());
    const subject = newSubject();
    const first = await vault.createSubjectKey(db, subject);
    const ciphertext = vault.encrypt(first, "name", "Amina");
    await expect(vault.createSubjectKey(db, subject)).rejects.toEqual(vaultError("subject_key_exists"));
    expect(vault.decrypt(await vault.loadSubjectKey(db, subject.subjectId), "name", ciphertext)).toBe("Amina");
  });

  it("reports a subject without a key as subject_key_missing", async () => {
    const { db } = await testDatabase();
    const vault = createVault(testKeyring());
    await expect(vault.loadSubjectKey(db, randomUUID())).rejects.toEqual(vaultError("subject_key_missing"));
    await expect(vault.destroySubjectKey(db, randomUUID())).rejects.toEqual(vaultError("subject_key_missing"));
  });

  it("creates keys inside the caller's transaction, so a rollback leaves no key behind", async () => {
    const { db } = await testDatabase();
    const vault = createVault(testKeyring());
    const subject = newSubject();
    const rollback = new Error("rolled back on purpose");
    await expect(
      inTransaction(db, async (tx) => {
        await vault.createSubjectKey(tx, subject);
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect(await storedRow(subject.subjectId)).toBeUndefined();
  });

  it("normalises an upper-case subject id to the stored form", async () => {
    const { db } = await testDatabase();
    const vault = createVault(testKeyring());
    const subject = newSubject();
    const key = await vault.createSubjectKey(db, { ...subject, subjectId: subject.subjectId.toUpperCase() });
    const loaded = await vault.loadSubjectKey(db, subject.subjectId);
    expect(vault.decrypt(loaded, "name", vault.encrypt(key, "name", "Amina"))).toBe("Amina");
  });
});
