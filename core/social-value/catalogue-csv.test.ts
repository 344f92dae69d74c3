import { describe, expect, it } from "vitest";
import { catalogueCsv, catalogueCsvColumns, readCatalogueCsv } from "./catalogue-csv.js";
import { defaultUnitCosts } from "./default-unit-costs.js";

const header = catalogueCsvColumns.join(",");
const row = (cells: Partial<Record<(typeof catalogueCsvColumns)[number], string>>) =>
  catalogueCsvColumns
    .map(
      (column) =>
        ({
          code: "LOCAL1",
          description: "A night in the council's emergency accommodation",
          unit: "per_incident",
          agency: "council",
          fiscal_value: "85",
          economic_value: "",
          social_value: "",
          price_year: "2024-25",
          source: "Birmingham City Council temporary accommodation costs 2024-25",
          source_url: "",
          confidence_grade: "2",
          discount_class: "standard",
          overlap_group: "",
          caveat: "",
          ...cells,
        })[column],
    )
    .join(",");

describe("social-value.catalogue CSV", () => {
  it("reads back every default entry exactly as it was written, money in pounds", () => {
    const text = catalogueCsv(defaultUnitCosts);
    expect(text.split("\r\n")[0]).toBe(header);
    const reading = readCatalogueCsv(text);
    if (!reading.ok) throw new Error(JSON.stringify(reading.problems));
    expect(reading.entries).toEqual(defaultUnitCosts.map(({ version: _version, ...entry }) => entry));
  });

  it("reads pounds as people write them, quoted cells, line feeds alone and a byte-order mark", () => {
    const text = `\ufeff${header}\n${row({ fiscal_value: '"1,408.5"', description: '"Costs ""per night"", with meals"' })}\n${row({ code: "LOCAL2", fiscal_value: "£95" })}\n\n`;
    const reading = readCatalogueCsv(text);
    if (!reading.ok) throw new Error(JSON.stringify(reading.problems));
    expect(reading.entries.map((entry) => [entry.code, entry.fiscalPence, entry.description])).toEqual([
      ["LOCAL1", 140_850, 'Costs "per night", with meals'],
      ["LOCAL2", 9_500, "A night in the council's emergency accommodation"],
    ]);
  });

  it("names every problem by its row and column and takes nothing from the file", () => {
    const text = [
      header,
      row({}),
      row({ code: "LOCAL2", fiscal_value: "85 pounds", price_year: "2024/25" }),
      "",
      row({ code: "LOCAL3", agency: "" }),
      row({ code: "LOCAL4", confidence_grade: "7" }),
      row({ code: "LOCAL1" }),
    ].join("\r\n");
    const reading = readCatalogueCsv(text);
    expect(reading).toEqual({
      ok: false,
      problems: [
        { row: 3, column: "fiscal_value", message: "Write an amount in pounds, such as 1408 or 1,408.50." },
        { row: 3, column: "price_year", message: expect.stringContaining("price year") },
        { row: 5, column: "agency", message: "A fiscal value needs the agency that bears it." },
        { row: 6, column: "confidence_grade", message: expect.stringContaining("confidence grade") },
        { row: 7, column: "code", message: "LOCAL1 is also on row 2: each code once." },
      ],
    });
  });

  it("refuses a file without the catalogue's columns, with one it does not know, or with a quote never closed", () => {
    expect(readCatalogueCsv("code,description\r\nA,B\r\n")).toMatchObject({ ok: false, problems: expect.arrayContaining([{ row: 1, column: "unit", message: 'The header has no "unit" column.' }]) });
    expect(readCatalogueCsv(`${header},colour\r\n${row({})},red\r\n`)).toEqual({ ok: false, problems: [{ row: 1, column: null, message: '"colour" is not a column of the catalogue.' }] });
    expect(readCatalogueCsv(`${header}\r\n${row({ description: '"Never closed' })}\r\n`)).toEqual({ ok: false, problems: [{ row: 1, column: null, message: "A quoted cell is never closed." }] });
    expect(readCatalogueCsv(`${header}\r\n`)).toEqual({ ok: false, problems: [{ row: 2, column: null, message: "The file has no entries." }] });
    expect(readCatalogueCsv(`${header}\r\nLOCAL1,too few\r\n`)).toEqual({ ok: false, problems: [{ row: 2, column: null, message: "This row has 2 cells; the header has 14." }] });
  });
});
