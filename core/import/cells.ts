/**
 * What every kind of spreadsheet row shares: the problems a row can have (codes the interface and
 * the error report translate), how a kind describes its fields, how headers are recognised, and a
 * reader that turns a row's cells into checked values, naming each problem by field and code and
 * never by the cell's value. Pure: the organisation's own codes and today's date come in as data.
 */
import { type z } from "zod";
import { dateOfBirthSchema } from "../api/referrals.js";

export const importKinds = ["clients", "referrals", "cases", "sessions"] as const;
export type ImportKind = (typeof importKinds)[number];

/** Problems a row can have, as codes the interface and the error report translate. */
export const importProblems = [
  "required",
  "too_long",
  "bad_characters",
  "bad_date",
  "future_date",
  "bad_time",
  "bad_number",
  "bad_postcode",
  "bad_phone",
  "bad_email",
  "bad_nhs_number",
  "unknown_code",
  "bad_yes_no",
  "not_allowed",
  "before_start",
  "unknown_client",
  "unknown_referral",
  "unknown_case",
  "other_site",
  "duplicate_reference_in_file",
  "duplicate_in_file",
  "already_imported",
  "likely_duplicate",
] as const;
export type ImportProblem = (typeof importProblems)[number];

/** Problems that say the record is probably already held (counted apart from bad data). */
export const duplicateProblems: readonly ImportProblem[] = ["duplicate_reference_in_file", "duplicate_in_file", "already_imported", "likely_duplicate"];

export interface RowProblem {
  field: string;
  problem: ImportProblem;
  /** For duplicates: the earlier row's number or the existing record's reference. */
  detail?: string;
}

/** The organisation's own words a row is checked against, and the day it is checked on (YYYY-MM-DD, London). */
export interface CheckContext {
  today: string;
  referralSources: ReadonlySet<string>;
  interventionTypes: ReadonlySet<string>;
}

/** One kind of row: its fields, which are required, the headers each is known by, and its check. */
export interface ImportKindDefinition<Field extends string = string, Row = unknown> {
  kind: ImportKind;
  fields: readonly Field[];
  required: readonly Field[];
  headerWords: Record<Field, readonly string[]>;
  check(cells: Partial<Record<Field, string>>, context: CheckContext): { row: Row | null; problems: RowProblem[] };
}

const normaliseHeader = (header: string) => header.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/** Column number for each field whose header is an obvious match; each column used at most once. */
export function guessColumns<Field extends string>(definition: Pick<ImportKindDefinition<Field>, "fields" | "headerWords">, headers: readonly string[]): Partial<Record<Field, number>> {
  const normalised = headers.map(normaliseHeader);
  const guessed: Partial<Record<Field, number>> = {};
  const used = new Set<number>();
  for (const field of definition.fields) {
    const column = normalised.findIndex((header, index) => !used.has(index) && definition.headerWords[field].includes(header));
    if (column >= 0) {
      guessed[field] = column;
      used.add(column);
    }
  }
  return guessed;
}

/** The cells of a row by field, from the column each field is mapped to. */
export function cellsOf<Field extends string>(fields: readonly Field[], row: readonly string[], columns: Partial<Record<string, number>>): Partial<Record<Field, string>> {
  const cells: Partial<Record<Field, string>> = {};
  for (const field of fields) {
    const column = columns[field];
    if (column !== undefined) cells[field] = row[column] ?? "";
  }
  return cells;
}

/** A word as a code: "Did not attend" and "did-not-attend" are both `did_not_attend`. */
export const asCode = (text: string): string => text.trim().toLowerCase().replace(/[\s-]+/g, "_");

/** A day written YYYY-MM-DD, or as UK spreadsheets write it, DD/MM/YYYY (also with dots or dashes). */
export function readDay(text: string): string | null {
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  const iso = uk ? `${uk[3]}-${uk[2]!.padStart(2, "0")}-${uk[1]!.padStart(2, "0")}` : text.trim();
  return dateOfBirthSchema.safeParse(iso).success ? iso : null;
}

function readYesNo(text: string): boolean | null {
  const code = asCode(text);
  if (["yes", "y", "true", "1"].includes(code)) return true;
  if (["no", "n", "false", "0"].includes(code)) return false;
  return null;
}

const textProblem = (error: z.ZodError): ImportProblem =>
  error.issues.some((issue) => issue.code === "too_big") ? "too_long" : error.issues.some((issue) => issue.code === "too_small") ? "required" : "bad_characters";

/**
 * Reads a row's cells field by field; each reading that fails adds its problem to `problems` and
 * gives null (or the fallback), so one pass over a row names every problem it has.
 */
export function cellReader<Field extends string>(cells: Partial<Record<Field, string>>, required: readonly Field[]) {
  const problems: RowProblem[] = [];
  const value = (field: Field): string | null => {
    const text = cells[field]?.trim() ?? "";
    if (text === "" && required.includes(field)) problems.push({ field, problem: "required" });
    return text === "" ? null : text;
  };
  const reader = {
    problems,
    value,
    problem(field: Field, problem: ImportProblem) {
      problems.push({ field, problem });
    },
    /** Text checked by the same schema the form uses; `problem` is what a failure is called. */
    text(field: Field, schema: z.ZodType<string>, problem: ImportProblem = "bad_characters"): string | null {
      const text = value(field);
      if (text === null) return null;
      const parsed = schema.safeParse(text);
      if (parsed.success) return parsed.data;
      problems.push({ field, problem: problem === "bad_characters" ? textProblem(parsed.error) : problem });
      return null;
    },
    code<T extends string>(field: Field, allowed: Iterable<T>, fallback: T): T {
      const text = value(field);
      if (text === null) return fallback;
      const found = [...allowed].find((option) => option === asCode(text));
      if (!found) problems.push({ field, problem: "unknown_code" });
      return found ?? fallback;
    },
    /** Several codes in one cell, separated by commas, semicolons or slashes; each once. */
    codes<T extends string>(field: Field, allowed: readonly T[]): T[] {
      const text = value(field);
      if (text === null) return [];
      const found = text.split(/[,;/|]+/).map(asCode).filter((code) => code !== "");
      if (found.some((code) => !allowed.includes(code as T))) {
        problems.push({ field, problem: "unknown_code" });
        return [];
      }
      return [...new Set(found as T[])];
    },
    /** A day, not after `latest` when given (a record cannot be dated in the future). */
    day(field: Field, latest?: string): string | null {
      const text = value(field);
      if (text === null) return null;
      const day = readDay(text);
      if (day === null) problems.push({ field, problem: "bad_date" });
      else if (latest !== undefined && day > latest) problems.push({ field, problem: "future_date" });
      else return day;
      return null;
    },
    /** A time of day, 24-hour, HH:MM or H.MM. */
    time(field: Field): string | null {
      const text = value(field);
      if (text === null) return null;
      const found = /^(\d{1,2})[:.](\d{2})(?::00)?$/.exec(text);
      if (found && Number(found[1]) < 24 && Number(found[2]) < 60) return `${found[1]!.padStart(2, "0")}:${found[2]}`;
      problems.push({ field, problem: "bad_time" });
      return null;
    },
    wholeNumber(field: Field, min: number, max: number): number | null {
      const text = value(field);
      if (text === null) return null;
      const number = /^\d+$/.test(text) ? Number(text) : NaN;
      if (number >= min && number <= max) return number;
      problems.push({ field, problem: "bad_number" });
      return null;
    },
    yesNo(field: Field, fallback: boolean): boolean {
      const text = value(field);
      if (text === null) return fallback;
      const read = readYesNo(text);
      if (read === null) problems.push({ field, problem: "bad_yes_no" });
      return read ?? fallback;
    },
  };
  return reader;
}
