/**
 * Importing clients from a spreadsheet: the fields a row can fill, the column headers each is
 * recognised by, and the check of one row (pure: the same rules the forms apply, with problems
 * named by field and a stable code, never by the cell's value).
 */
import { z } from "zod";
import { dateOfBirthSchema, phoneSchema, postcodeSchema } from "../api/referrals.js";
import { displayTextSchema } from "../api/common.js";
import { nhsNumberSchema } from "../api/clients.js";
import { ethnicityCodes, religions, sexes } from "../clients/demographics.js";
import { supportLanguages, workerGenderPreferences } from "../referrals/vocabulary.js";

export const clientImportFields = [
  "reference",
  "givenName",
  "familyName",
  "dateOfBirth",
  "address",
  "postcode",
  "phone",
  "email",
  "nhsNumber",
  "sex",
  "ethnicity",
  "religion",
  "preferredLanguage",
  "isInterpreterNeeded",
  "preferredWorkerGender",
] as const;
export type ClientImportField = (typeof clientImportFields)[number];

/** Fields every row must have: the spreadsheet's own reference (to link and to re-find) and a name. */
export const requiredClientFields: readonly ClientImportField[] = ["reference", "givenName"];

/** Problems a row can have, as codes the interface and the error report translate. */
export const importProblems = [
  "required",
  "too_long",
  "bad_characters",
  "bad_date",
  "future_date",
  "bad_postcode",
  "bad_phone",
  "bad_email",
  "bad_nhs_number",
  "unknown_code",
  "bad_yes_no",
  "duplicate_reference_in_file",
  "duplicate_in_file",
  "already_imported",
  "likely_duplicate",
] as const;
export type ImportProblem = (typeof importProblems)[number];

/** Problems that say the person is probably already known (counted apart from bad data). */
export const duplicateProblems: readonly ImportProblem[] = ["duplicate_reference_in_file", "duplicate_in_file", "already_imported", "likely_duplicate"];

const headerWords: Record<ClientImportField, readonly string[]> = {
  reference: ["reference", "ref", "client reference", "client ref", "client id", "id", "client number", "record number", "legacy id"],
  givenName: ["given name", "given names", "first name", "first names", "forename", "forenames", "name"],
  familyName: ["family name", "surname", "last name"],
  dateOfBirth: ["date of birth", "dob", "birth date", "birthday", "d o b"],
  address: ["address", "home address", "address line 1"],
  postcode: ["postcode", "post code", "postal code"],
  phone: ["phone", "phone number", "telephone", "mobile", "mobile number", "tel", "contact number"],
  email: ["email", "email address", "e mail"],
  nhsNumber: ["nhs number", "nhs no", "nhs"],
  sex: ["sex", "gender"],
  ethnicity: ["ethnicity", "ethnic group", "ethnic origin"],
  religion: ["religion", "faith", "religion or belief"],
  preferredLanguage: ["preferred language", "language", "language code"],
  isInterpreterNeeded: ["interpreter", "interpreter needed", "needs interpreter", "needs an interpreter"],
  preferredWorkerGender: ["worker gender", "preferred worker gender", "worker gender preference"],
};

const normaliseHeader = (header: string) => header.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/** Column number for each field whose header is an obvious match; each column used at most once. */
export function guessClientColumns(headers: readonly string[]): Partial<Record<ClientImportField, number>> {
  const normalised = headers.map(normaliseHeader);
  const guessed: Partial<Record<ClientImportField, number>> = {};
  const used = new Set<number>();
  for (const field of clientImportFields) {
    const column = normalised.findIndex((header, index) => !used.has(index) && headerWords[field].includes(header));
    if (column >= 0) {
      guessed[field] = column;
      used.add(column);
    }
  }
  return guessed;
}

/** A row's values by field, as cut from the spreadsheet. */
export type ClientCells = Partial<Record<ClientImportField, string>>;

/** A row that passed its checks, ready to be written. */
export interface ImportedClient {
  reference: string;
  identity: {
    givenName: string;
    familyName: string | null;
    otherNames: string[];
    dateOfBirth: string | null;
    address: string | null;
    postcode: string | null;
    phone: string | null;
    email: string | null;
    nhsNumber: string | null;
  };
  sex: (typeof sexes)[number];
  ethnicity: (typeof ethnicityCodes)[number];
  religion: (typeof religions)[number];
  preferredLanguage: (typeof supportLanguages)[number];
  isInterpreterNeeded: boolean;
  preferredWorkerGender: (typeof workerGenderPreferences)[number];
}

export interface RowProblem {
  field: ClientImportField;
  problem: ImportProblem;
  /** For duplicates: the earlier row's number or the existing record's reference. */
  detail?: string;
}

const asCode = (text: string) => text.trim().toLowerCase().replace(/[\s-]+/g, "_");

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

// Made once: a 100,000-row file is checked row by row.
const schemas = { reference: displayTextSchema(50), name: displayTextSchema(100), address: z.string().max(300), email: z.email().max(254) };

/** Checks one row against the same rules as the forms; `today` (YYYY-MM-DD) bounds dates of birth. */
export function checkClientRow(cells: ClientCells, today: string): { client: ImportedClient | null; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const value = (field: ClientImportField) => {
    const text = cells[field]?.trim() ?? "";
    return text === "" ? null : text;
  };
  const named = (field: ClientImportField, schema: z.ZodType<string>, problem: ImportProblem): string | null => {
    const text = value(field);
    if (text === null) {
      if (requiredClientFields.includes(field)) problems.push({ field, problem: "required" });
      return null;
    }
    const parsed = schema.safeParse(text);
    if (parsed.success) return parsed.data;
    problems.push({ field, problem: problem === "bad_characters" ? textProblem(parsed.error) : problem });
    return null;
  };
  const code = <T extends string>(field: ClientImportField, allowed: readonly T[], fallback: T): T => {
    const text = value(field);
    if (text === null) return fallback;
    const found = allowed.find((option) => option === asCode(text));
    if (!found) problems.push({ field, problem: "unknown_code" });
    return found ?? fallback;
  };

  const reference = named("reference", schemas.reference, "bad_characters");
  const givenName = named("givenName", schemas.name, "bad_characters");
  const familyName = named("familyName", schemas.name, "bad_characters");
  const address = named("address", schemas.address, "too_long");
  const postcode = named("postcode", postcodeSchema, "bad_postcode");
  const phone = named("phone", phoneSchema, "bad_phone");
  const email = named("email", schemas.email, "bad_email");
  const nhsNumber = named("nhsNumber", nhsNumberSchema, "bad_nhs_number");
  let dateOfBirth: string | null = null;
  const dateText = value("dateOfBirth");
  if (dateText !== null) {
    dateOfBirth = readDay(dateText);
    if (dateOfBirth === null) problems.push({ field: "dateOfBirth", problem: "bad_date" });
    else if (dateOfBirth > today) {
      problems.push({ field: "dateOfBirth", problem: "future_date" });
      dateOfBirth = null;
    }
  }
  const sex = code("sex", sexes, "not_stated");
  const ethnicity = code("ethnicity", ethnicityCodes, "not_stated");
  const religion = code("religion", religions, "not_stated");
  const preferredLanguage = code("preferredLanguage", supportLanguages, "en");
  const preferredWorkerGender = code("preferredWorkerGender", workerGenderPreferences, "no_preference");
  let isInterpreterNeeded = false;
  const interpreter = value("isInterpreterNeeded");
  if (interpreter !== null) {
    const read = readYesNo(interpreter);
    if (read === null) problems.push({ field: "isInterpreterNeeded", problem: "bad_yes_no" });
    else isInterpreterNeeded = read;
  }
  if (problems.length > 0 || reference === null || givenName === null) return { client: null, problems };
  return {
    client: {
      reference,
      identity: { givenName, familyName, otherNames: [], dateOfBirth, address, postcode, phone, email, nhsNumber },
      sex,
      ethnicity,
      religion,
      preferredLanguage,
      isInterpreterNeeded,
      preferredWorkerGender,
    },
    problems,
  };
}

/** The cells of a row by field, from the column each field is mapped to. */
export function cellsOf(row: readonly string[], columns: Partial<Record<ClientImportField, number>>): ClientCells {
  const cells: ClientCells = {};
  for (const field of clientImportFields) {
    const column = columns[field];
    if (column !== undefined) cells[field] = row[column] ?? "";
  }
  return cells;
}
