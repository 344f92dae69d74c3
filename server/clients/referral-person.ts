/**
 * The referred person's details, decrypted under the referral's key for a duplicate check. The
 * caller audits the use (as `referral.duplicate_check`); the details themselves never leave the
 * server from here, only the matches found with them.
 */
import type { Db } from "../db/client.js";
import type { referrals } from "../db/schema.js";
import type { Vault } from "../vault/vault.js";
import type { Identity } from "./identity-store.js";

type ReferralRow = typeof referrals.$inferSelect;

/** Field names as create-referral.ts sealed them: the AAD binds each ciphertext to its field. */
export async function openReferralPerson(db: Db, vault: Vault, referral: ReferralRow): Promise<Identity> {
  const key = await vault.loadSubjectKey(db, referral.id);
  const open = (field: string, value: Uint8Array | null) => (value ? vault.decrypt(key, field, value) : null);
  return {
    givenName: open("subject_given_name", referral.subjectGivenName) ?? "",
    familyName: open("subject_family_name", referral.subjectFamilyName),
    otherNames: [],
    dateOfBirth: open("subject_date_of_birth", referral.subjectDateOfBirth),
    address: null,
    postcode: open("subject_postcode", referral.subjectPostcode),
    phone: open("subject_phone", referral.subjectPhone),
    email: open("subject_email", referral.subjectEmail),
    nhsNumber: null,
  };
}
