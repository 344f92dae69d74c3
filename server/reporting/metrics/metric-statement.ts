/**
 * One SQL statement for the metric queries of one metric: the source's rows in the scope and
 * period, restricted by each query's filter, grouped in SQL by each query's dimensions, with the
 * total over the same rows without the breakdown, all in one pass (`grouping sets ((d0, d1),
 * (d2), ())`). Queries asking the same rows different questions (people by sex, by age, by site,
 * and how many of them are from minority ethnic communities) so read them once.
 *
 * The total is not the sum of the cells wherever a unit can fall in several cells: people are
 * counted distinct in each cell and in the total, and a multi-valued dimension (a referral's
 * domains) repeats a row once per value, so units are then counted distinct by their id (such a
 * breakdown has a statement of its own).
 */
import { sql, type SQL } from "drizzle-orm";
import type { MetricQuery, MetricScope, ReportingDimension } from "../../../core/reporting/catalogue.js";
import { noValue } from "./dimension-values.js";
import type { DimensionSql, MetricSource } from "./metric-source.js";
import type { Period } from "./period.js";

/** A row as assembled into a result: `d0`, `d1` the cell's values in `by`'s order; `isTotal` on the total's row. */
export interface MetricRow extends Record<string, unknown> {
  readonly count: number;
  readonly median?: number | null;
  readonly p90?: number | null;
  readonly isTotal: boolean;
}

export interface MetricStatement {
  readonly sql: SQL;
  /** The statement's rows for one of its queries: that query's cells and its total. */
  rowsFor(query: Pick<MetricQuery, "by" | "filter">, rows: readonly Record<string, unknown>[]): MetricRow[];
}

const column = (name: string, index: number) => sql.raw(`${name}${index}`);

function dimensionOf(source: MetricSource, dimension: ReportingDimension): DimensionSql {
  const found = source.dimensions[dimension];
  // The query was checked against the catalogue; a source lacking a catalogued dimension is a bug.
  if (!found) throw new Error(`The metric source has no SQL for the dimension ${dimension}.`);
  return found;
}

/** Whether a breakdown repeats rows (a multi-valued dimension), so needs a statement of its own. */
export const isExpanding = (source: MetricSource, by: readonly ReportingDimension[]): boolean => by.some((dimension) => dimensionOf(source, dimension).each !== undefined);

/** The joins named in `needs`, with the joins they need in turn, in the source's order. */
function joinsFor(source: MetricSource, needs: Iterable<string>): SQL[] {
  const wanted = new Set<string>();
  const add = (name: string) => {
    if (wanted.has(name)) return;
    const join = source.joins?.find((candidate) => candidate.name === name);
    if (!join) throw new Error(`The metric source has no join named ${name}.`);
    wanted.add(name);
    join.needs?.forEach(add);
  };
  [...needs].forEach(add);
  return (source.joins ?? []).filter((join) => wanted.has(join.name)).map((join) => join.sql);
}

/** The inner column the measure reads, and its aggregates (`count`, for days `median` and `p90`) over rows where `only` holds. */
function aggregatesOf(source: MetricSource, isExpanded: boolean): { inner: SQL[]; outer: (suffix: number, only: SQL | null) => SQL } {
  const { measure } = source;
  const where = (only: SQL | null) => (only ? sql` filter (where ${only})` : sql``);
  switch (measure.kind) {
    case "units":
      // Only what the aggregate reads, so an index holding the columns asked for can answer alone.
      return isExpanded
        ? { inner: [sql`${measure.id} as unit`], outer: (suffix, only) => sql`count(distinct unit)${where(only)}::int as ${column("count", suffix)}` }
        : { inner: [], outer: (suffix, only) => sql`count(*)${where(only)}::int as ${column("count", suffix)}` };
    case "people":
      return { inner: [sql`${measure.person} as unit`], outer: (suffix, only) => sql`count(distinct unit)${where(only)}::int as ${column("count", suffix)}` };
    case "sum":
      return { inner: [sql`${measure.value} as amount`], outer: (suffix, only) => sql`coalesce(sum(amount)${where(only)}, 0)::int as ${column("count", suffix)}` };
    case "days":
      return {
        inner: [sql`${measure.days} as days`],
        outer: (suffix, only) =>
          sql`count(*)${where(only)}::int as ${column("count", suffix)}, percentile_cont(0.5) within group (order by days)${where(only)} as ${column("median", suffix)}, percentile_cont(0.9) within group (order by days)${where(only)} as ${column("p90", suffix)}`,
      };
  }
}

/** A filter as a canonical key: two queries with the same key count the same rows. */
const filterKey = (filter: MetricQuery["filter"]): string =>
  JSON.stringify(
    Object.entries(filter ?? {})
      .map(([dimension, values]) => [dimension, [...new Set(values)].sort()])
      .sort(([a], [b]) => String(a).localeCompare(String(b))),
  );

/**
 * The statement answering every query in `queries`, all of one metric (`source`). Their filters
 * become conditions on the rows when they share one filter, else one aggregate per filter (`count(…)
 * filter (where …)`). A query breaking down by a multi-valued dimension must be the only one.
 */
export function metricStatement(source: MetricSource, queries: readonly Pick<MetricQuery, "by" | "filter">[], scope: MetricScope, period: Period): MetricStatement {
  const dimensions = [...new Set(queries.flatMap((query) => query.by))];
  const grouped = dimensions.map((dimension) => ({ dimension, sql: dimensionOf(source, dimension) }));
  const isExpanded = grouped.some((entry) => entry.sql.each !== undefined);
  if (isExpanded && queries.length > 1) throw new Error("A breakdown by a multi-valued dimension needs a statement of its own.");
  if (isExpanded && source.measure.kind !== "units" && source.measure.kind !== "people") throw new Error("Only counted units and people can be broken down by a multi-valued dimension.");
  const variantKeys = [...new Set(queries.map((query) => filterKey(query.filter)))];
  const variants = variantKeys.map((key) => {
    const filter = queries.find((query) => filterKey(query.filter) === key)!.filter ?? {};
    return Object.entries(filter).map(([dimension, values]) => ({
      dimension: dimension as ReportingDimension,
      sql: dimensionOf(source, dimension as ReportingDimension),
      values: [...new Set(values ?? [])],
    }));
  });
  const needs = [...grouped, ...variants.flat()].flatMap((entry) => entry.sql.needs ?? []);
  if (source.measure.kind === "people" || source.measure.kind === "days") needs.push(...(source.measure.needs ?? []));

  // A multi-valued dimension in the breakdown: one row per value (or one `none` row for none).
  const laterals = grouped.flatMap((entry, index) => (entry.sql.each ? [sql`left join lateral ${entry.sql.each} as ${column("m", index)}(value) on true`] : []));
  const valueOf = (entry: { sql: DimensionSql }, index: number): SQL =>
    entry.sql.value ? sql`coalesce(${entry.sql.value}, ${noValue})` : sql`coalesce(${column("m", index)}.value, ${noValue})`;
  const conditionsOf = (variant: (typeof variants)[number]): SQL[] =>
    variant.map((entry) => {
      const index = grouped.findIndex((candidate) => candidate.dimension === entry.dimension);
      if (entry.sql.value || index >= 0) return sql`${valueOf(entry, index)} in ${entry.values}`;
      return sql`exists (select 1 from ${entry.sql.each} as f(value) where f.value in ${entry.values})`;
    });
  const and = (conditions: SQL[]) => (conditions.length === 0 ? sql`true` : sql.join(conditions, sql` and `));
  // One filter for all: a condition on the rows. Several: a flag per filter, read by its aggregates.
  const isShared = variants.length === 1;
  const flags = isShared ? [] : variants.map((variant, index) => sql`(${and(conditionsOf(variant))}) as ${column("f", index)}`);

  const aggregates = aggregatesOf(source, isExpanded);
  const inner = [...grouped.map((entry, index) => sql`${valueOf(entry, index)} as ${column("d", index)}`), ...aggregates.inner, ...flags];
  const from =
    typeof source.from === "function"
      ? source.from(scope, period, new Set([...dimensions, ...variants.flat().map((entry) => entry.dimension)]))
      : source.from;
  const where = and([source.where(scope, period), ...(isShared ? conditionsOf(variants[0]!) : [])]);
  const outer = variants.map((_, index) => aggregates.outer(index, isShared ? null : column("f", index)));
  const columns = dimensions.map((_, index) => column("d", index));
  const sets = [...new Set([...queries.map((query) => query.by.map((dimension) => dimensions.indexOf(dimension)).sort().join(",")), ""])];
  const groupBy =
    columns.length === 0
      ? { select: sql`0 as grouping`, clause: sql`` }
      : {
          select: sql`${sql.join(columns, sql`, `)}, grouping(${sql.join(columns, sql`, `)}) as grouping`,
          clause: sql`group by grouping sets (${sql.join(
            sets.map((set) => sql`(${sql.join(set === "" ? [] : set.split(",").map((index) => column("d", Number(index))), sql`, `)})`),
            sql`, `,
          )})`,
        };

  // grouping(d0, d1, …) has a bit set, first column highest, for each column a row is not grouped by.
  const maskOf = (by: readonly ReportingDimension[]) => dimensions.reduce((mask, dimension) => (mask << 1) | (by.includes(dimension) ? 0 : 1), 0);
  const totalMask = maskOf([]);
  return {
    sql: sql`select ${groupBy.select}, ${sql.join(outer, sql`, `)}
      from (select ${inner.length > 0 ? sql.join(inner, sql`, `) : sql`1`} ${from} ${sql.join(joinsFor(source, needs), sql` `)} ${sql.join(laterals, sql` `)} where ${where}) x
      ${groupBy.clause}`,
    rowsFor(query, rows) {
      const mask = maskOf(query.by);
      const variant = variantKeys.indexOf(filterKey(query.filter));
      return (
        rows
          .filter((row) => Number(row.grouping) === mask || Number(row.grouping) === totalMask)
          .map((row) => ({
            ...Object.fromEntries(query.by.map((dimension, index) => [`d${index}`, row[`d${dimensions.indexOf(dimension)}`]])),
            count: Number(row[`count${variant}`]),
            median: row[`median${variant}`] as number | null | undefined,
            p90: row[`p90${variant}`] as number | null | undefined,
            isTotal: Number(row.grouping) === totalMask,
          }))
          // A cell another filter's rows made, where this query's filter counted nothing, is no cell of its.
          .filter((row) => row.isTotal || row.count > 0)
      );
    },
  };
}
