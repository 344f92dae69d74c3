import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvCell, readCsvRecords, toCsv } from "./csv.js";

describe("csv.write", () => {
  it.each([
    ["plain", "plain"],
    ["", ""],
    ["a,b", '"a,b"'],
    ['say "no"', '"say ""no"""'],
    ["two\nlines", '"two\nlines"'],
    ["=SUM(A1:A9)", "'=SUM(A1:A9)"],
    ["+44 7700", "'+44 7700"],
    ["-2+3", "'-2+3"],
    ["@cmd", "'@cmd"],
    ["\t=1", "'\t=1"],
    ['=HYPERLINK("x","y")', `"'=HYPERLINK(""x"",""y"")"`],
    ["\ufeffmark", '"\ufeffmark"'],
  ])("writes %j as %j", (value, written) => {
    expect(csvCell(value)).toBe(written);
  });

  it("ends every record with CRLF", () => {
    expect(toCsv([["a", "b"], ["c", "d"]])).toBe("a,b\r\nc,d\r\n");
  });

  it("reads back every cell as written (a formula only with its apostrophe), and no cell reads back as a formula", () => {
    const table = fc.array(fc.array(fc.string({ unit: "grapheme-composite" }), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(table, (rows) => {
        const back = readCsvRecords(toCsv(rows));
        const expected = rows.map((row) => row.map((value) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value)));
        return JSON.stringify(back) === JSON.stringify(expected) && (back ?? []).flat().every((cell) => !/^[=+\-@]/.test(cell));
      }),
    );
  });
});

describe("csv.read", () => {
  it("reads LF or CRLF records, quoted cells with commas, quotes and line breaks, and a last record with no line end", () => {
    expect(readCsvRecords('code,label\r\nA,"one, two"\n"B","say ""hi""\nthere"\nC,last')).toEqual([
      ["code", "label"],
      ["A", "one, two"],
      ["B", 'say "hi"\nthere'],
      ["C", "last"],
    ]);
  });

  it("skips the byte-order mark a spreadsheet writes first", () => {
    expect(readCsvRecords("\ufeffcode\r\nA\r\n")).toEqual([["code"], ["A"]]);
  });

  it("answers null for a quote never closed", () => {
    expect(readCsvRecords('code\r\n"A,unfinished\r\n')).toBeNull();
  });
});
