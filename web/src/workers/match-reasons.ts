/**
 * Why a worker ranks where they do, or was left out, in plain words: each reason from the matching
 * core (core/support/matching.ts) as a catalogue key and its values ("Speaks Urdu", "Female, as the
 * client prefers", "Theology for a high need in radicalisation or extremism", "6 of 15 places
 * free"), with the points it gave. Codes (languages, areas, specialisms, dates) are named by the
 * caller's namers, so this stays a pure mapping.
 */
import type { ExclusionReasonView, MatchReasonView } from "../../../core/api/workers.js";

export interface Namers {
  language: (code: string) => string;
  domain: (code: string) => string;
  specialism: (code: string) => string;
  /** A gender as a word inside a sentence ("a worker who is female"). */
  gender: (code: string) => string;
  /** A gender as a label that starts a line ("Female, as the client prefers"). */
  genderLabel: (code: string) => string;
  day: (isoDate: string) => string;
  list: (items: string[]) => string;
}

export interface ReasonLine {
  key: string;
  values: Record<string, string | number>;
  /** The points the reason gave; 0 for a reason that only explains (a language not spoken). */
  points: number;
}

/** `preferredGender`: what the client asked for, which a gender match is a match with. */
export function reasonLine(reason: MatchReasonView, names: Namers, preferredGender: string): ReasonLine {
  const line = (key: string, values: Record<string, string | number> = {}): ReasonLine => ({ key, values, points: reason.points });
  switch (reason.kind) {
    case "gender_match":
      return line("workers.matches.reasons.genderMatch", { gender: names.genderLabel(preferredGender) });
    case "gender_mismatch":
      return line("workers.matches.reasons.genderMismatch", { gender: names.gender(reason.preferred) });
    case "language_match":
      return line("workers.matches.reasons.languageMatch", { language: names.language(reason.language) });
    case "language_missing":
      return line("workers.matches.reasons.languageMissing", { language: names.language(reason.language) });
    case "need_met":
      return line(reason.level === "high" ? "workers.matches.reasons.needMetHigh" : "workers.matches.reasons.needMetModerate", {
        specialisms: names.list(reason.specialisms.map(names.specialism)),
        domain: names.domain(reason.domain),
      });
    case "need_unmet":
      return line(reason.level === "high" ? "workers.matches.reasons.needUnmetHigh" : "workers.matches.reasons.needUnmetModerate", { domain: names.domain(reason.domain) });
    case "asked_for":
      return line("workers.matches.reasons.askedFor", { specialism: names.specialism(reason.specialism) });
    case "asked_for_missing":
      return line("workers.matches.reasons.askedForMissing", { specialism: names.specialism(reason.specialism) });
    case "capacity":
      return line("workers.matches.reasons.capacity", { free: reason.free, max: reason.max });
    case "vetting_expiring":
      return line("workers.matches.reasons.vettingExpiring", { date: names.day(reason.expiresOn) });
  }
}

export function exclusionLine(reason: ExclusionReasonView, names: Namers): { key: string; values: Record<string, string | number> } {
  switch (reason.kind) {
    case "conflict":
      return { key: "workers.matches.excludedFor.conflict", values: {} };
    case "vetting_missing":
      return { key: "workers.matches.excludedFor.vettingMissing", values: {} };
    case "vetting_expired":
      return { key: "workers.matches.excludedFor.vettingExpired", values: { date: names.day(reason.expiresOn) } };
    case "other_site":
      return { key: "workers.matches.excludedFor.otherSite", values: {} };
    case "at_capacity":
      return { key: "workers.matches.excludedFor.atCapacity", values: { max: reason.max } };
    case "already_on_case":
      return { key: "workers.matches.excludedFor.alreadyOnCase", values: {} };
  }
}

/** Points with their sign, as a score is read: "+30", "−40" (a true minus sign). */
export const signedPoints = (points: number, format: (value: number) => string): string =>
  points > 0 ? `+${format(points)}` : points < 0 ? `\u2212${format(Math.abs(points))}` : format(0);
