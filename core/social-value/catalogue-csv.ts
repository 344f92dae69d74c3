/**
 * The unit-cost catalogue as a spreadsheet: written for an administrator to edit (one row per
 * entry, money in pounds) and read back all or nothing, every problem named by its row and
 * column. Pure.
 *
 * Rows are numbered as a spreadsheet numbers them: the header is row 1. An empty cell is "none"
 * (no economic value, no caveat). Money is written in pounds ("1408", "1,408.50", "£95"), never
 * pence, because that is how every source states it.
 */
import { z } from "zod";
import { readCsvRecords, toCsv } from "../csv.js";
import { catalogueCodeSchema, checkUnitCostValues, unitCostEntryFields, type UnitCostEntry } from "./catalogue.js";

export const catalogueCsvColumns = [
  "code",
  "description",
  "unit",
  "agency",
  "fiscal_value",
  "economic_value",
  "social_value",
  "price_year",
  "source",
  "source_url",
  "confidence_grade",
  "discount_class",
  "overlap_group",
  "caveat",
] as const;
export type CatalogueCsvColumn = (typeof catalogueCsvColumns)[number];

/** The most rows one file may hold: far more than any catalogue needs. */
export const maxCatalogueCsvRows = 2_000;

/** An entry as imported: everything but the version, which storing it decides. */
export const importedEntrySchema = z.strictObject({ code: catalogueCodeSchema, ...unitCostEntryFields }).superRefine(checkUnitCostValues);
export type ImportedEntry = z.infer<typeof importedEntrySchema>;

export interface CsvProblem {
  /** The spreadsheet's row number: the header is row 1. */
  readonly row: number;
  readonly column: CatalogueCsvColumn | null;
  readonly message: string;
}

export type CatalogueCsvReading = { readonly ok: true; readonly entries: readonly ImportedEntry[] } | { readonly ok: false; readonly problems: readonly CsvProblem[] };

/** Which column holds each field of an entry, for naming a problem where the administrator will look. */
const columnOfField: Record<string, CatalogueCsvColumn> = {
  code: "code",
  description: "description",
  unit: "unit",
  agency: "agency",
  fiscalPence: "fiscal_value",
  economicPence: "economic_value",
  socialPence: "social_value",
  priceYear: "price_year",
  "source.citation": "source",
  "source.url": "source_url",
  confidenceGrade: "confidence_grade",
  discountClass: "discount_class",
  overlapGroup: "overlap_group",
  caveat: "caveat",
};

/** Our own export guards a cell a spreadsheet would run as a formula with an apostrophe (core/csv.ts `csvCell`); reading it back takes that off. */
const unguarded = (cell: string): string => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

/** Pounds as people write them, to whole pence: "1408", "1,408.5", "£95.00". */
function penceOf(cell: string): number | null | "invalid" {
  const written = cell.trim().replace(/^£/, "");
  if (written === "") return null;
  if (!/^(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?$/.test(written)) return "invalid";
  const [pounds, fraction = ""] = written.replace(/,/g, "").split(".");
  return Number(pounds) * 100 + Number(fraction.padEnd(2, "0"));
}

function entryOf(cells: Readonly<Record<CatalogueCsvColumn, string>>, row: number, problems: CsvProblem[]): ImportedEntry | null {
  const before = problems.length;
  const text = (column: CatalogueCsvColumn) => (cells[column].trim() === "" ? null : cells[column].trim());
  const money = (column: CatalogueCsvColumn) => {
    const pence = penceOf(cells[column]);
    if (pence !== "invalid") return pence;
    problems.push({ row, column, message: "Write an amount in pounds, such as 1408 or 1,408.50." });
    return null;
  };
  const grade = text("confidence_grade");
  const candidate = {
    code: cells.code.trim(),
    description: cells.description,
    unit: cells.unit.trim(),
    agency: text("agency"),
    fiscalPence: money("fiscal_value"),
    economicPence: money("economic_value"),
    socialPence: money("social_value"),
    priceYear: cells.price_year.trim(),
    source: { citation: cells.source, url: text("source_url") },
    confidenceGrade: grade !== null && /^\d+$/.test(grade) ? Number(grade) : grade,
    discountClass: cells.discount_class.trim(),
    overlapGroup: text("overlap_group"),
    caveat: text("caveat"),
  };
  const parsed = importedEntrySchema.safeParse(candidate);
  if (parsed.success) return problems.length === before ? parsed.data : null;
  for (const issue of parsed.error.issues) {
    const field = issue.path.map(String).join(".");
    const column = columnOfField[field] ?? columnOfField[String(issue.path[0])] ?? null;
    // A money cell already named as unreadable is not named again as missing.
    if (!problems.some((problem) => problem.row === row && problem.column === column)) problems.push({ row, column, message: issue.message });
  }
  return null;
}

/** Reads a whole file: every entry, or every problem found (nothing is taken from a file with any). */
export function readCatalogueCsv(text: string): CatalogueCsvReading {
  const records = readCsvRecords(text);
  if (records === null) return { ok: false, problems: [{ row: 1, column: null, message: "A quoted cell is never closed." }] };
  const [header, ...rows] = records.filter((record) => record.some((cell) => cell.trim() !== ""));
  if (!header) return { ok: false, problems: [{ row: 1, column: null, message: "The file is empty." }] };
  const names = header.map((name) => name.trim().toLowerCase());
  const problems: CsvProblem[] = [];
  for (const column of catalogueCsvColumns) if (!names.includes(column)) problems.push({ row: 1, column, message: `The header has no "${column}" column.` });
  for (const name of names) if (!(catalogueCsvColumns as readonly string[]).includes(name)) problems.push({ row: 1, column: null, message: `"${name}" is not a column of the catalogue.` });
  if (new Set(names).size !== names.length) problems.push({ row: 1, column: null, message: "A column is named twice." });
  if (rows.length === 0) problems.push({ row: 2, column: null, message: "The file has no entries." });
  if (rows.length > maxCatalogueCsvRows) problems.push({ row: maxCatalogueCsvRows + 2, column: null, message: `A file holds at most ${maxCatalogueCsvRows} entries.` });
  if (problems.length > 0) return { ok: false, problems };

  // Blank lines are left out above, so number each row by its place in the file.
  const numbered = records.map((record, index) => ({ record, row: index + 1 })).filter(({ record }) => record.some((cell) => cell.trim() !== "")).slice(1);
  const entries: ImportedEntry[] = [];
  const firstRowOf = new Map<string, number>();
  for (const { record, row } of numbered) {
    if (record.length !== names.length) {
      problems.push({ row, column: null, message: `This row has ${record.length} cells; the header has ${names.length}.` });
      continue;
    }
    const cells = Object.fromEntries(catalogueCsvColumns.map((column) => [column, unguarded(record[names.indexOf(column)] ?? "")])) as Record<CatalogueCsvColumn, string>;
    const entry = entryOf(cells, row, problems);
    if (!entry) continue;
    const earlier = firstRowOf.get(entry.code);
    if (earlier !== undefined) problems.push({ row, column: "code", message: `${entry.code} is also on row ${earlier}: each code once.` });
    else firstRowOf.set(entry.code, row);
    entries.push(entry);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, entries };
}

const poundsOf = (pence: number | null): string => (pence === null ? "" : (pence / 100).toFixed(2));

/** The catalogue as a file to edit and import again: the header, then one row per entry. */
export function catalogueCsv(entries: readonly UnitCostEntry[]): string {
  return toCsv([
    [...catalogueCsvColumns],
    ...entries.map((entry) => [
      entry.code,
      entry.description,
      entry.unit,
      entry.agency ?? "",
      poundsOf(entry.fiscalPence),
      poundsOf(entry.economicPence),
      poundsOf(entry.socialPence),
      entry.priceYear,
      entry.source.citation,
      entry.source.url ?? "",
      String(entry.confidenceGrade),
      entry.discountClass,
      entry.overlapGroup ?? "",
      entry.caveat ?? "",
    ]),
  ]);
}
