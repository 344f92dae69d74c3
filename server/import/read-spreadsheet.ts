/**
 * An uploaded spreadsheet, CSV or Excel (.xlsx), as a header row and data rows of text, within the
 * import's limits. Anything else (an old .xls, a PDF, a picture, an empty file, a file without a
 * header) is refused with a message that says what to do instead.
 */
import { readCsvRecords } from "../../core/csv.js";
import { importLimits } from "../../core/import/limits.js";
import { AppError } from "../http/errors.js";
import { readXlsx, SpreadsheetError, type SheetRow } from "./read-xlsx.js";

export interface Spreadsheet {
  fileType: "csv" | "xlsx";
  headers: string[];
  /** Data rows, each with its row number in the file (the header is row 1). */
  rows: SheetRow[];
}

const refuse = (message: string) => new AppError("validation_failed", message, { fields: [{ path: "body.dataBase64", message }] });

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((byte, index) => bytes[index] === byte);

function csvRows(bytes: Uint8Array): SheetRow[] {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw refuse("This file is not a spreadsheet we can read. Save it as CSV (UTF-8) or Excel (.xlsx).");
  }
  if (text.includes("\u0000")) throw refuse("This file is not a spreadsheet we can read. Save it as CSV (UTF-8) or Excel (.xlsx).");
  const records = readCsvRecords(text);
  if (!records) throw refuse("The CSV file has a quotation mark that is never closed.");
  const rows: SheetRow[] = [];
  records.forEach((cells, index) => {
    if (cells.some((cell) => cell.trim() !== "")) rows.push({ rowNumber: index + 1, cells });
  });
  return rows;
}

export function readSpreadsheet(bytes: Uint8Array): Spreadsheet {
  if (bytes.length === 0) throw refuse("The file is empty.");
  if (bytes.length > importLimits.maxFileBytes) {
    throw new AppError("payload_too_large", `The file is larger than ${importLimits.maxFileBytes / 1024 / 1024} MB. Split it into smaller files.`);
  }
  let fileType: Spreadsheet["fileType"];
  let rows: SheetRow[];
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) throw refuse("This is an old Excel file (.xls). Save it as Excel Workbook (.xlsx) or CSV and upload that.");
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    fileType = "xlsx";
    try {
      rows = readXlsx(bytes, { maxPartBytes: importLimits.maxInflatedPartBytes, maxRows: importLimits.maxRows + 1, maxColumns: importLimits.maxColumns });
    } catch (error) {
      if (!(error instanceof SpreadsheetError)) throw error;
      if (/more than/.test(error.message)) throw refuse(`The sheet has ${error.message}; at most ${importLimits.maxRows} rows and ${importLimits.maxColumns} columns can be imported at once.`);
      throw refuse("This file is not an Excel workbook we can read. Save it again as Excel Workbook (.xlsx) or CSV.");
    }
  } else {
    fileType = "csv";
    rows = csvRows(bytes);
  }
  const [header, ...data] = rows;
  if (!header) throw refuse("The file has no rows.");
  if (data.length === 0) throw refuse("The file has a header row but no data rows.");
  if (data.length > importLimits.maxRows) throw refuse(`The file has ${data.length} rows; at most ${importLimits.maxRows} can be imported at once.`);
  const width = Math.max(...rows.map((row) => row.cells.length));
  if (width > importLimits.maxColumns) throw refuse(`The file has ${width} columns; at most ${importLimits.maxColumns} can be imported.`);
  const headers = Array.from({ length: header.cells.length }, (_, index) => (header.cells[index] ?? "").trim());
  return { fileType, headers, rows: data };
}
