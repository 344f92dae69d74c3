/**
 * The one place the organisation's figures are computed: each metric query of the catalogue
 * (core/reporting/catalogue.ts) answered in SQL over the organisation's records at the scope's
 * sites in the scope's London months, grouped in SQL by the requested dimensions, with every cell
 * of the breakdown present (zeros too) and the total counted over the same rows.
 *
 * Queries of one metric share one statement (a grouping set each, an aggregate per filter), so a
 * report asking for people by sex, by age, by site and from minority ethnic communities reads
 * those people once; a breakdown by a multi-valued dimension has a statement of its own. These are true counts, for staff dashboards
 * and for the disclosure engine, which decides what may leave for a funder; nothing computed here
 * names anyone.
 */
import { metricDefinition, type MetricQuery, type MetricResult, type MetricScope } from "../../../core/reporting/catalogue.js";
import { queryRows, type Db } from "../../db/client.js";
import { assembleResult } from "./assemble-result.js";
import { checkQuery, checkScope } from "./check-query.js";
import { dimensionValues } from "./dimension-values.js";
import { isExpanding, metricStatement } from "./metric-statement.js";
import { periodOf } from "./period.js";
import { metricSources } from "./sources/index.js";

/** Statements run at once on a server pool: enough to use its cores, few enough to leave connections for requests. */
const concurrentStatements = 4;

/** The queries (by index) that one statement answers: one metric's, except that a multi-valued breakdown goes alone. */
function batchesOf(queries: readonly MetricQuery[]): number[][] {
  const batches = new Map<string, number[]>();
  queries.forEach((query, index) => {
    const key = isExpanding(metricSources[query.metric], query.by) ? `alone:${index}` : query.metric;
    batches.set(key, [...(batches.get(key) ?? []), index]);
  });
  return [...batches.values()];
}

/** Runs `work` over `items` with at most `limit` at once. */
async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * Computes each query over the scope, answering the results in the queries' order. Refuses (400,
 * naming the field) a query the catalogue does not allow before running any.
 */
export async function computeMetrics(db: Db, scope: MetricScope, queries: readonly MetricQuery[]): Promise<MetricResult[]> {
  checkScope(scope);
  queries.forEach(checkQuery);
  const period = periodOf(scope.months);
  const values = dimensionValues(db, scope, period);
  const results = new Array<MetricResult>(queries.length);
  await eachLimited(batchesOf(queries), concurrentStatements, async (batch) => {
    const first = queries[batch[0]!]!;
    const statement = metricStatement(
      metricSources[first.metric],
      batch.map((index) => queries[index]!),
      scope,
      period,
    );
    const [rows, known] = await Promise.all([
      queryRows(db, statement.sql),
      Promise.all(batch.map((index) => Promise.all(queries[index]!.by.map((dimension) => values.valuesOf(first.metric, dimension))))),
    ]);
    batch.forEach((index, position) => {
      const query = queries[index]!;
      results[index] = assembleResult(metricDefinition(query.metric), query, known[position]!, statement.rowsFor(query, rows));
    });
  });
  return results;
}

export async function computeMetric(db: Db, scope: MetricScope, query: MetricQuery): Promise<MetricResult> {
  const [result] = await computeMetrics(db, scope, [query]);
  return result!;
}
