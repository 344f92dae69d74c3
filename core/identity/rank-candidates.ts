/**
 * Ranks the records that share match keys with the person being registered, and says why each
 * one is shown. Evidence is combined as independent chances of being the same person
 * (1 − Π(1 − w)), after merging evidence that is really one fact: an exact name also matches
 * phonetically, and date + initials adds nothing once date + family name matched. The reasons are
 * stable codes for the interface to translate; `matchReasonDescriptions` has English wording.
 */
import { dateOfBirthKeyKinds, type MatchKey, type MatchKeyKind, matchKeyWeights } from "./match-kinds.js";

export { nameSimilarity } from "./name-similarity.js";

/** Reasons in the order they are shown: strongest evidence first, the caution last. */
export const matchReasons = [
  "same_nhs_number",
  "same_date_of_birth_and_family_name",
  "same_date_of_birth_and_given_name",
  "same_name",
  "same_email",
  "similar_name",
  "same_phone",
  "same_date_of_birth_and_initials",
  "same_name_and_year_of_birth",
  "different_date_of_birth",
] as const;
export type MatchReason = (typeof matchReasons)[number];

export const matchReasonDescriptions: Readonly<Record<MatchReason, string>> = {
  same_nhs_number: "Same NHS number",
  same_date_of_birth_and_family_name: "Same date of birth and family name",
  same_date_of_birth_and_given_name: "Same date of birth and given name",
  same_name: "Same name",
  same_email: "Same email address",
  similar_name: "Similar name (another spelling or script)",
  same_phone: "Same phone number",
  same_date_of_birth_and_initials: "Same date of birth and initials",
  same_name_and_year_of_birth: "Same name and year of birth",
  different_date_of_birth: "Different date of birth",
};

export type MatchStrength = "strong" | "possible";

/** At or above: shown as a strong match, to be checked before registering anyone new. */
export const strongMatchThreshold = 0.9;
/** Below: not returned at all. A single name or date-and-initials match is just enough. */
export const possibleMatchThreshold = 0.5;
/**
 * Matching names but different recorded dates of birth. An exactly spelled name stays just visible
 * (dates get mistyped); a merely similar name with another date is taken to be someone else.
 */
export const dateOfBirthConflictFactor = 0.85;
/** A name match plus date-and-initials means name and date agree with given and family swapped. */
export const swappedNameAndDateEvidence = 0.9;

export interface CandidateMatches {
  id: string;
  /** Key kinds (name kinds and the server's contact kinds) this record shares with the query. */
  matchedKinds: readonly MatchKeyKind[];
  /** Whether the candidate record has a date of birth; needed to tell "different" from "unknown". */
  hasDateOfBirth?: boolean;
}

export interface RankedCandidate {
  id: string;
  score: number;
  strength: MatchStrength;
  reasons: MatchReason[];
}

/** Candidates at or above `possibleMatchThreshold`, best first (ties by id, for stable output). */
export function rankCandidates(queryKeys: readonly MatchKey[], candidates: readonly CandidateMatches[]): RankedCandidate[] {
  const queryHasDateOfBirth = queryKeys.some((key) => dateOfBirthKeyKinds.includes(key.kind));
  return candidates
    .map((candidate) => {
      const { score, reasons } = scoreMatch(candidate.matchedKinds, queryHasDateOfBirth && candidate.hasDateOfBirth === true);
      return { id: candidate.id, score, strength: matchStrength(score), reasons };
    })
    .filter((candidate) => candidate.score >= possibleMatchThreshold)
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Score (0..1, three decimals) and reasons for one candidate. `bothHaveDateOfBirth` lets a name
 * match without any date-of-birth key count as a conflict: with equal dates and matching names,
 * the date-and-initials key would have matched.
 */
export function scoreMatch(
  matchedKinds: readonly MatchKeyKind[],
  bothHaveDateOfBirth: boolean,
): { score: number; reasons: MatchReason[] } {
  const has = new Set(matchedKinds);
  const weight = (kind: MatchKeyKind): number => (has.has(kind) ? matchKeyWeights[kind] : 0);
  const nameEvidence = Math.max(weight("name_exact"), weight("name_phonetic"));
  const namedDateEvidence = combine([weight("family_phonetic_dob"), weight("given_phonetic_dob")]);
  const initialsEvidence = has.has("dob_initials") && nameEvidence > 0 ? swappedNameAndDateEvidence : weight("dob_initials");
  const dateEvidence = Math.max(namedDateEvidence, initialsEvidence);
  const isDateConflict = bothHaveDateOfBirth && nameEvidence > 0 && dateEvidence === 0;
  // Only when the dates differ: a mistyped day or month, not a different person's birthday.
  const yearEvidence = dateEvidence === 0 ? weight("name_birth_year") : 0;
  const combined = combine([nameEvidence, dateEvidence, yearEvidence, weight("nhs_number"), weight("email"), weight("phone")]);
  const score = Math.round(combined * (isDateConflict ? dateOfBirthConflictFactor : 1) * 1000) / 1000;

  const found = new Set<MatchReason>();
  if (has.has("nhs_number")) found.add("same_nhs_number");
  if (has.has("family_phonetic_dob")) found.add("same_date_of_birth_and_family_name");
  if (has.has("given_phonetic_dob")) found.add("same_date_of_birth_and_given_name");
  if (has.has("name_exact")) found.add("same_name");
  else if (has.has("name_phonetic")) found.add("similar_name");
  if (has.has("email")) found.add("same_email");
  if (has.has("phone")) found.add("same_phone");
  if (has.has("dob_initials") && namedDateEvidence === 0) found.add("same_date_of_birth_and_initials");
  if (yearEvidence > 0) found.add("same_name_and_year_of_birth");
  if (isDateConflict) found.add("different_date_of_birth");
  return { score, reasons: matchReasons.filter((reason) => found.has(reason)) };
}

/** "strong" at or above `strongMatchThreshold`, otherwise "possible" (weaker ones are not returned). */
export function matchStrength(score: number): MatchStrength {
  return score >= strongMatchThreshold ? "strong" : "possible";
}

function combine(weights: readonly number[]): number {
  return 1 - weights.reduce((remaining, weight) => remaining * (1 - weight), 1);
}
