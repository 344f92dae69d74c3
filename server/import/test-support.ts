/**
 * Spreadsheets of invented clients for the import tests and benchmark: `count` rows, each person
 * distinct (their own reference, date of birth, phone, email and NHS number), with `badRows` rows
 * spoiled in one way each, cycling through every kind of problem, and the problem each should get.
 */
import type { ImportProblem } from "../../core/import/cells.js";
import type { ClientImportField } from "../../core/import/client-fields.js";
import type { XlsxCell } from "../../test/xlsx-file.js";

export const sheetHeaders = ["Client ID", "First name", "Surname", "Date of birth", "Address", "Postcode", "Phone", "Email", "NHS number", "Sex", "Ethnicity", "Religion", "Language", "Interpreter", "Worker gender"];

const givenNames = ["Aisha", "Bilal", "Chloe", "Dawood", "Esther", "Farhan", "Grace", "Hamza", "Imran", "Jamila", "Kiran", "Layla", "Musa", "Nadia", "Omar", "Priya", "Qasim", "Rukhsana", "Samir", "Tariq", "Usman", "Yasmin", "Zainab", "Adam", "Bushra"];
const familyNames = ["Ahmed", "Begum", "Chowdhury", "Davies", "Evans", "Farooq", "Green", "Hussain", "Iqbal", "Jones", "Khan", "Latif", "Malik", "Nawaz", "Owen", "Patel", "Qureshi", "Rahman", "Shah", "Taylor", "Uddin", "Walsh", "Yousaf", "Zaman", "Akhtar"];
const sexes = ["female", "male", "not_stated"];
const religions = ["muslim", "christian", "sikh", "none", "not_stated"];
const ethnicities = ["asian_pakistani", "asian_bangladeshi", "white_british", "black_african", "not_stated"];

interface Spoiler {
  field: ClientImportField;
  problem: ImportProblem;
  spoil(row: string[], rows: string[][], index: number): void;
}

const column = (field: string) => sheetHeaders.indexOf(field);
const set = (header: string, value: string) => (row: string[]) => {
  row[column(header)] = value;
};

/** One of each kind of problem a row can have, in the order they are used. */
const spoilers: Spoiler[] = [
  { field: "reference", problem: "required", spoil: set("Client ID", "") },
  { field: "givenName", problem: "required", spoil: set("First name", " ") },
  { field: "dateOfBirth", problem: "bad_date", spoil: set("Date of birth", "31/02/1990") },
  { field: "dateOfBirth", problem: "future_date", spoil: set("Date of birth", "2099-01-01") },
  { field: "postcode", problem: "bad_postcode", spoil: set("Postcode", "NOT A POSTCODE") },
  { field: "phone", problem: "bad_phone", spoil: set("Phone", "call after six") },
  { field: "email", problem: "bad_email", spoil: set("Email", "nobody at example") },
  { field: "nhsNumber", problem: "bad_nhs_number", spoil: set("NHS number", "12345") },
  { field: "sex", problem: "unknown_code", spoil: set("Sex", "X") },
  { field: "ethnicity", problem: "unknown_code", spoil: set("Ethnicity", "martian") },
  { field: "religion", problem: "unknown_code", spoil: set("Religion", "jedi") },
  { field: "preferredLanguage", problem: "unknown_code", spoil: set("Language", "klingon") },
  { field: "isInterpreterNeeded", problem: "bad_yes_no", spoil: set("Interpreter", "maybe") },
  { field: "preferredWorkerGender", problem: "unknown_code", spoil: set("Worker gender", "any") },
  { field: "familyName", problem: "too_long", spoil: set("Surname", "X".repeat(101)) },
  {
    field: "reference",
    problem: "duplicate_reference_in_file",
    spoil: (row, rows, index) => {
      row[0] = rows[index - 1]![0]!;
    },
  },
  {
    field: "givenName",
    problem: "duplicate_in_file",
    spoil: (row, rows, index) => {
      for (const header of ["First name", "Surname", "Date of birth"]) row[column(header)] = rows[index - 1]![column(header)]!;
    },
  },
];

export interface GeneratedSheet {
  /** The header row, then the data rows; the header is the file's row 1. */
  rows: string[][];
  /** The problem each spoiled row should be reported with, by row number. */
  expected: Map<number, { field: ClientImportField; problem: ImportProblem }>;
}

const day = (index: number) => new Date(Date.UTC(1950, 0, 1) + index * 86_400_000).toISOString().slice(0, 10);

export function generateClientSheet(count: number, options: { badRows?: number; referencePrefix?: string } = {}): GeneratedSheet {
  const badRows = options.badRows ?? 0;
  const prefix = options.referencePrefix ?? "OLD";
  const rows: string[][] = [];
  for (let index = 0; index < count; index += 1) {
    // (name, date of birth) repeats only after lcm(625, 27,000) = 135,000 rows.
    const iso = day(index % 27_000);
    rows.push([
      `${prefix}-${String(index + 1).padStart(6, "0")}`,
      givenNames[index % givenNames.length]!,
      familyNames[Math.floor(index / givenNames.length) % familyNames.length]!,
      index % 2 === 0 ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : iso,
      index % 3 === 0 ? `${index + 1} Example Road` : "",
      `B${(index % 30) + 1} ${index % 9}AB`,
      `07700 ${String(100_000 + (index % 900_000)).padStart(6, "0")}`,
      `person${index + 1}@example.org`,
      String(4_000_000_000 + index),
      sexes[index % sexes.length]!,
      ethnicities[index % ethnicities.length]!,
      religions[index % religions.length]!,
      index % 4 === 0 ? "ur" : "en",
      index % 4 === 0 ? "yes" : "no",
      "no_preference",
    ]);
  }
  const expected = new Map<number, { field: ClientImportField; problem: ImportProblem }>();
  const spacing = Math.floor(count / (badRows + 1));
  for (let bad = 0; bad < badRows; bad += 1) {
    const index = spacing * (bad + 1);
    const spoiler = spoilers[bad % spoilers.length]!;
    spoiler.spoil(rows[index]!, rows, index);
    expected.set(index + 2, { field: spoiler.field, problem: spoiler.problem });
  }
  return { rows: [sheetHeaders, ...rows], expected };
}

/** The sheet as an .xlsx would hold it: dates as date cells, the NHS number as a number. */
export function asXlsxCells(rows: readonly string[][]): XlsxCell[][] {
  const dateColumn = column("Date of birth");
  const nhsColumn = column("NHS number");
  return rows.map((row, index) =>
    index === 0
      ? row
      : row.map((cell, at) => {
          if (at === dateColumn && /^\d{4}-\d{2}-\d{2}$/.test(cell) && cell < "2030") return { day: cell };
          if (at === nhsColumn && /^\d{10}$/.test(cell)) return Number(cell);
          return cell;
        }),
  );
}
