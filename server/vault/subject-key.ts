/**
 * Subject keys and field encryption. Each subject (a client, or a staff member) has its own random
 * data key, stored only wrapped by a master key; destroying the wrapped copy shreds everything
 * encrypted under it. The AADs bind every ciphertext to where it belongs: a wrapped key to its subject
 * and master key version, a field to its subject and field name, so nothing can be moved between them.
 */
import { createSecretKey, randomBytes, type KeyObject } from "node:crypto";
import { contextOf, open, seal } from "./aead.js";
import { VaultError } from "./errors.js";
import type { Keyring } from "./keyring.js";

/** An unwrapped data key. Its KeyObject never prints its bytes, so logging one leaks nothing. */
export interface SubjectKey {
  readonly subjectId: string;
  readonly organisationId: string;
  readonly key: KeyObject;
}

export interface WrappedKey {
  masterKeyVersion: number;
  wrappedKey: Uint8Array;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The canonical (lower-case, hyphenated) form of a subject id. The id is part of every AAD, and
 * PostgreSQL returns uuids in this form, so anything else would fail to decrypt later.
 */
export function canonicalSubjectId(subjectId: string): string {
  if (!UUID.test(subjectId)) throw new VaultError("invalid_subject_id", "Subject id must be a hyphenated uuid.");
  return subjectId.toLowerCase();
}

export function generateDataKey(): KeyObject {
  return createSecretKey(randomBytes(32));
}

/** Wraps a data key under the keyring's current master key. */
export function wrapDataKey(keyring: Keyring, subjectId: string, dataKey: KeyObject): WrappedKey {
  const version = keyring.currentMasterKey;
  const wrappedKey = seal(masterKey(keyring, version), wrapContext(subjectId, version), dataKey.export());
  return { masterKeyVersion: version, wrappedKey };
}

/** Unwraps a data key; `tampered` if the bytes, master key or subject do not match. */
export function unwrapDataKey(keyring: Keyring, subjectId: string, wrapped: WrappedKey): KeyObject {
  const version = wrapped.masterKeyVersion;
  const bytes = open(masterKey(keyring, version), wrapContext(subjectId, version), wrapped.wrappedKey);
  if (bytes.length !== 32) throw new VaultError("tampered", `Subject key ${subjectId} has the wrong length.`);
  return createSecretKey(bytes);
}

/** Encrypts one field of a subject; the ciphertext opens only for the same subject and field name. */
export function encryptField(subjectKey: SubjectKey, fieldName: string, plaintext: string): Uint8Array {
  return seal(subjectKey.key, fieldContext(subjectKey.subjectId, fieldName), Buffer.from(plaintext, "utf8"));
}

/** Decrypts one field; `tampered` if it was altered or belongs to another subject or field. */
export function decryptField(subjectKey: SubjectKey, fieldName: string, ciphertext: Uint8Array): string {
  const bytes = open(subjectKey.key, fieldContext(subjectKey.subjectId, fieldName), ciphertext);
  return Buffer.from(bytes).toString("utf8");
}

function masterKey(keyring: Keyring, version: number): KeyObject {
  const key = keyring.masterKeys.get(version);
  if (!key) throw new VaultError("unknown_master_key", `Master key version ${version} is not in the keyring.`);
  return key;
}

function wrapContext(subjectId: string, version: number): Uint8Array {
  return contextOf("pathways.subject-key", canonicalSubjectId(subjectId), version);
}

function fieldContext(subjectId: string, fieldName: string): Uint8Array {
  if (fieldName.length === 0) throw new TypeError("A field name is required.");
  return contextOf("pathways.field", canonicalSubjectId(subjectId), fieldName);
}
