/**
 * The first worksheet of an Excel (.xlsx) workbook as rows of text, read without an XML library:
 * SpreadsheetML is a small, fixed vocabulary, and reading only it means no document type
 * definitions, external entities or entity expansion can ever be processed (a file declaring a
 * DOCTYPE is refused outright). Dates are numbers in Excel; a number whose cell style is a date
 * format comes back as YYYY-MM-DD, as a CSV export would have written it.
 */
import { openZip, ZipError } from "./zip.js";

export class SpreadsheetError extends Error {
  override readonly name = "SpreadsheetError";
}

/** A row as read: its row number in the sheet (1 is the first) and its cells by column. */
export interface SheetRow {
  rowNumber: number;
  cells: string[];
}

export interface ReadLimits {
  /** Inflated size allowed for any one part of the workbook. */
  maxPartBytes: number;
  maxRows: number;
  maxColumns: number;
}

const entities: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** XML text with the five predefined entities and character references decoded, and OOXML's _xHHHH_ escapes. */
function decodeText(text: string): string {
  return text
    .replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_whole, name: string) =>
      name.startsWith("#x") ? String.fromCodePoint(parseInt(name.slice(2), 16)) : name.startsWith("#") ? String.fromCodePoint(parseInt(name.slice(1), 10)) : (entities[name] ?? ""),
    )
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const attribute = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** The text of a string item (`<si>` or `<is>`): its `<t>` runs joined, phonetic guides left out. */
function stringItemText(xml: string): string {
  const withoutPhonetic = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
  let text = "";
  for (const match of withoutPhonetic.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g)) text += decodeText(match[1] ?? "");
  return text;
}

function readXml(archive: ReturnType<typeof openZip>, name: string, limits: ReadLimits): string | null {
  if (!archive.has(name)) return null;
  const text = archive.read(name, limits.maxPartBytes).toString("utf8");
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw new SpreadsheetError("declares a document type");
  return text;
}

/** Built-in number formats that show a date (ECMA-376 Part 1, 18.8.30). */
const builtInDateFormats = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** Which cell styles (by index) format a number as a date. */
function dateStyles(stylesXml: string | null): Set<number> {
  const styles = new Set<number>();
  if (!stylesXml) return styles;
  const customDates = new Set<number>();
  for (const match of stylesXml.matchAll(/<numFmt\b[^>]*>/g)) {
    const id = Number(attribute(match[0], "numFmtId"));
    // A format is a date if it has day, month or year letters outside quoted text and [colour] tags.
    const code = decodeText(attribute(match[0], "formatCode") ?? "").replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
    if (/[dmy]/i.test(code)) customDates.add(id);
  }
  const cellXfs = /<cellXfs\b[\s\S]*?<\/cellXfs>/.exec(stylesXml)?.[0] ?? "";
  let index = 0;
  for (const match of cellXfs.matchAll(/<xf\b[^>]*>/g)) {
    const id = Number(attribute(match[0], "numFmtId") ?? "0");
    if (builtInDateFormats.has(id) || customDates.has(id)) styles.add(index);
    index += 1;
  }
  return styles;
}

/** An Excel date serial as YYYY-MM-DD (the 1900 system counts a 29 February 1900 that never was). */
export function excelSerialToDay(serial: number, is1904: boolean): string | null {
  if (!Number.isFinite(serial) || serial < (is1904 ? 0 : 1) || serial > 2_958_465) return null;
  const days = Math.floor(serial) + (is1904 ? 1462 : 0);
  const epoch = Date.UTC(1899, 11, days > 60 || is1904 ? 30 : 31);
  return new Date(epoch + days * 86_400_000).toISOString().slice(0, 10);
}

/** "C12" → 2 (columns from 0). */
function columnOf(reference: string): number {
  let column = 0;
  for (const character of reference.replace(/\d+$/, "")) column = column * 26 + (character.charCodeAt(0) - 64);
  return column - 1;
}

/** The workbook's first sheet's part name. */
function firstSheetPart(workbookXml: string, relsXml: string): string {
  const sheet = /<sheet\b[^>]*>/.exec(workbookXml)?.[0];
  const id = sheet ? (attribute(sheet, "r:id") ?? /\s[\w]+:id="([^"]*)"/.exec(sheet)?.[1]) : undefined;
  if (!id) throw new SpreadsheetError("the workbook has no sheets");
  for (const match of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    if (attribute(match[0], "Id") !== id) continue;
    const target = attribute(match[0], "Target") ?? "";
    return target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`;
  }
  throw new SpreadsheetError("the first sheet is missing");
}

/** Reads the first sheet's rows; throws SpreadsheetError for anything not a readable workbook. */
export function readXlsx(bytes: Uint8Array, limits: ReadLimits): SheetRow[] {
  try {
    const archive = openZip(bytes);
    const workbookXml = readXml(archive, "xl/workbook.xml", limits);
    const relsXml = readXml(archive, "xl/_rels/workbook.xml.rels", limits);
    if (!workbookXml || !relsXml) throw new SpreadsheetError("not an Excel workbook");
    const is1904 = /<workbookPr\b[^>]*\sdate1904="(1|true)"/.test(workbookXml);
    const sheetXml = readXml(archive, firstSheetPart(workbookXml, relsXml), limits);
    if (!sheetXml) throw new SpreadsheetError("the first sheet is missing");
    const sharedXml = readXml(archive, "xl/sharedStrings.xml", limits);
    const shared = sharedXml ? [...sharedXml.matchAll(/<si\b[^>]*>([\s\S]*?)<\/si>|<si\s*\/>/g)].map((match) => stringItemText(match[1] ?? "")) : [];
    const dates = dateStyles(readXml(archive, "xl/styles.xml", limits));
    const rows: SheetRow[] = [];
    let previousRow = 0;
    for (const rowMatch of sheetXml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
      const rowNumber = Number(attribute(rowMatch[0], "r") ?? previousRow + 1);
      previousRow = rowNumber;
      const cells: string[] = [];
      let nextColumn = 0;
      for (const cellMatch of (rowMatch[2] ?? "").matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        const tag = `<c${cellMatch[1] ?? ""}>`;
        const reference = attribute(tag, "r");
        const column = reference ? columnOf(reference) : nextColumn;
        nextColumn = column + 1;
        if (column >= limits.maxColumns) throw new SpreadsheetError(`more than ${limits.maxColumns} columns`);
        const body = cellMatch[2] ?? "";
        const value = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
        const type = attribute(tag, "t") ?? "n";
        let text = "";
        if (type === "s") text = shared[Number(value)] ?? "";
        else if (type === "inlineStr") text = stringItemText(/<is>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? "");
        else if (type === "b") text = value === "1" ? "TRUE" : value === undefined ? "" : "FALSE";
        else if (type === "e") text = "";
        else if (value !== undefined) {
          const decoded = decodeText(value);
          const style = Number(attribute(tag, "s") ?? "0");
          text = type === "n" && dates.has(style) ? (excelSerialToDay(Number(decoded), is1904) ?? decoded) : decoded;
        }
        while (cells.length < column) cells.push("");
        cells[column] = text;
      }
      if (cells.some((cell) => cell.trim() !== "")) {
        if (rows.length >= limits.maxRows) throw new SpreadsheetError(`more than ${limits.maxRows - 1} rows`);
        rows.push({ rowNumber, cells });
      }
    }
    return rows;
  } catch (error) {
    if (error instanceof SpreadsheetError) throw error;
    if (error instanceof ZipError) throw new SpreadsheetError(error.message, { cause: error });
    throw error;
  }
}
