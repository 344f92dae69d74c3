import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { discloseCount, shownRange, suppressedCount } from "./cells.js";
import { mapTable, tablePositions, valueAt, withMargins } from "./grid.js";
import { fitsPublished, protectionIntervals } from "./protection.js";
import { defaultDisclosureRules, parseDisclosureRules, type DisclosureRules } from "./rules.js";
import { publishList, publishTable } from "./table.js";

const unrounded = parseDisclosureRules({ roundingBase: 1 });
const rounded = (value: number) => ({ kind: "rounded", value }) as const;
const zero = { kind: "zero", value: 0 } as const;
const figures = (cells: readonly (readonly { value: number | null }[])[]) => cells.map((row) => row.map((cell) => cell.value ?? "*"));

describe("disclosure.table", () => {
  describe("a count hidden for differencing", () => {
    it("is hidden from the start and protected like a small one: a partner in its row and column is hidden with it", () => {
      const published = publishTable(
        [
          [20, 30],
          [25, 40],
        ],
        unrounded,
        [{ row: 0, column: 0 }],
      );
      expect(figures(published.cells)).toEqual([
        ["*", "*"],
        ["*", "*"],
      ]);
      expect(published.suppressions[0]).toMatchObject({ at: { row: 0, column: 0 }, reason: "differencing" });
      for (const suppression of published.suppressions) expect(suppression.high - suppression.low).toBeGreaterThanOrEqual(unrounded.protectionWidth);
    });

    it("leaves a zero as a zero: it is exact and hides nothing", () => {
      const published = publishList([0, 12, 15], unrounded, [0]);
      expect(published.cells.map((cell) => cell.value)).toEqual([0, 12, 15]);
    });

    it("can be a list's total", () => {
      const published = publishList([12, 15], unrounded, ["total"]);
      expect(published.total.kind).toBe("suppressed");
      expect(published.cells.some((cell) => cell.kind === "suppressed")).toBe(true);
    });
  });

  describe("a table where primary suppression alone leaks a cell through the totals", () => {
    // Referrals by site (rows) and pathway (columns), published without rounding.
    const counts = [
      [3, 20, 30],
      [15, 25, 40],
    ];

    it("would leak: the 3 is the first row's total less the other two", () => {
      const naive = mapTable(withMargins(counts), (count) => discloseCount(count, unrounded));
      expect(protectionIntervals(naive, unrounded).map(({ low, high }) => [low, high])).toEqual([[3, 3]]);
    });

    it("suppresses a second cell in its row, and the two that close the rectangle, so the 3 could be anything from 1 to 17", () => {
      const published = publishTable(counts, unrounded);
      expect(figures(published.cells)).toEqual([
        ["*", "*", 30],
        ["*", "*", 40],
      ]);
      expect(figures([published.rowTotals, published.columnTotals, [published.grandTotal]])).toEqual([[53, 80], [18, 45, 70], [133]]);
      expect(published.suppressions).toEqual([
        { at: { row: 0, column: 0 }, reason: "primary", low: 1, high: 17 },
        { at: { row: 0, column: 1 }, reason: "secondary", low: 6, high: 22 },
        { at: { row: 1, column: 0 }, reason: "secondary", low: 1, high: 17 },
        { at: { row: 1, column: 1 }, reason: "secondary", low: 23, high: 39 },
      ]);
    });

    it("needs no second cell once the figures are rounded to 5: the rounding leaves the 3 anywhere from 1 to 9", () => {
      const published = publishTable(counts);
      expect(figures(published.cells)).toEqual([
        ["*", 20, 30],
        [15, 25, 40],
      ]);
      expect(published.suppressions).toEqual([{ at: { row: 0, column: 0 }, reason: "primary", low: 1, high: 9 }]);
    });
  });

  it("suppresses a second cell when rounding does not hide enough: 3 and 8 with the total 11 shown as *, 10 and 10 would leave the 3 between 1 and 4", () => {
    const list = publishList([3, 8]);
    expect(list).toEqual({
      cells: [suppressedCount, suppressedCount],
      total: rounded(10),
      suppressions: [
        { at: { row: 0, column: 0 }, reason: "primary", low: 1, high: 11 },
        { at: { row: 0, column: 1 }, reason: "secondary", low: 1, high: 11 },
      ],
    });
  });

  it("suppresses a total that is itself small, like any cell", () => {
    const published = publishTable([
      [2, 3, 0],
      [20, 30, 9],
    ]);
    expect(published.rowTotals[0]).toEqual(suppressedCount);
    expect(published.suppressions.filter((suppression) => suppression.at.column === "total")).toEqual([
      expect.objectContaining({ at: { row: 0, column: "total" }, reason: "primary" }),
      expect.objectContaining({ at: { row: 1, column: "total" }, reason: "secondary" }),
    ]);
    for (const suppression of published.suppressions) expect(suppression.high - suppression.low).toBeGreaterThanOrEqual(8);
  });

  it("publishes zeros exactly and never suppresses them", () => {
    const published = publishTable([
      [0, 0, 0],
      [0, 12, 40],
    ]);
    expect(published.cells).toEqual([
      [zero, zero, zero],
      [zero, rounded(10), rounded(40)],
    ]);
    expect(published.rowTotals).toEqual([zero, rounded(50)]);
    expect(published.suppressions).toEqual([]);
    expect(publishTable([[0]])).toEqual({ cells: [[zero]], rowTotals: [zero], columnTotals: [zero], grandTotal: zero, suppressions: [] });
  });

  it("hides a lone small count wherever it appears: a table of one cell, and a column", () => {
    expect(publishTable([[4]]).suppressions.map((suppression) => suppression.high)).toEqual([Infinity, Infinity, Infinity, Infinity]);
    const column = publishTable([[5], [30], [12]], unrounded);
    expect(figures(column.cells)).toEqual([["*"], [30], ["*"]]);
    expect(column.grandTotal).toEqual(rounded(47));
  });

  it("rounds every total on its own, not as the sum of rounded cells", () => {
    const published = publishTable([[12, 12, 12]]);
    expect(published.cells[0]).toEqual([rounded(10), rounded(10), rounded(10)]);
    expect(published.grandTotal).toEqual(rounded(35));
  });

  it("follows the organisation's threshold and protection width: with a width of 20, hiding 9 and 12 of a total of 51 is not enough (the 9 could only be 1 to 20)", () => {
    const rules = parseDisclosureRules({ threshold: 10, roundingBase: 1, protectionWidth: 20 });
    const published = publishTable([[9, 12, 30]], rules);
    expect(figures(published.cells)).toEqual([["*", "*", "*"]]);
    expect(published.grandTotal).toEqual(rounded(51));
    for (const suppression of published.suppressions) expect(suppression.high - suppression.low).toBeGreaterThanOrEqual(20);
  });

  it("refuses what is not a table of counts", () => {
    expect(() => publishTable([])).toThrow(RangeError);
    expect(() => publishTable([[]])).toThrow(RangeError);
    expect(() => publishTable([[1, 2], [3]])).toThrow(RangeError);
    expect(() => publishTable([[1, -2]])).toThrow(RangeError);
    expect(() => publishTable([[1.5]])).toThrow(RangeError);
  });

  it("publishes a 20 × 20 table full of small counts with every hidden cell protected", () => {
    let seed = 1;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const counts = Array.from({ length: 20 }, () => Array.from({ length: 20 }, () => (next() < 0.1 ? 0 : next() < 0.2 ? 1 + Math.floor(next() * 7) : 8 + Math.floor(next() * 60))));
    const published = publishTable(counts, unrounded);
    expect(published.suppressions.some((suppression) => suppression.reason === "secondary")).toBe(true);
    expect(published.suppressions.every((suppression) => suppression.high - suppression.low >= 8)).toBe(true);
  });

  describe("on random tables", () => {
    // Many zeros and small counts, so suppression patterns are common.
    const count = fc.oneof({ arbitrary: fc.constant(0), weight: 2 }, { arbitrary: fc.integer({ min: 1, max: 9 }), weight: 3 }, { arbitrary: fc.integer({ min: 10, max: 80 }), weight: 3 });
    const table = fc.integer({ min: 1, max: 6 }).chain((rows) => fc.integer({ min: 1, max: 6 }).chain((columns) => fc.array(fc.array(count, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows })));
    const anyRules = fc.constantFrom<DisclosureRules>(
      defaultDisclosureRules,
      unrounded,
      parseDisclosureRules({ threshold: 5 }),
      parseDisclosureRules({ threshold: 10, roundingBase: 10 }),
      parseDisclosureRules({ threshold: 8, roundingBase: 1, protectionWidth: 12 }),
    );

    it("never publish a figure (cell or total) from 1 to threshold - 1, and publish every figure within its rounding of the truth", () => {
      fc.assert(
        fc.property(table, anyRules, (counts, rules) => {
          const published = publishTable(counts, rules);
          const truth = withMargins(counts);
          return tablePositions({ rows: counts.length, columns: counts[0]!.length }).every((position) => {
            const shown = valueAt(published, position);
            const range = shownRange(shown, rules);
            const count = valueAt(truth, position);
            const isSmallFigure = shown.value !== null && shown.value >= 1 && shown.value < rules.threshold;
            return !isSmallFigure && range.low <= count && count <= range.high && (shown.kind === "zero") === (count === 0);
          });
        }),
        { numRuns: 300 },
      );
    });

    it("suppress exactly the small counts first, then only larger ones, and protect every suppressed count over at least the protection width", () => {
      fc.assert(
        fc.property(table, anyRules, (counts, rules) => {
          const published = publishTable(counts, rules);
          const truth = withMargins(counts);
          const hidden = tablePositions({ rows: counts.length, columns: counts[0]!.length }).filter((position) => valueAt(published, position).kind === "suppressed");
          expect(published.suppressions.map((suppression) => suppression.at)).toEqual(hidden);
          for (const suppression of published.suppressions) {
            const count = valueAt(truth, suppression.at);
            expect(suppression.reason).toBe(count < rules.threshold ? "primary" : "secondary");
            expect(count).toBeGreaterThanOrEqual(suppression.low);
            expect(count).toBeLessThanOrEqual(suppression.high);
            expect(suppression.high - suppression.low).toBeGreaterThanOrEqual(rules.protectionWidth);
          }
        }),
        { numRuns: 300 },
      );
    });

    it("hold up when checked from the published table alone: for every suppressed count, whole tables fitting everything published reach both ends of its interval", () => {
      fc.assert(
        fc.property(table, anyRules, (counts, rules) => {
          const published = publishTable(counts, rules);
          return protectionIntervals(published, rules).every((interval) => {
            const reachesLow = fitsPublished(interval.lowest, published, rules) && valueAt(withMargins(interval.lowest), interval.at) === interval.low;
            const reachesHigh =
              interval.highest === null
                ? interval.high === Number.POSITIVE_INFINITY
                : fitsPublished(interval.highest, published, rules) && valueAt(withMargins(interval.highest), interval.at) === interval.high;
            return reachesLow && reachesHigh && interval.high - interval.low >= rules.protectionWidth;
          });
        }),
        { numRuns: 200 },
      );
    });
  });
});
