/**
 * Secondary suppression: hiding further counts until no suppressed count in a table can be worked
 * out, or narrowed below the protection width, from everything else published. Pure.
 *
 * §5 of the shared reference "domain facts": "If a total and all but one cell are published, the
 * hidden cell can be recovered. Suppress a second cell". Whether a count is protected is decided by
 * its protection interval (protection.ts), never by the pattern alone (issue 9).
 *
 * The loop: while some suppressed count's interval is narrower than the width, suppress one more
 * count, the one that costs least information, and look again. Suppressing only widens what a
 * reader must allow for (a shown figure's range becomes "at least 1"), so a protected count stays
 * protected and need not be checked again. Every step hides one more non-zero count, so the loop
 * ends; at worst everything non-zero is hidden, when nothing bounds any count from above.
 */
import { discloseCount, suppressedCount, type DisclosedCount } from "./cells.js";
import { cellsCountedBy, isMargin, mapTable, sizeOf, tablePositions, valueAt, type TableOf, type TablePosition } from "./grid.js";
import { isProtected, readerView, type ProtectionInterval, type ReaderView } from "./protection.js";
import type { DisclosureRules } from "./rules.js";

/**
 * `primary`: a count from 1 to threshold - 1; `secondary`: hidden so that another cannot be worked
 * out from the table; `differencing`: hidden because an earlier release would give a small count
 * away by subtraction (releases.ts).
 */
export type SuppressionReason = "primary" | "secondary" | "differencing";

export interface Suppression extends ProtectionInterval {
  readonly reason: SuppressionReason;
}

export interface SuppressedTable {
  readonly published: TableOf<DisclosedCount>;
  /** Each suppressed position, in table order, with why and its interval (for audit, never for a commissioner). */
  readonly suppressions: Suppression[];
}

/**
 * One count of the table. In a table of one row a column's total is that column's cell (and the
 * row's total the grand total); such positions are one count, shown and hidden together.
 */
interface Count {
  readonly order: number;
  readonly positions: TablePosition[];
  readonly value: number;
  readonly isBody: boolean;
  /** The grid's rows and columns it lies on, as "row:2", "column:total". */
  readonly lines: Set<string>;
  reason: SuppressionReason | null;
}

function countsOf(table: TableOf<number>, rules: DisclosureRules, hidden: readonly TablePosition[]): { counts: Count[]; countAt: (position: TablePosition) => Count } {
  const size = sizeOf(table);
  const byCells = new Map<string, Count>();
  const keyOf = (position: TablePosition) => cellsCountedBy(position, size).join(",");
  for (const position of tablePositions(size)) {
    const key = keyOf(position);
    const existing = byCells.get(key);
    const lines = [`row:${position.row}`, `column:${position.column}`];
    if (existing) {
      existing.positions.push(position);
      for (const line of lines) existing.lines.add(line);
      continue;
    }
    const value = valueAt(table, position);
    // Primary suppression (§5): 1 to threshold - 1. Zeros are published exactly and never hidden.
    const reason = value >= 1 && value < rules.threshold ? "primary" : null;
    byCells.set(key, { order: byCells.size, positions: [position], value, isBody: !isMargin(position), lines: new Set(lines), reason });
  }
  const countAt = (position: TablePosition): Count => {
    const count = byCells.get(keyOf(position));
    if (!count) throw new RangeError("No such position in the table.");
    return count;
  };
  // Counts the caller must hide (an earlier release would difference them); a zero is exact and stays.
  for (const position of hidden) {
    const count = countAt(position);
    if (count.reason === null && count.value > 0) count.reason = "differencing";
  }
  return { counts: [...byCells.values()], countAt };
}

/**
 * The next count to hide so that the unprotected counts can be protected, cheapest first:
 * 1. one on the most "lone" lines, where an unprotected count is the only hidden one (that line's
 *    total and other cells give it away), so one more hidden count can mend two leaks at once;
 * 2. a body cell rather than a total;
 * 3. one that leaves the fewest lines with a single hidden count (so it needs no partner of its
 *    own: the rectangle of four hidden cells is the smallest pattern that protects itself);
 * 4. the smallest; 5. the first in table order.
 * Candidates are non-zero shown counts on a line of an unprotected count, or any at all when
 * there are none. Zeros never: they are published exactly and cannot hide anything.
 */
function chooseNext(unprotected: readonly Count[], counts: readonly Count[]): Count {
  const isHidden = (count: Count) => count.reason !== null;
  const hiddenOn = (line: string) => counts.filter((count) => isHidden(count) && count.lines.has(line)).length;
  const loneLines = new Set(unprotected.flatMap((target) => [...target.lines].filter((line) => hiddenOn(line) === 1)));
  const targetLines = new Set(unprotected.flatMap((target) => [...target.lines]));
  const open = counts.filter((count) => !isHidden(count) && count.value > 0);
  const related = open.filter((count) => [...count.lines].some((line) => targetLines.has(line)));
  const pool = related.length > 0 ? related : open;
  const rank = (count: Count): number[] => {
    const lines = [...count.lines];
    return [
      -lines.filter((line) => loneLines.has(line)).length,
      count.isBody ? 0 : 1,
      lines.filter((line) => hiddenOn(line) === 0).length,
      count.value,
      count.order,
    ];
  };
  const best = pool.map((count) => ({ count, rank: rank(count) })).sort((a, b) => compareRanks(a.rank, b.rank))[0];
  // Unreachable: with every non-zero count hidden, no count is bounded above, so all are protected.
  if (!best) throw new Error("No count is left to suppress, yet a suppressed count is unprotected.");
  return best.count;
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < a.length; index += 1) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/**
 * Primary suppression, rounding, then secondary suppression until every hidden count is protected.
 * `hidden` names further positions to suppress from the start (for differencing), protected like the rest.
 */
export function suppressTable(table: TableOf<number>, rules: DisclosureRules, hidden: readonly TablePosition[] = []): SuppressedTable {
  const { counts, countAt } = countsOf(table, rules, hidden);
  const publish = () => mapTable(table, (value, position) => (countAt(position).reason === null ? discloseCount(value, rules) : suppressedCount));
  let pending = counts.filter((count) => count.reason !== null);
  let published = publish();
  let view: ReaderView = readerView(published, rules);
  for (;;) {
    // A protected count stays protected as more is hidden, so only the others are looked at again.
    pending = pending.filter((count) => !isProtected(view.rangeOf(count.positions[0] as TablePosition), rules));
    if (pending.length === 0) break;
    const next = chooseNext(pending, counts);
    next.reason = "secondary";
    pending.push(next);
    published = publish();
    view = readerView(published, rules);
  }
  const suppressions = tablePositions(sizeOf(table)).flatMap((position) => {
    const reason = countAt(position).reason;
    if (reason === null) return [];
    const { low, high } = view.rangeOf(position);
    return [{ at: position, reason, low, high }];
  });
  return { published, suppressions };
}
