/**
 * Publishing a table of counts with its margins for a commissioner: the one entry point for
 * tables. Pure.
 *
 * The steps of issue 9 and the shared reference "domain facts" §5: primary suppression (1 to
 * threshold - 1 hidden, zeros exact), rounding of everything else to the nearest base, each total
 * rounded on its own, then secondary suppression checked by protection intervals.
 */
import type { DisclosedCount } from "./cells.js";
import { withMargins, type TableOf, type TablePosition } from "./grid.js";
import { defaultDisclosureRules, type DisclosureRules } from "./rules.js";
import { suppressTable, type Suppression } from "./secondary-suppression.js";

export interface PublishedTable extends TableOf<DisclosedCount> {
  /**
   * Every suppressed position, margins included, in table order: primary or secondary, and the
   * range a reader could narrow it to. For tests and the audit record, never for a commissioner.
   */
  readonly suppressions: Suppression[];
}

/**
 * Publishes a rows × columns table of counts with its row, column and grand totals. `hide` names
 * positions to suppress besides the rules' own (counts an earlier release would difference).
 */
export function publishTable(counts: readonly (readonly number[])[], rules: DisclosureRules = defaultDisclosureRules, hide: readonly TablePosition[] = []): PublishedTable {
  const { published, suppressions } = suppressTable(withMargins(counts), rules, hide);
  return { ...published, suppressions };
}

export interface PublishedList {
  readonly cells: DisclosedCount[];
  readonly total: DisclosedCount;
  readonly suppressions: Suppression[];
}

/** Publishes a list of counts (a one-row table) with its total; `hide` as for tables, by index or "total". */
export function publishList(counts: readonly number[], rules: DisclosureRules = defaultDisclosureRules, hide: readonly (number | "total")[] = []): PublishedList {
  const table = publishTable([counts], rules, hide.map((column) => ({ row: 0, column })));
  // In one row each column's total is its cell and the row's total the grand total: report each once.
  const suppressions = table.suppressions.filter((suppression) => suppression.at.row !== "total");
  return { cells: [...(table.cells[0] ?? [])], total: table.grandTotal, suppressions };
}
