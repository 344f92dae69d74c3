/**
 * CSV as spreadsheets read and write it (RFC 4180), for every file the organisation exports or
 * imports: cells guarded against running as formulas on the way out, records read back with
 * quoted cells, doubled quotes and either line ending. Pure.
 */

/**
 * One CSV cell. A cell a spreadsheet would run as a formula (starting with = + - @, or a tab or
 * carriage return, which some spreadsheets skip before a formula; OWASP "CSV injection") gets a
 * leading apostrophe, so it shows as text. Then RFC 4180: a cell holding a comma, a double quote,
 * a carriage return or a line feed (or starting with a byte-order mark, which a reader would take
 * for the file's) is wrapped in double quotes, with its double quotes doubled.
 */
export function csvCell(value: string): string {
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\ufeff/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** RFC 4180 text: records separated by CRLF, the last one ended too. */
export const toCsv = (rows: readonly (readonly string[])[]): string => rows.map((row) => `${row.map(csvCell).join(",")}\r\n`).join("");

/**
 * RFC 4180 records (CRLF or LF, a leading byte-order mark skipped), with quoted cells and doubled
 * quotes; null when a quote is never closed.
 */
export function readCsvRecords(text: string): string[][] | null {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = "";
  let isQuoted = false;
  const source = text.startsWith("\ufeff") ? text.slice(1) : text;
  for (let at = 0; at < source.length; at += 1) {
    const character = source[at]!;
    if (isQuoted) {
      if (character === '"' && source[at + 1] === '"') {
        cell += '"';
        at += 1;
      } else if (character === '"') isQuoted = false;
      else cell += character;
    } else if (character === '"' && cell === "") isQuoted = true;
    else if (character === ",") {
      record.push(cell);
      cell = "";
    } else if (character === "\n" || (character === "\r" && source[at + 1] === "\n")) {
      record.push(cell);
      records.push(record);
      record = [];
      cell = "";
      if (character === "\r") at += 1;
    } else cell += character;
  }
  if (isQuoted) return null;
  if (cell !== "" || record.length > 0) records.push([...record, cell]);
  return records;
}
