/**
 * A metric's result from its statement's rows: one cell for every combination of the dimensions'
 * values (the first dimension outermost), zero where no row was found, and the total from the
 * statement's own total row. Laying out cells is all that happens here; the counting was SQL's.
 */
import type { CountCell, DurationCell, MetricDefinition, MetricQuery, MetricResult } from "../../../core/reporting/catalogue.js";
import { cellValues } from "./dimension-values.js";
import type { MetricRow } from "./metric-statement.js";

/** Every combination of the values, in order: the first dimension outermost. */
function combinations(values: readonly (readonly string[])[]): string[][] {
  return values.reduce<string[][]>((sofar, next) => sofar.flatMap((prefix) => next.map((value) => [...prefix, value])), [[]]);
}

const atOf = (row: MetricRow, dimensions: number): string[] => Array.from({ length: dimensions }, (_, index) => String(row[`d${index}`]));

const numberOrNull = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

export function assembleResult(definition: MetricDefinition, query: MetricQuery, known: readonly (readonly string[])[], rows: readonly MetricRow[]): MetricResult {
  const dimensions = query.by.length;
  const cellRows = rows.filter((row) => !row.isTotal);
  const totalRow = rows.find((row) => row.isTotal);
  const values = query.by.map((dimension, index) =>
    cellValues(
      known[index] ?? [],
      query.filter?.[dimension],
      cellRows.map((row) => String(row[`d${index}`])),
    ),
  );
  const found = new Map(cellRows.map((row) => [JSON.stringify(atOf(row, dimensions)), row]));
  const ats = dimensions === 0 ? [] : combinations(values);
  const metric = definition.code as MetricResult["metric"];

  if (definition.kind === "duration") {
    const durationOf = (row: MetricRow | undefined): Omit<DurationCell, "at"> => ({
      count: row?.count ?? 0,
      median: numberOrNull(row?.median),
      p90: numberOrNull(row?.p90),
    });
    const cells: DurationCell[] = ats.map((at) => ({ at, ...durationOf(found.get(JSON.stringify(at))) }));
    return { metric, kind: "duration", by: [...query.by], cells, total: durationOf(totalRow) };
  }
  const cells: CountCell[] = ats.map((at) => ({ at, count: found.get(JSON.stringify(at))?.count ?? 0 }));
  return { metric, kind: "count", by: [...query.by], cells, total: totalRow?.count ?? 0 };
}
