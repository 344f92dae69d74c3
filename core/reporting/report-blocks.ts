/**
 * Reports for funders as blocks of figures, and how each block is published through the one
 * disclosure engine (core/disclosure). Pure.
 *
 * A report is declared as sections of blocks. Each block names the metric queries it needs; the
 * server computes them (server/reporting/metrics) and hands the results back here, where every
 * count is published under the organisation's rules and keyed by what it counts, so the release
 * log can check it against earlier releases (issue 9, steps 1–5):
 * - a `table` (two dimensions whose cells add up) is published with its margins: primary
 *   suppression, rounding, secondary suppression checked by protection intervals;
 * - a `list` (one dimension) likewise when its cells add up to its total; when they do not (a
 *   referral counts under each of its domains), each cell and the total are published on their own,
 *   since no total gives a cell away;
 * - a `figure` is one count; a `share` is a percentage worked out from two published counts, null
 *   when either is hidden; a `wait` shows its median and 90th percentile only when the number of
 *   waits is shown (at least the threshold), never from a suppressed count.
 * Nothing here carries a name, free text or a date finer than the month.
 */
import {
  discloseCount,
  disclosedRate,
  publishList,
  publishTable,
  type CountKey,
  type DisclosedCount,
  type DisclosureRules,
  type ReleasedCount,
  type Suppression,
  type TablePosition,
} from "../disclosure/index.js";
import type { MetricCode, MetricQuery, MetricResult, MonthRange, ReportingDimension } from "./catalogue.js";

export type ReportBlock =
  | { readonly kind: "table"; readonly id: string; readonly metric: MetricCode; readonly rows: ReportingDimension; readonly columns: ReportingDimension }
  | { readonly kind: "list"; readonly id: string; readonly metric: MetricCode; readonly by: ReportingDimension; readonly filter?: MetricQuery["filter"] }
  | { readonly kind: "figure"; readonly id: string; readonly metric: MetricCode; readonly filter?: MetricQuery["filter"] }
  | { readonly kind: "share"; readonly id: string; readonly part: MetricQuery; readonly whole: MetricQuery }
  | { readonly kind: "wait"; readonly id: string; readonly metric: MetricCode };

export interface ReportSection {
  readonly id: string;
  readonly blocks: readonly ReportBlock[];
}

/** The metric queries a block needs, in a fixed order (the results come back in it). */
export function queriesOf(block: ReportBlock): MetricQuery[] {
  switch (block.kind) {
    case "table":
      return [{ metric: block.metric, by: [block.rows, block.columns] }];
    case "list":
      return [{ metric: block.metric, by: [block.by], ...(block.filter ? { filter: block.filter } : {}) }];
    case "figure":
      return [{ metric: block.metric, by: [], ...(block.filter ? { filter: block.filter } : {}) }];
    case "share":
      return [block.part, block.whole];
    case "wait":
      return [{ metric: block.metric, by: [] }];
  }
}

/** A published count: `value` null when suppressed (shown as "*"); a zero is exact. */
export type Shown = DisclosedCount;

export type PublishedBlock =
  | {
      readonly kind: "table";
      readonly id: string;
      readonly metric: MetricCode;
      readonly rows: ReportingDimension;
      readonly columns: ReportingDimension;
      readonly rowValues: readonly string[];
      readonly columnValues: readonly string[];
      readonly cells: readonly (readonly Shown[])[];
      readonly rowTotals: readonly Shown[];
      readonly columnTotals: readonly Shown[];
      readonly grandTotal: Shown;
    }
  | { readonly kind: "list"; readonly id: string; readonly metric: MetricCode; readonly by: ReportingDimension; readonly values: readonly string[]; readonly cells: readonly Shown[]; readonly total: Shown; readonly isAdditive: boolean }
  | { readonly kind: "figure"; readonly id: string; readonly metric: MetricCode; readonly shown: Shown }
  | { readonly kind: "share"; readonly id: string; readonly part: Shown; readonly whole: Shown; readonly percent: number | null }
  | { readonly kind: "wait"; readonly id: string; readonly metric: MetricCode; readonly waits: Shown; readonly medianDays: number | null; readonly p90Days: number | null };

export interface PublishedSection {
  readonly id: string;
  readonly blocks: readonly PublishedBlock[];
}

/** What a report's counts are keyed by, for the release log: its months, sites and standing filter. */
export interface ReportKeyScope {
  readonly months: MonthRange;
  readonly siteIds: readonly string[];
  /** A filter every query of the report carries (a contract's programmes), as breakdown values. */
  readonly breakdown?: Readonly<Record<string, string>>;
}

/** Positions a block must hide for differencing: table positions, or list indices / "total", or true for a single count. */
export type Hidden = readonly TablePosition[];

export interface PublishedReport {
  readonly sections: readonly PublishedSection[];
  readonly counts: readonly ReleasedCount[];
  /** Every suppression with its reason and interval, by block id: for the audit record, never for the funder. */
  readonly suppressions: Readonly<Record<string, readonly Suppression[]>>;
}

/**
 * Publishes every block of the report. `results` are the metric results in the order of
 * `queriesOf` over the sections' blocks; `hide` names, by block id, counts to suppress because an
 * earlier release would difference them (positions as in a table; a list is row 0; a single count
 * is `{ row: 0, column: 0 }`).
 */
export function publishReport(
  sections: readonly ReportSection[],
  results: readonly MetricResult[],
  rules: DisclosureRules,
  scope: ReportKeyScope,
  hide: Readonly<Record<string, Hidden>> = {},
): PublishedReport {
  let next = 0;
  const take = (): MetricResult => {
    const result = results[next];
    next += 1;
    if (!result) throw new RangeError("Fewer metric results than the report's blocks ask for.");
    return result;
  };
  const counts: ReleasedCount[] = [];
  const suppressions: Record<string, readonly Suppression[]> = {};
  const published = sections.map((section) => ({
    id: section.id,
    blocks: section.blocks.map((block) => {
      const blockResults = queriesOf(block).map(take);
      const out = publishBlock(block, blockResults, rules, scope, hide[block.id] ?? []);
      counts.push(...out.counts);
      suppressions[block.id] = out.suppressions;
      return out.block;
    }),
  }));
  if (next !== results.length) throw new RangeError("More metric results than the report's blocks ask for.");
  return { sections: published, counts, suppressions };
}

interface BlockOutput {
  block: PublishedBlock;
  counts: ReleasedCount[];
  suppressions: Suppression[];
}

/** The key of a count: its metric, months and sites, and the values it is broken down by (a month narrows the months). */
export function keyOf(metric: MetricCode, scope: ReportKeyScope, at: Readonly<Partial<Record<ReportingDimension, string>>>, filter?: MetricQuery["filter"]): CountKey {
  const breakdown: Record<string, string> = { ...scope.breakdown };
  for (const [dimension, values] of Object.entries(filter ?? {})) breakdown[dimension] = [...(values ?? [])].sort().join("|");
  let months = scope.months;
  let sites = [...scope.siteIds];
  for (const [dimension, value] of Object.entries(at)) {
    if (value === undefined) continue;
    if (dimension === "month") months = { from: value, to: value };
    else if (dimension === "site") sites = [value];
    else breakdown[dimension] = value;
  }
  return { metric, months, sites: sites.sort(), breakdown };
}

function countResult(result: MetricResult): Extract<MetricResult, { kind: "count" }> {
  if (result.kind !== "count") throw new RangeError(`${result.metric} is not a count.`);
  return result;
}

/** The distinct values of dimension `index` among the cells, in the order they first appear. */
const valuesOf = (result: MetricResult, index: number): string[] => [...new Set(result.cells.map((cell) => cell.at[index] ?? ""))];

function publishBlock(block: ReportBlock, results: MetricResult[], rules: DisclosureRules, scope: ReportKeyScope, hidden: Hidden): BlockOutput {
  const single = (metric: MetricCode, count: number, filter?: MetricQuery["filter"], hideIt = false): { shown: Shown; released: ReleasedCount } => {
    const shown = hideIt && count > 0 ? ({ kind: "suppressed", value: null } as const) : discloseCount(count, rules);
    return { shown, released: { key: keyOf(metric, scope, {}, filter), shown } };
  };
  const isHidden = (row: number | "total", column: number | "total") => hidden.some((position) => position.row === row && position.column === column);
  switch (block.kind) {
    case "table": {
      const result = countResult(results[0]!);
      const rowValues = valuesOf(result, 0);
      const columnValues = valuesOf(result, 1);
      const countAt = new Map(result.cells.map((cell) => [`${cell.at[0]}\u0000${cell.at[1]}`, cell.count]));
      const grid = rowValues.map((row) => columnValues.map((column) => countAt.get(`${row}\u0000${column}`) ?? 0));
      const table = publishTable(grid, rules, hidden);
      const key = (at: Partial<Record<ReportingDimension, string>>) => keyOf(block.metric, scope, at);
      const counts: ReleasedCount[] = [
        ...rowValues.flatMap((row, r) => columnValues.map((column, c) => ({ key: key({ [block.rows]: row, [block.columns]: column }), shown: table.cells[r]![c]! }))),
        ...rowValues.map((row, r) => ({ key: key({ [block.rows]: row }), shown: table.rowTotals[r]! })),
        ...columnValues.map((column, c) => ({ key: key({ [block.columns]: column }), shown: table.columnTotals[c]! })),
        { key: key({}), shown: table.grandTotal },
      ];
      return {
        block: { kind: "table", id: block.id, metric: block.metric, rows: block.rows, columns: block.columns, rowValues, columnValues, cells: table.cells, rowTotals: table.rowTotals, columnTotals: table.columnTotals, grandTotal: table.grandTotal },
        counts,
        suppressions: table.suppressions,
      };
    }
    case "list": {
      const result = countResult(results[0]!);
      const values = valuesOf(result, 0);
      const raw = values.map((value) => result.cells.find((cell) => cell.at[0] === value)?.count ?? 0);
      const isAdditive = raw.reduce((sum, count) => sum + count, 0) === result.total;
      let cells: Shown[];
      let total: Shown;
      let suppressions: Suppression[] = [];
      if (isAdditive) {
        const list = publishList(raw, rules, hidden.map((position) => position.column));
        cells = list.cells;
        total = list.total;
        suppressions = list.suppressions;
      } else {
        // No total gives a cell away: each is published on its own.
        cells = raw.map((count, index) => (isHidden(0, index) && count > 0 ? { kind: "suppressed", value: null } : discloseCount(count, rules)));
        total = isHidden(0, "total") && result.total > 0 ? { kind: "suppressed", value: null } : discloseCount(result.total, rules);
      }
      const counts = [
        ...values.map((value, index) => ({ key: keyOf(block.metric, scope, { [block.by]: value }, block.filter), shown: cells[index]! })),
        { key: keyOf(block.metric, scope, {}, block.filter), shown: total },
      ];
      return { block: { kind: "list", id: block.id, metric: block.metric, by: block.by, values, cells, total, isAdditive }, counts, suppressions };
    }
    case "figure": {
      const result = countResult(results[0]!);
      const { shown, released } = single(block.metric, result.total, block.filter, isHidden(0, 0));
      return { block: { kind: "figure", id: block.id, metric: block.metric, shown }, counts: [released], suppressions: [] };
    }
    case "share": {
      const part = single(block.part.metric, countResult(results[0]!).total, block.part.filter, isHidden(0, 0));
      const whole = single(block.whole.metric, countResult(results[1]!).total, block.whole.filter, isHidden(0, 1));
      const rate = disclosedRate(part.shown, whole.shown);
      return {
        block: { kind: "share", id: block.id, part: part.shown, whole: whole.shown, percent: rate === null ? null : Math.round(rate * 1000) / 10 },
        counts: [part.released, whole.released],
        suppressions: [],
      };
    }
    case "wait": {
      const result = results[0]!;
      if (result.kind !== "duration") throw new RangeError(`${result.metric} is not a duration.`);
      const { shown, released } = single(block.metric, result.total.count, undefined, isHidden(0, 0));
      // A median or percentile of fewer waits than the threshold is not shown (§5: means from 1–7 values are "*").
      const isShown = shown.kind === "rounded";
      return {
        block: { kind: "wait", id: block.id, metric: block.metric, waits: shown, medianDays: isShown ? result.total.median : null, p90Days: isShown ? result.total.p90 : null },
        counts: [released],
        suppressions: [],
      };
    }
  }
}

/**
 * Which counts of a published report to hide, by block, given the released counts an earlier
 * release's differencing puts at risk (their keys, as `findDifferencingRisks` reports them).
 */
export function hiddenFor(sections: readonly ReportSection[], report: PublishedReport, risky: readonly CountKey[]): Record<string, TablePosition[]> {
  const riskyKeys = new Set(risky.map(keyText));
  const hide: Record<string, TablePosition[]> = {};
  let index = 0;
  const blocks = sections.flatMap((section) => section.blocks);
  const published = report.sections.flatMap((section) => section.blocks);
  for (const [blockIndex, block] of published.entries()) {
    const positions = positionsOf(block);
    for (const position of positions) {
      const released = report.counts[index];
      index += 1;
      if (released && riskyKeys.has(keyText(released.key))) (hide[blocks[blockIndex]!.id] ??= []).push(position);
    }
  }
  return hide;
}

/** The positions of a published block's counts, in the order `publishReport` keys them. */
function positionsOf(block: PublishedBlock): TablePosition[] {
  switch (block.kind) {
    case "table":
      return [
        ...block.rowValues.flatMap((_, row) => block.columnValues.map((__, column) => ({ row, column }))),
        ...block.rowValues.map((_, row) => ({ row, column: "total" as const })),
        ...block.columnValues.map((_, column) => ({ row: "total" as const, column })),
        { row: "total", column: "total" },
      ];
    case "list":
      return [...block.values.map((_, column) => ({ row: 0, column })), { row: 0, column: "total" }];
    case "figure":
    case "wait":
      return [{ row: 0, column: 0 }];
    case "share":
      return [
        { row: 0, column: 0 },
        { row: 0, column: 1 },
      ];
  }
}

/** A key as text, the same for the same key whatever the order of its breakdown's entries. */
export function keyText(key: CountKey): string {
  const breakdown = Object.entries(key.breakdown).sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify([key.metric, key.months.from, key.months.to, [...key.sites].sort(), breakdown]);
}
