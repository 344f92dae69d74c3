import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { discloseCount, shownRange, suppressedCount } from "./cells.js";
import { mapTable, tablePositions, valueAt, withMargins } from "./grid.js";
import { fitsPublished, isProtected, protectionIntervals, readerView } from "./protection.js";
import { defaultDisclosureRules, parseDisclosureRules, type DisclosureRules } from "./rules.js";

const unrounded = parseDisclosureRules({ roundingBase: 1 });

/** Primary suppression and rounding only: what a naive engine would publish. */
const naivelyPublished = (counts: number[][], rules: DisclosureRules) => mapTable(withMargins(counts), (count) => discloseCount(count, rules));

describe("disclosure.protection", () => {
  it("recovers a cell hidden alone in its row from the row total and the other cells", () => {
    const published = naivelyPublished([[3, 20, 30], [15, 25, 40]], unrounded);
    const [hidden] = protectionIntervals(published, unrounded);
    expect(hidden).toMatchObject({ at: { row: 0, column: 0 }, low: 3, high: 3 });
    expect(isProtected(hidden!, unrounded)).toBe(false);
  });

  it("narrows a hidden count through rounded figures too: [3, 8] with its total 11, shown as *, 10 and 10, leaves the 3 between 1 and 4", () => {
    const published = naivelyPublished([[3, 8]], defaultDisclosureRules);
    expect(published.cells[0]).toEqual([suppressedCount, { kind: "rounded", value: 10 }]);
    const intervals = protectionIntervals(published, defaultDisclosureRules);
    // In a table of one row the column's total is the cell itself, hidden with it.
    expect(intervals.map(({ at, low, high }) => ({ at, low, high }))).toEqual([
      { at: { row: 0, column: 0 }, low: 1, high: 4 },
      { at: { row: "total", column: 0 }, low: 1, high: 4 },
    ]);
  });

  it("lets rounding protect on its own when the uncertainty adds up: 3 beside 20 and 30 with the total 53 shown as 55", () => {
    const published = naivelyPublished([[3, 20, 30]], defaultDisclosureRules);
    const [hidden] = protectionIntervals(published, defaultDisclosureRules);
    // 55 - 22 - 32 = 1 at the least, 57 - 18 - 28 = 11 at the most.
    expect(hidden).toMatchObject({ low: 1, high: 11 });
    expect(isProtected(hidden!, defaultDisclosureRules)).toBe(true);
  });

  it("gives a table reaching each end of an interval, fitting everything published", () => {
    const published = naivelyPublished([[3, 8]], defaultDisclosureRules);
    const [hidden] = protectionIntervals(published, defaultDisclosureRules);
    expect(hidden!.lowest[0]![0]).toBe(1);
    expect(hidden!.highest![0]![0]).toBe(4);
    expect(fitsPublished(hidden!.lowest, published, defaultDisclosureRules)).toBe(true);
    expect(fitsPublished(hidden!.highest!, published, defaultDisclosureRules)).toBe(true);
  });

  it("leaves a count unbounded above when every figure it adds into is hidden", () => {
    const published = mapTable(withMargins([[3, 4]]), () => suppressedCount);
    const intervals = protectionIntervals(published, defaultDisclosureRules);
    // Cells, the row's total, the columns' totals (the cells again), the grand total; a total of
    // two hidden counts is at least 2.
    expect(intervals.map(({ low, high, highest }) => ({ low, high, highest }))).toEqual(
      [1, 1, 2, 1, 1, 2].map((low) => ({ low, high: Number.POSITIVE_INFINITY, highest: null })),
    );
  });

  it("refuses a published table that no table of counts fits", () => {
    const published = naivelyPublished([[10, 10]], defaultDisclosureRules);
    const altered = { ...published, grandTotal: { kind: "rounded", value: 50 } as const };
    expect(() => readerView(altered, defaultDisclosureRules)).toThrow(/No table of counts fits/);
  });

  it("gives every suppressed count the exact range over whole tables fitting what is published (checked against enumerating small tables)", () => {
    const count = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 7 }), fc.integer({ min: 8, max: 12 }));
    const shape = fc.constantFrom([1, 2], [1, 3], [2, 2], [2, 1], [3, 1]);
    const anyRules = fc.constantFrom(defaultDisclosureRules, unrounded, parseDisclosureRules({ threshold: 5 }));
    fc.assert(
      fc.property(shape, fc.array(count, { minLength: 4, maxLength: 4 }), fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }), anyRules, ([rows, columns], values, hides, rules) => {
        const body = Array.from({ length: rows }, (_, row) => Array.from({ length: columns }, (_, column) => values[row * columns + column]!));
        // Hide some shown figures at random too, as secondary suppression would; never the grand
        // total, whose range bounds every table that fits, so the enumeration below is complete.
        const published = mapTable(withMargins(body), (value, position) => {
          const shown = discloseCount(value, rules);
          const index = tablePositions({ rows, columns }).findIndex((other) => other.row === position.row && other.column === position.column);
          return shown.kind === "rounded" && hides[index] && !(position.row === "total" && position.column === "total") ? suppressedCount : shown;
        });
        // A small grand total is itself hidden, leaving no bound to enumerate up to.
        fc.pre(published.grandTotal.kind !== "suppressed");
        const intervals = protectionIntervals(published, rules);
        const fitting = tablesUpTo(rows, columns, shownRange(published.grandTotal, rules).high).filter((candidate) => fitsPublished(candidate, published, rules));
        return intervals.every((interval) => {
          const values = fitting.map((candidate) => valueAt(withMargins(candidate), interval.at));
          const low = values.reduce((least, value) => Math.min(least, value), Number.POSITIVE_INFINITY);
          const high = values.reduce((most, value) => Math.max(most, value), 0);
          return interval.low === low && interval.high === high;
        });
      }),
      { numRuns: 80 },
    );
  });
});

/** Every rows × columns table of counts adding up to at most `total`. */
function tablesUpTo(rows: number, columns: number, total: number): number[][][] {
  const tables: number[][][] = [];
  const fill = (values: number[], left: number) => {
    if (values.length === rows * columns) {
      tables.push(Array.from({ length: rows }, (_, row) => values.slice(row * columns, (row + 1) * columns)));
      return;
    }
    for (let value = 0; value <= left; value += 1) fill([...values, value], left - value);
  };
  fill([], total);
  return tables;
}
