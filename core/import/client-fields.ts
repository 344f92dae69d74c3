/**
 * Importing clients from a spreadsheet: the fields a row can fill, the column headers each is
 * recognised by, and the check of one row (pure: the same rules the forms apply, with problems
 * named by field and a stable code, never by the cell's value).
 */
import { z } from "zod";
import { phoneSchema, postcodeSchema } from "../api/referrals.js";
import { displayTextSchema } from "../api/common.js";
import { nhsNumberSchema } from "../api/clients.js";
import { ethnicityCodes, religions, sexes } from "../clients/demographics.js";
import { supportLanguages, workerGenderPreferences } from "../referrals/vocabulary.js";
import { cellReader, cellsOf, type ImportKindDefinition, type RowProblem } from "./cells.js";

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

const clientHeaderWords: Record<ClientImportField, readonly string[]> = {
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

// Made once: a 100,000-row file is checked row by row.
const schemas = { reference: displayTextSchema(50), name: displayTextSchema(100), address: z.string().max(300), email: z.email().max(254) };

/** Checks one row against the same rules as the forms; `today` (YYYY-MM-DD) bounds dates of birth. */
export function checkClientRow(cells: ClientCells, today: string): { client: ImportedClient | null; problems: RowProblem[] } {
  const read = cellReader(cells, requiredClientFields);
  const reference = read.text("reference", schemas.reference);
  const givenName = read.text("givenName", schemas.name);
  const familyName = read.text("familyName", schemas.name);
  const address = read.text("address", schemas.address, "too_long");
  const postcode = read.text("postcode", postcodeSchema, "bad_postcode");
  const phone = read.text("phone", phoneSchema, "bad_phone");
  const email = read.text("email", schemas.email, "bad_email");
  const nhsNumber = read.text("nhsNumber", nhsNumberSchema, "bad_nhs_number");
  const dateOfBirth = read.day("dateOfBirth", today);
  const sex = read.code("sex", sexes, "not_stated");
  const ethnicity = read.code("ethnicity", ethnicityCodes, "not_stated");
  const religion = read.code("religion", religions, "not_stated");
  const preferredLanguage = read.code("preferredLanguage", supportLanguages, "en");
  const preferredWorkerGender = read.code("preferredWorkerGender", workerGenderPreferences, "no_preference");
  const isInterpreterNeeded = read.yesNo("isInterpreterNeeded", false);
  const problems = read.problems;
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

/** Clients as one kind of import. */
export const clientImport: ImportKindDefinition<ClientImportField, ImportedClient> = {
  kind: "clients",
  fields: clientImportFields,
  required: requiredClientFields,
  headerWords: clientHeaderWords,
  check: (cells, context) => {
    const { client, problems } = checkClientRow(cells, context.today);
    return { row: client, problems };
  },
};

/** The cells of a client row by field. */
export const clientCellsOf = (row: readonly string[], columns: Partial<Record<string, number>>): ClientCells => cellsOf(clientImportFields, row, columns);
