import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decryptField, encryptField, generateDataKey, unwrapDataKey, wrapDataKey, type SubjectKey } from "./subject-key.js";
import { testKeyring } from "./test-keyring.js";
import { vaultError } from "./expect-vault-error.js";

const subjectKey = (subjectId = randomUUID()): SubjectKey => ({ subjectId, organisationId: randomUUID(), key: generateDataKey() });

function flipBit(bytes: Uint8Array, index: number): Uint8Array {
  const copy = new Uint8Array(bytes);
  copy[index] = (copy[index] ?? 0) ^ 0x01;
  return copy;
}

describe("vault.fields", () => {
  it("decrypts what it encrypted, including empty and non-Latin text", () => {
    const key = subjectKey();
    for (const plaintext of ["Amina Begum", "", "Zoë Ørsted-Łukasz", "عائشہ", "😀 two\nlines"]) {
      expect(decryptField(key, "name", encryptField(key, "name", plaintext))).toBe(plaintext);
    }
  });

  it("lays ciphertext out as format byte, 12-byte IV, 16-byte tag, body, with a fresh IV each time", () => {
    const key = subjectKey();
    const a = encryptField(key, "name", "same");
    const b = encryptField(key, "name", "same");
    expect(a[0]).toBe(1);
    expect(a.length).toBe(1 + 12 + 16 + Buffer.byteLength("same"));
    expect(Buffer.from(a.subarray(1, 13)).equals(Buffer.from(b.subarray(1, 13)))).toBe(false);
  });

  it.each([
    ["format byte", 0],
    ["IV", 5],
    ["tag", 20],
    ["body", 30],
  ])("rejects ciphertext with a bit flipped in the %s", (_part, index) => {
    const key = subjectKey();
    const ciphertext = encryptField(key, "name", "Amina Begum");
    expect(() => decryptField(key, "name", flipBit(ciphertext, index))).toThrow(vaultError("tampered"));
  });

  it("rejects truncated ciphertext", () => {
    const key = subjectKey();
    const ciphertext = encryptField(key, "name", "Amina Begum");
    expect(() => decryptField(key, "name", ciphertext.subarray(0, 28))).toThrow(vaultError("tampered"));
    expect(() => decryptField(key, "name", ciphertext.subarray(0, ciphertext.length - 1))).toThrow(vaultError("tampered"));
  });

  it("will not decrypt one subject's field as another subject's, even with the same data key", () => {
    const a = subjectKey();
    const b: SubjectKey = { ...a, subjectId: randomUUID() };
    expect(() => decryptField(b, "name", encryptField(a, "name", "Amina Begum"))).toThrow(vaultError("tampered"));
  });

  it("will not decrypt one field as another field of the same subject", () => {
    const key = subjectKey();
    expect(() => decryptField(key, "address", encryptField(key, "name", "Amina Begum"))).toThrow(vaultError("tampered"));
  });

  it("will not decrypt under another data key", () => {
    const key = subjectKey();
    const other: SubjectKey = { ...key, key: generateDataKey() };
    expect(() => decryptField(other, "name", encryptField(key, "name", "Amina Begum"))).toThrow(vaultError("tampered"));
  });

  it("treats a subject id in upper case as the same subject", () => {
    const key = subjectKey();
    const upper: SubjectKey = { ...key, subjectId: key.subjectId.toUpperCase() };
    expect(decryptField(upper, "name", encryptField(key, "name", "Amina"))).toBe("Amina");
  });

  it("refuses subject ids that are not hyphenated uuids", () => {
    const key: SubjectKey = { ...subjectKey(), subjectId: "not-a-uuid" };
    expect(() => encryptField(key, "name", "x")).toThrow(vaultError("invalid_subject_id"));
  });
});

describe("vault.key-wrapping", () => {
  it("binds a wrapped data key to its subject and master key version", () => {
    const keyring = testKeyring();
    const subjectId = randomUUID();
    const wrapped = wrapDataKey(keyring, subjectId, generateDataKey());
    expect(wrapped.masterKeyVersion).toBe(keyring.currentMasterKey);
    expect(unwrapDataKey(keyring, subjectId, wrapped).symmetricKeySize).toBe(32);
    expect(() => unwrapDataKey(keyring, randomUUID(), wrapped)).toThrow(vaultError("tampered"));
    const relabelled = new Map([[keyring.currentMasterKey + 1, keyring.masterKeys.get(keyring.currentMasterKey)!]]);
    const moved = { ...wrapped, masterKeyVersion: keyring.currentMasterKey + 1 };
    expect(() => unwrapDataKey({ ...keyring, masterKeys: relabelled }, subjectId, moved)).toThrow(vaultError("tampered"));
  });
});
