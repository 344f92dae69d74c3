/**
 * Protection intervals: for each suppressed count in a published table, the range of values it
 * could take given everything published, worked out exactly by linear programming. Pure.
 *
 * The reader's knowledge, as constraints on the body cells x (whole numbers, ≥ 0):
 * - each published cell lies in what its figure allows (`shownRange`: a zero exactly; a rounded
 *   figure within its rounding and at least the threshold; a suppressed count at least 1);
 * - each margin, the sum of its cells, lies in what its own figure allows, likewise.
 * The interval of a suppressed count is its minimum and maximum over those constraints. §5 of the
 * shared reference "domain facts" (differencing: a hidden cell recovered from a total and the
 * other cells) and issue 9 (check with a protection-interval computation, not a heuristic alone).
 *
 * The constraint matrix of a table with margins is totally unimodular, so the linear programme's
 * extremes are whole numbers and each comes with a whole table that reaches it (a witness).
 */
import { shownRange, type DisclosedCount } from "./cells.js";
import { cellsCountedBy, sizeOf, tablePositions, valueAt, withMargins, type TableOf, type TablePosition } from "./grid.js";
import type { DisclosureRules } from "./rules.js";
import { prepareLinearProgram, type LinearForm, type LinearProgram } from "./simplex.js";

export interface ProtectionInterval {
  readonly at: TablePosition;
  readonly low: number;
  /** Infinity when nothing published bounds the count from above. */
  readonly high: number;
}

export interface ProtectionEvidence extends ProtectionInterval {
  /** Body counts consistent with everything published in which the count at `at` is `low`. */
  readonly lowest: number[][];
  /** Likewise for `high`; null when it is unbounded. */
  readonly highest: number[][] | null;
}

/** What a reader can work out from one published table. */
export interface ReaderView {
  rangeOf(position: TablePosition): ProtectionEvidence;
}

/** Margins are linear forms of the body cells; the LP's variables are the body cells only. */
function readerProgram(published: TableOf<DisclosedCount>, rules: DisclosureRules): LinearProgram {
  const size = sizeOf(published);
  const formOf = (position: TablePosition): LinearForm => cellsCountedBy(position, size).map((variable) => ({ variable, coefficient: 1 }));
  const positions = tablePositions(size);
  return {
    variables: positions.filter((position) => position.row !== "total" && position.column !== "total").map((position) => shownRange(valueAt(published, position), rules)),
    constraints: positions
      .filter((position) => position.row === "total" || position.column === "total")
      .map((position) => ({ ...shownRange(valueAt(published, position), rules), terms: formOf(position) })),
  };
}

/**
 * Sets up the reader's linear programme for a published table. Throws when no table of counts
 * fits what is published (a figure changed by hand, or rules other than those it was made with).
 */
export function readerView(published: TableOf<DisclosedCount>, rules: DisclosureRules): ReaderView {
  const size = sizeOf(published);
  const program = prepareLinearProgram(readerProgram(published, rules));
  if (!program.isFeasible) throw new RangeError("No table of counts fits what is published: it was not published under these rules.");
  const asTable = (point: readonly number[]): number[][] =>
    Array.from({ length: size.rows }, (_, row) => Array.from({ length: size.columns }, (_, column) => Math.round(point[row * size.columns + column] ?? 0)));
  return {
    rangeOf(at) {
      const form = cellsCountedBy(at, size).map((variable) => ({ variable, coefficient: 1 }));
      const lowest = program.minimise(form);
      const highest = program.maximise(form);
      // Every cell is bounded below (by 0 at least), so a minimum always exists.
      if (lowest.status !== "optimal" || highest.status === "infeasible") throw new Error("The reader's programme lost its feasible solution.");
      // Counts are whole, so the range is too; the tolerance only absorbs floating round-off.
      return {
        at,
        low: Math.ceil(lowest.value - 1e-6),
        high: highest.status === "optimal" ? Math.floor(highest.value + 1e-6) : Number.POSITIVE_INFINITY,
        lowest: asTable(lowest.point),
        highest: highest.status === "optimal" ? asTable(highest.point) : null,
      };
    },
  };
}

/** The interval of every suppressed count in a published table (margins included), with witnesses. */
export function protectionIntervals(published: TableOf<DisclosedCount>, rules: DisclosureRules): ProtectionEvidence[] {
  const view = readerView(published, rules);
  return tablePositions(sizeOf(published))
    .filter((position) => valueAt(published, position).kind === "suppressed")
    .map((position) => view.rangeOf(position));
}

/** Whether a reader cannot narrow the count below the protection width (high - low ≥ width). */
export const isProtected = (interval: Pick<ProtectionInterval, "low" | "high">, rules: DisclosureRules): boolean =>
  interval.high - interval.low >= rules.protectionWidth;

/**
 * Whether a table of body counts, with its margins, fits every published figure: the check that a
 * publication tells the truth (each figure within its rounding), and that a witness is one a
 * reader could not rule out.
 */
export function fitsPublished(body: readonly (readonly number[])[], published: TableOf<DisclosedCount>, rules: DisclosureRules): boolean {
  const table = withMargins(body);
  const size = sizeOf(published);
  if (sizeOf(table).rows !== size.rows || sizeOf(table).columns !== size.columns) return false;
  return tablePositions(size).every((position) => {
    const range = shownRange(valueAt(published, position), rules);
    const count = valueAt(table, position);
    return count >= range.low && count <= range.high;
  });
}
