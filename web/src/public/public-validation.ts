/**
 * Problems with the public forms' answers, as catalogue keys in the `public` section (the staff
 * `validation` messages exist only in English and Urdu). Each field says what it needs in its own
 * words — "Enter your name", "Enter a UK postcode" — whether the problem was found here by the core
 * schema or by the server, whose English field messages are matched by field path, not shown.
 */
import type { z } from "zod";

export interface FieldProblem {
  key: string;
  values?: Record<string, string | number>;
}
export type Problems = Record<string, FieldProblem>;

/** What to say when a field is empty or an answer was not chosen. */
const requiredKeys: Record<string, string> = {
  sourceCode: "public.validation.sourceCode",
  "person.givenName": "public.validation.givenName",
  "referrer.name": "public.validation.referrerName",
  referrer: "public.validation.referrerName",
  siteId: "public.validation.siteId",
  reasons: "public.validation.reasons",
  concern: "public.validation.concern",
  urgency: "public.validation.urgency",
  isConsentGiven: "public.validation.consent",
  reference: "public.validation.reference",
  contact: "public.validation.statusContact",
};

/** What to say when an answer is there but not in a form we can use. */
const formatKeys: Record<string, string> = {
  "person.dateOfBirth": "public.validation.dateOfBirth",
  "person.email": "public.validation.email",
  "referrer.email": "public.validation.email",
  "person.phone": "public.validation.phone",
  "referrer.phone": "public.validation.phone",
  "person.postcode": "public.validation.postcode",
  reference: "public.validation.reference",
  contact: "public.validation.statusContact",
};

const requiredCodes = new Set(["invalid_type", "invalid_value", "too_small"]);

export function problemForIssue(issue: z.core.$ZodIssue, path: string, input: unknown): FieldProblem {
  const required = requiredKeys[path];
  if (isBlank(valueAt(input, issue.path)) || (required && requiredCodes.has(issue.code))) {
    return { key: required ?? "public.validation.required" };
  }
  if (issue.code === "too_big" && issue.origin === "string") return { key: "public.validation.tooLong", values: { max: Number(issue.maximum) } };
  const format = formatKeys[path];
  if (format) return { key: format };
  if (issue.code === "custom") return { key: "public.validation.disallowedCharacters" };
  return { key: "public.validation.invalid" };
}

/** A field error from the server (`body.person.phone`, "Enter a phone number…") in the reader's language. */
export function problemFromServer(path: string, message: string): FieldProblem {
  const tooLong = /^At most (\d+) characters\.$/.exec(message);
  if (tooLong) return { key: "public.validation.tooLong", values: { max: Number(tooLong[1]) } };
  if (/^Contains characters that are not allowed\.$/.test(message)) return { key: "public.validation.disallowedCharacters" };
  if (/^Required/.test(message) || /^Choose|^No such site/.test(message)) return { key: requiredKeys[path] ?? "public.validation.required" };
  return { key: formatKeys[path] ?? requiredKeys[path] ?? "public.validation.invalid" };
}

export function blankToUndefined(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

/** The zero of each digit block people here may type in: Arabic-Indic, Urdu/Persian, Devanagari, Bengali, Gurmukhi. */
const digitZeros = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0a66];

/** "٠٧٧٠٠ ৯০০১২৩" → "07700 900123": phone numbers, dates and postcodes typed on any keyboard. */
export function toAsciiDigits(value: string): string {
  return value.replace(/\p{Nd}/gu, (digit) => {
    const code = digit.codePointAt(0) ?? 0;
    const zero = digitZeros.find((start) => code >= start && code <= start + 9);
    return zero === undefined ? digit : String(code - zero);
  });
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const part of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}
