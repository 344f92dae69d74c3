/**
 * The encrypted identity vault: envelope encryption with one data key per subject, wrapped by the
 * keyring's master key and kept in `subject_keys`. Every function that touches the database takes a
 * `Db`, which may be an open transaction, so key creation commits or rolls back with the record it
 * protects.
 *
 * Subject keys are looked up by subject id alone: callers reach a subject id only through queries
 * already scoped to the user's organisation, and can compare `SubjectKey.organisationId` as well.
 * Nothing is cached, so a destroyed key stops working at once in every process.
 */
import { eq, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { subjectKeys } from "../db/schema.js";
import { blindIndex } from "./blind-index.js";
import { VaultError } from "./errors.js";
import type { Keyring } from "./keyring.js";
import {
  canonicalSubjectId,
  decryptField,
  encryptField,
  generateDataKey,
  unwrapDataKey,
  wrapDataKey,
  type SubjectKey,
} from "./subject-key.js";

export interface Vault {
  /** Creates and stores the data key of a new subject; `subject_key_exists` if it has one. */
  createSubjectKey(db: Db, subject: { subjectId: string; organisationId: string }): Promise<SubjectKey>;
  /**
   * Creates and stores the data keys of many new subjects in one statement (a spreadsheet import);
   * `subject_key_exists` if any already has one, and then none is stored.
   */
  createSubjectKeys(db: Db, subjects: readonly { subjectId: string; organisationId: string }[]): Promise<SubjectKey[]>;
  /** Loads a subject's data key; `subject_key_missing`, `key_destroyed`, `unknown_master_key` or `tampered`. */
  loadSubjectKey(db: Db, subjectId: string): Promise<SubjectKey>;
  /** Crypto-shreds a subject: the wrapped key is erased, so all its ciphertext is unreadable for good. */
  destroySubjectKey(db: Db, subjectId: string): Promise<void>;
  encrypt(subjectKey: SubjectKey, fieldName: string, plaintext: string): Uint8Array;
  decrypt(subjectKey: SubjectKey, fieldName: string, ciphertext: Uint8Array): string;
  blindIndex(purpose: string, normalisedValue: string): string;
}

export function createVault(keyring: Keyring): Vault {
  return {
    async createSubjectKey(db, subject) {
      const subjectId = canonicalSubjectId(subject.subjectId);
      const key = generateDataKey();
      const inserted = await db
        .insert(subjectKeys)
        .values({ subjectId, organisationId: subject.organisationId, ...wrapDataKey(keyring, subjectId, key) })
        .onConflictDoNothing({ target: subjectKeys.subjectId })
        .returning({ organisationId: subjectKeys.organisationId });
      const row = inserted[0];
      if (!row) throw new VaultError("subject_key_exists", `Subject ${subjectId} already has a key.`);
      return { subjectId, organisationId: row.organisationId, key };
    },

    async createSubjectKeys(db, subjects) {
      if (subjects.length === 0) return [];
      const keys = subjects.map((subject) => ({ subjectId: canonicalSubjectId(subject.subjectId), organisationId: subject.organisationId, key: generateDataKey() }));
      const inserted = await db
        .insert(subjectKeys)
        .values(keys.map(({ subjectId, organisationId, key }) => ({ subjectId, organisationId, ...wrapDataKey(keyring, subjectId, key) })))
        .onConflictDoNothing({ target: subjectKeys.subjectId })
        .returning({ subjectId: subjectKeys.subjectId });
      // The caller's transaction rolls back on this error, taking the keys that were inserted with it.
      if (inserted.length !== keys.length) throw new VaultError("subject_key_exists", "A subject in the batch already has a key.");
      return keys;
    },

    async loadSubjectKey(db, subjectIdInput) {
      const subjectId = canonicalSubjectId(subjectIdInput);
      const [row] = await db.select().from(subjectKeys).where(eq(subjectKeys.subjectId, subjectId)).limit(1);
      if (!row) throw new VaultError("subject_key_missing", `Subject ${subjectId} has no key.`);
      if (row.destroyedAt !== null || row.wrappedKey === null) {
        throw new VaultError("key_destroyed", `The key of subject ${subjectId} has been destroyed.`);
      }
      const key = unwrapDataKey(keyring, subjectId, { masterKeyVersion: row.masterKeyVersion, wrappedKey: row.wrappedKey });
      return { subjectId, organisationId: row.organisationId, key };
    },

    async destroySubjectKey(db, subjectIdInput) {
      const subjectId = canonicalSubjectId(subjectIdInput);
      // Idempotent: destroying twice keeps the first destruction time.
      const updated = await db
        .update(subjectKeys)
        .set({ wrappedKey: null, destroyedAt: sql`coalesce(${subjectKeys.destroyedAt}, now())` })
        .where(eq(subjectKeys.subjectId, subjectId))
        .returning({ subjectId: subjectKeys.subjectId });
      if (updated.length === 0) throw new VaultError("subject_key_missing", `Subject ${subjectId} has no key.`);
    },

    encrypt: encryptField,
    decrypt: decryptField,
    blindIndex: (purpose, normalisedValue) => blindIndex(keyring, purpose, normalisedValue),
  };
}
