/**
 * A subject's data key, or null once erasure has destroyed it. Pages that show a person — a case, a
 * calendar, an attendance list, a panel agenda — ask through this so an erased client shows as
 * "erased" in place of their identity instead of the page failing; anything else the vault raises
 * (a missing or tampered key) is still an error.
 */
import type { Db } from "../db/client.js";
import { isVaultError } from "../vault/errors.js";
import type { SubjectKey } from "../vault/subject-key.js";
import type { Vault } from "../vault/vault.js";

export async function keyUnlessErased(db: Db, vault: Vault, subjectId: string): Promise<SubjectKey | null> {
  try {
    return await vault.loadSubjectKey(db, subjectId);
  } catch (error) {
    if (isVaultError(error, "key_destroyed")) return null;
    throw error;
  }
}
