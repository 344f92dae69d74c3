/**
 * Stores and reads a user's TOTP secret through the vault, under a data key of the user's own, so a
 * copy of the database holds no usable second-factor secret.
 */
import { eq } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { users } from "../db/schema.js";
import { isVaultError } from "../vault/errors.js";
import type { Vault } from "../vault/vault.js";

const field = "totp_secret";

export async function storeTotpSecret(
  tx: Db,
  vault: Vault,
  user: { id: string; organisationId: string },
  secret: string,
): Promise<void> {
  let key;
  try {
    key = await vault.loadSubjectKey(tx, user.id);
  } catch (error) {
    if (!isVaultError(error, "subject_key_missing")) throw error;
    key = await vault.createSubjectKey(tx, { subjectId: user.id, organisationId: user.organisationId });
  }
  await tx
    .update(users)
    .set({ totpSecret: vault.encrypt(key, field, secret), totpEnabledAt: null, totpLastStep: null })
    .where(eq(users.id, user.id));
}

export async function readTotpSecret(db: Db, vault: Vault, userId: string, ciphertext: Uint8Array): Promise<string> {
  const key = await vault.loadSubjectKey(db, userId);
  return vault.decrypt(key, field, ciphertext);
}
