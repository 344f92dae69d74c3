/**
 * The case-study writer's check: where a story's text names its client, or gives a place or date
 * that matches their record. Names, the date of birth, a numbered address line, postcode, phone
 * and email are found as for the panel (core/panel/redaction.ts); for a public story, places count
 * too: each line of the address without its number ("Acacia Road", "Sparkbrook", "Birmingham")
 * and the postcode's district ("B11"). A town may be worth naming on purpose: these are warnings
 * for a person to read, not a filter. Pure: the server decrypts the identity and sends back only
 * the warnings, each with the passage of the writer's own text that matched.
 */
import { findIdentifyingText, type ClientIdentity, type IdentifyingKind } from "../panel/redaction.js";
import { foldLatin } from "../identity/fold-latin.js";

export type IdentityWarningKind = IdentifyingKind | "place";

export interface IdentityWarning {
  kind: IdentityWarningKind;
  /** Where in `text` (UTF-16 offsets), and the passage itself. */
  start: number;
  end: number;
  match: string;
}

const fold = (value: string): string => foldLatin(value.toLowerCase());
const escape = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

/** The address's place names: each line with house numbers and flat words taken off, four letters or more. */
function placesOf(identity: ClientIdentity): string[] {
  const lines = (identity.address ?? "").split(/[,\n]+/u).map((line) =>
    line
      .replace(/\b(?:flat|apartment|unit)\b/giu, "")
      .replace(/\d+[a-z]?\b/giu, "")
      .replace(/\s+/gu, " ")
      .trim(),
  );
  const district = /^([a-z]{1,2}\d[a-z\d]?)\s*\d[a-z]{2}$/iu.exec((identity.postcode ?? "").trim())?.[1];
  return [...new Set([...lines.filter((line) => [...line.replace(/[^\p{L}]/gu, "")].length >= 4), ...(district ? [district] : [])])];
}

function placeMatches(text: string, identity: ClientIdentity): IdentityWarning[] {
  const places = placesOf(identity);
  if (places.length === 0) return [];
  // Latin folding keeps lengths for the letters a place name uses, so offsets stay those of `text`.
  const folded = fold(text);
  if (folded.length !== text.length) return [];
  const pattern = new RegExp(places.map((place) => `(?<![\\p{L}\\p{N}])${place.split(/\s+/u).map((word) => escape(fold(word))).join("\\s+")}(?![\\p{L}\\p{N}])`).join("|"), "gu");
  return [...folded.matchAll(pattern)].map((match) => ({ kind: "place" as const, start: match.index, end: match.index + match[0].length, match: text.slice(match.index, match.index + match[0].length) }));
}

/** Every passage of `text` that matches the client's identity, earliest first, overlaps merged. */
export function identityWarnings(text: string, identity: ClientIdentity): IdentityWarning[] {
  const found = [
    ...findIdentifyingText(text, identity).map((match) => ({ kind: match.kind, start: match.start, end: match.end, match: text.slice(match.start, match.end) })),
    ...placeMatches(text, identity),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: IdentityWarning[] = [];
  for (const warning of found) {
    const last = kept[kept.length - 1];
    if (last && warning.start < last.end) continue;
    kept.push(warning);
  }
  return kept;
}
