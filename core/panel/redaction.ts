/**
 * The redacted case summary a panel member sees, and the checks that keep identifying text out of
 * it. Panel members include outside agencies, so the summary carries initials and an age band in
 * place of the name and date of birth, no address or contact details, and no session notes except
 * excerpts the safeguarding lead chose. Free text written for the panel (the escalation's reason
 * and risk summary, the chosen excerpts, flag labels) is redacted again here as a backstop; the
 * server should warn with `findIdentifyingText` before saving it, so staff can reword it.
 * Pure: the caller supplies the decrypted identity and today's date.
 */
import { ageBandOn, type AgeBand, type Ethnicity, type religions, type sexes } from "../clients/demographics.js";
import type { SupportTier } from "../cases/case-state-machine.js";
import { foldLatin } from "../identity/fold-latin.js";
import type { VulnerabilityDomain } from "../referrals/vocabulary.js";

/** The client's identity, decrypted by the caller. Dates are `YYYY-MM-DD`. */
export interface ClientIdentity {
  givenName: string | null;
  familyName: string | null;
  otherNames: readonly string[] | null;
  dateOfBirth: string | null;
  address: string | null;
  postcode: string | null;
  phone: string | null;
  email: string | null;
}

export interface PanelSummaryInput {
  identity: ClientIdentity;
  demographics: {
    sex: (typeof sexes)[number] | null;
    ethnicity: Ethnicity | null;
    religion: (typeof religions)[number] | null;
    preferredLanguage: string | null;
  };
  case: { reference: string; siteName: string; tier: SupportTier | null; vulnerabilityDomains: readonly VulnerabilityDomain[]; openedOn: string };
  /** The latest assessment, if any: each area's need and the flags raised. */
  assessment: { needs: Partial<Record<VulnerabilityDomain, number>>; flags: readonly string[] } | null;
  /** Written by staff for the panel. */
  escalation: { reason: string; riskSummary: string };
  /** Session-note excerpts the safeguarding lead chose to include; nothing else from the notes. */
  excerpts: readonly { text: string; sessionDate: string }[];
  /** Today, `YYYY-MM-DD`, for the age band. */
  today: string;
}

export interface RedactedCaseSummary {
  initials: string | null;
  ageBand: AgeBand;
  sex: PanelSummaryInput["demographics"]["sex"];
  ethnicity: Ethnicity | null;
  religion: PanelSummaryInput["demographics"]["religion"];
  preferredLanguage: string | null;
  case: { reference: string; siteName: string; tier: SupportTier | null; vulnerabilityDomains: VulnerabilityDomain[]; openedOn: string };
  assessment: { needs: Partial<Record<VulnerabilityDomain, number>>; flags: string[] } | null;
  escalation: { reason: string; riskSummary: string };
  excerpts: { text: string; sessionDate: string }[];
  /** How many identifying passages the backstop replaced: above zero means the text needs rewording. */
  redactedPassages: number;
}

/** Builds the summary field by field, so nothing reaches the panel unless it is listed here. */
export function redactedCaseSummary(input: PanelSummaryInput): RedactedCaseSummary {
  let redactedPassages = 0;
  const clean = (text: string): string => {
    redactedPassages += findIdentifyingText(text, input.identity).length;
    return redactText(text, input.identity);
  };
  // Cleaned first, so the count is complete before the summary is put together.
  const flags = input.assessment?.flags.map(clean) ?? [];
  const escalation = { reason: clean(input.escalation.reason), riskSummary: clean(input.escalation.riskSummary) };
  const excerpts = input.excerpts.map((excerpt) => ({ text: clean(excerpt.text), sessionDate: excerpt.sessionDate }));
  return {
    initials: initialsOf(input.identity.givenName, input.identity.familyName),
    ageBand: ageBandOn(input.identity.dateOfBirth, input.today),
    sex: input.demographics.sex,
    ethnicity: input.demographics.ethnicity,
    religion: input.demographics.religion,
    preferredLanguage: input.demographics.preferredLanguage,
    case: {
      reference: input.case.reference,
      siteName: input.case.siteName,
      tier: input.case.tier,
      vulnerabilityDomains: [...input.case.vulnerabilityDomains],
      openedOn: input.case.openedOn,
    },
    assessment: input.assessment && { needs: { ...input.assessment.needs }, flags },
    escalation,
    excerpts,
    redactedPassages,
  };
}

// Particles and articles that do not start the name a person is known by: "al-Hassan" is H.,
// "van der Berg" is B. Lower-case Latin only, compared after folding.
const particles = new Set(["al", "el", "bin", "ibn", "bint", "binti", "ul", "ur", "ud", "van", "von", "der", "den", "de", "da", "di", "du", "la", "le", "ter"]);
const arabicArticle = "ال";

/**
 * Initials from the given and family names: the first letter of the first given-name word and of
 * the first family-name word that is not a particle, each followed by a full stop ("Muhammad Ali
 * Khan" → "M. K.", "Anne-Marie Smith-Jones" → "A. S.", "محمد خان" → "م. خ."). Middle names and
 * other names are left out: fewer letters identify less. Letters keep their script and accents;
 * the Arabic article ال is skipped in a longer word. Null when neither name has a letter.
 */
export function initialsOf(givenName: string | null, familyName: string | null): string | null {
  const letters = [firstLetter(givenName, false), firstLetter(familyName, true)].filter((letter): letter is string => letter !== null);
  return letters.length === 0 ? null : letters.map((letter) => `${letter}.`).join(" ");
}

function firstLetter(name: string | null, skipParticles: boolean): string | null {
  const words = (name ?? "").normalize("NFC").split(/[\s\-‐–]+/u).filter((word) => /\p{L}/u.test(word));
  const chosen = (skipParticles && words.find((word) => !particles.has(foldLatin(word.toLowerCase())))) || words[0];
  if (!chosen) return null;
  const word = chosen.startsWith(arabicArticle) && chosen.length > 3 ? chosen.slice(arabicArticle.length) : chosen;
  const letter = /\p{L}\p{M}*/u.exec(word)?.[0];
  return letter ? letter.toUpperCase() : null;
}

export type IdentifyingKind = "name" | "date_of_birth" | "address" | "postcode" | "phone" | "email";

/** One passage of a text that identifies the client: `text.slice(start, end)`. */
export interface IdentifyingMatch {
  kind: IdentifyingKind;
  start: number;
  end: number;
}

export const redactionLabels: Record<IdentifyingKind, string> = {
  name: "[name]",
  date_of_birth: "[date of birth]",
  address: "[address]",
  postcode: "[postcode]",
  phone: "[phone]",
  email: "[email]",
};

/**
 * Where `text` contains the client's names (given, family, other; each word as a whole word, two
 * letters or more, particles aside), date of birth (2007-09-02, 02/09/2007, 2/9/07, 2 September
 * 2007, 2nd Sept 2007, September 2, 2007), address lines that hold a number ("12 Acacia Road";
 * a town alone identifies no one and is often named legitimately), postcode (any spacing), phone
 * (any spacing, 0 or +44) or email. Case- and accent-insensitive. Overlapping matches are merged
 * into the earliest, longest one; matches are sorted by position. Dates are read the UK way only.
 * Not found: a name misspelt or transliterated differently, or an Arabic-script name joined to a
 * prefix (و "and", ب "with"); the warning helps staff, it does not replace reading the text.
 * A name that is also a word (Hope, Will, May) is flagged wherever the word appears: for a panel
 * that includes outside agencies, a false alarm costs less than a missed name.
 */
export function findIdentifyingText(text: string, identity: ClientIdentity): IdentifyingMatch[] {
  const folded = foldWithOffsets(text);
  const found: IdentifyingMatch[] = [];
  for (const { kind, pattern } of patternsFor(identity)) {
    for (const match of folded.text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (end === start) continue;
      let originalEnd = folded.ends[end - 1] ?? text.length;
      // Combining marks fold to nothing, so take any that follow the match along with it.
      while (/\p{M}/u.test(text.charAt(originalEnd))) originalEnd += 1;
      found.push({ kind, start: folded.starts[start] ?? 0, end: originalEnd });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: IdentifyingMatch[] = [];
  for (const match of found) {
    const last = kept[kept.length - 1];
    if (last && match.start < last.end) last.end = Math.max(last.end, match.end);
    else kept.push({ ...match });
  }
  return kept;
}

/** `text` with each identifying passage replaced by its label; consecutive names become one "[name]". */
export function redactText(text: string, identity: ClientIdentity): string {
  let result = "";
  let position = 0;
  for (const match of findIdentifyingText(text, identity)) {
    const label = redactionLabels[match.kind];
    const gap = text.slice(position, match.start);
    // "Aisha Begum" is one name to the reader, so "[name] [name]" would only be noise.
    const isSameName = match.kind === "name" && /^\s+$/u.test(gap) && result.endsWith(label);
    if (!isSameName) result += gap + label;
    position = match.end;
  }
  return result + text.slice(position);
}

// Text is folded (lower case, Latin accents off) before matching, keeping where each folded
// character came from, so matches are reported against the original text.
function foldWithOffsets(text: string): { text: string; starts: number[]; ends: number[] } {
  let folded = "";
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const character of text) {
    const piece = fold(character);
    for (let i = 0; i < piece.length; i += 1) {
      starts.push(index);
      ends.push(index + character.length);
    }
    folded += piece;
    index += character.length;
  }
  return { text: folded, starts, ends };
}

const fold = (value: string): string => foldLatin(value.toLowerCase());
const escape = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
const wordBefore = "(?<![\\p{L}\\p{M}\\p{N}])";
const wordAfter = "(?![\\p{L}\\p{M}\\p{N}])";
const apostrophe = /['’‘`´ʼ]/u;

function patternsFor(identity: ClientIdentity): { kind: IdentifyingKind; pattern: RegExp }[] {
  const patterns: { kind: IdentifyingKind; pattern: RegExp }[] = [];
  const add = (kind: IdentifyingKind, sources: readonly string[]) => {
    if (sources.length > 0) patterns.push({ kind, pattern: new RegExp(sources.map((source) => `(?:${source})`).join("|"), "gu") });
  };
  add("name", nameSources(identity));
  add("date_of_birth", identity.dateOfBirth ? dateSources(identity.dateOfBirth) : []);
  add("address", addressSources(identity.address));
  add("postcode", postcodeSources(identity.postcode));
  add("phone", phoneSources(identity.phone));
  if (identity.email?.trim()) add("email", [`(?<![\\w.+-])${escape(fold(identity.email.trim()))}(?![\\w-])`]);
  return patterns;
}

function nameSources(identity: ClientIdentity): string[] {
  const names = [identity.givenName, identity.familyName, ...(identity.otherNames ?? [])];
  const words = names.flatMap((name) => fold((name ?? "").normalize("NFC")).split(/[\s\-‐–,.()]+/u));
  const parts = [...new Set(words.filter((word) => [...word].length >= 2 && /\p{L}/u.test(word) && !particles.has(word)))];
  // Longest first, so "Ann-Marie"'s "marie" is not cut short by a shorter part sharing its start.
  parts.sort((a, b) => b.length - a.length);
  return parts.map((part) => wordBefore + part.split(apostrophe).map(escape).join("['’‘`´ʼ]?") + wordAfter);
}

const months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

function dateSources(dateOfBirth: string): string[] {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(dateOfBirth);
  if (!parts) return [];
  const [, year = "", month = "", day = ""] = parts;
  const d = `0?${Number(day)}`;
  const m = `0?${Number(month)}`;
  const name = months[Number(month) - 1] ?? "";
  // Full month name or its three- or four-letter abbreviation ("Sep", "Sept"), full stop optional.
  const monthName = `(?:${name}|${name.slice(0, 4)}\\.?|${name.slice(0, 3)}\\.?)`;
  const ordinal = `${Number(day)}(?:st|nd|rd|th)?`;
  const fullYear = `(?:${year})`;
  return [
    `(?<!\\d)${year}[-/.]${m}[-/.]${d}(?!\\d)`,
    `(?<!\\d)${d}[-/.]${m}[-/.](?:${year}|${year.slice(2)})(?!\\d)`,
    `(?<![\\d\\p{L}])0?${ordinal}\\s+(?:of\\s+)?${monthName},?\\s+${fullYear}(?!\\d)`,
    `${wordBefore}${monthName}\\s+0?${ordinal},?\\s+${fullYear}(?!\\d)`,
  ];
}

function addressSources(address: string | null): string[] {
  const lines = (address ?? "").split(/[,\n]+/u).map((line) => fold(line.trim()));
  return lines
    .filter((line) => line.length >= 4 && /\d/u.test(line) && /\p{L}/u.test(line))
    .map((line) => wordBefore + line.split(/\s+/u).map(escape).join("[\\s,]+") + wordAfter);
}

function postcodeSources(postcode: string | null): string[] {
  const compact = fold(postcode ?? "").replace(/\s+/gu, "");
  if (compact.length < 5) return [];
  return [`(?<![\\p{L}\\p{N}])${escape(compact.slice(0, -3))}\\s*${escape(compact.slice(-3))}(?![\\p{L}\\p{N}])`];
}

/** A phone number's digits between any spacing, and a UK number in either its 0 or +44 form. */
function phoneSources(phone: string | null): string[] {
  let digits = (phone ?? "").replace(/\D/gu, "");
  if (digits.startsWith("44") && (phone ?? "").trim().startsWith("+")) digits = `0${digits.slice(2)}`;
  else if (digits.startsWith("0044")) digits = `0${digits.slice(4)}`;
  if (digits.length < 6) return [];
  const spaced = (value: string) => [...value].join("[\\s\\-.()]*");
  const prefix = digits.startsWith("0") ? `(?:(?:\\+|00)\\s*44\\s*(?:\\(0\\)\\s*)?\\(?|\\(?0)` : "\\+?";
  const rest = digits.startsWith("0") ? digits.slice(1) : digits;
  return [`(?<![\\d+])${prefix}${spaced(rest)}(?!\\d)`];
}
