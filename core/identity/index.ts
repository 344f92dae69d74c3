/**
 * Duplicate detection for client identity: normalised and phonetic names, match keys for blind
 * indexes, candidate ranking and name similarity. Pure functions; safe in the browser.
 *
 * How the server uses it: on saving a client, store HMAC(blindIndexInput(key)) for each of
 * `nameMatchKeys(...)` plus its own phone, email and NHS number keys. On registering someone,
 * compute the same keys, look up the records sharing any of them, and pass each record's matched
 * kinds to `rankCandidates`; re-rank with `nameSimilarity` only where the worker may see names.
 * Bump `matchKeyVersion` and recompute stored keys whenever a rule or variant list changes.
 */
export { normaliseName, normaliseNameTokens } from "./normalise-name.js";
export { phoneticKey, phoneticToken, phoneticTokens } from "./phonetic-key.js";
export { nameMatchKeys, maxMatchKeys, maxOtherNames, validDateOfBirth, type PersonName } from "./match-keys.js";
export {
  blindIndexInput,
  contactKeyKinds,
  matchKeyVersion,
  matchKeyWeights,
  nameKeyKinds,
  type ContactKeyKind,
  type MatchKey,
  type MatchKeyKind,
  type NameKeyKind,
} from "./match-kinds.js";
export {
  dateOfBirthConflictFactor,
  matchReasonDescriptions,
  matchReasons,
  matchStrength,
  possibleMatchThreshold,
  rankCandidates,
  scoreMatch,
  strongMatchThreshold,
  swappedNameAndDateEvidence,
  type CandidateMatches,
  type MatchReason,
  type MatchStrength,
  type RankedCandidate,
} from "./rank-candidates.js";
export { jaroWinkler, nameSimilarity } from "./name-similarity.js";
