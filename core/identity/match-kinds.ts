/**
 * The kinds of match key, shared by the name keys computed here and the exact contact keys that
 * the server adds from its own blind indexes. A weight is the strength of evidence that two
 * records sharing a key of that kind are the same person, on a 0–1 scale; `rank-candidates.ts`
 * combines them.
 */

export const nameKeyKinds = [
  "name_exact",
  "name_phonetic",
  "family_phonetic_dob",
  "given_phonetic_dob",
  "dob_initials",
  "name_birth_year",
] as const;

/** Exact identifiers the server matches with blind indexes of its own. */
export const contactKeyKinds = ["phone", "email", "nhs_number"] as const;

export type NameKeyKind = (typeof nameKeyKinds)[number];
export type ContactKeyKind = (typeof contactKeyKinds)[number];
export type MatchKeyKind = NameKeyKind | ContactKeyKind;

export interface MatchKey {
  kind: MatchKeyKind;
  value: string;
}

export const dateOfBirthKeyKinds: readonly MatchKeyKind[] = ["family_phonetic_dob", "given_phonetic_dob", "dob_initials"];

export const matchKeyWeights: Readonly<Record<MatchKeyKind, number>> = {
  // An NHS number belongs to one person; a shared one is a duplicate or a typing error.
  nhs_number: 0.97,
  // Surname and date of birth together rarely coincide; twins are the expected exception.
  family_phonetic_dob: 0.8,
  // Weaker than the surname: given names repeat more (many Mohammeds share a birthday).
  given_phonetic_dob: 0.7,
  name_exact: 0.6,
  // Households share email addresses and phones, so these alone are only a possibility.
  email: 0.6,
  name_phonetic: 0.5,
  phone: 0.5,
  // Catches swapped given/family names and misspelt ones; alone it is a coincidence as often as not.
  dob_initials: 0.5,
  // The name a person goes by and their family name, born the same year: what survives a mistyped
  // day or month. Counted only when the full date does not match (otherwise it is the same fact).
  name_birth_year: 0.4,
};

/**
 * Version of the key algorithm. Part of every blind-index input, so that changing a rule or a
 * variant list means recomputing keys rather than silently missing matches.
 */
export const matchKeyVersion = 1;

/** The string the server should HMAC for a key: versioned and kind-separated. */
export function blindIndexInput(key: MatchKey): string {
  return `pathways.identity.v${matchKeyVersion}|${key.kind}|${key.value}`;
}
