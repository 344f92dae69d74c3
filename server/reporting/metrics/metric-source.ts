/**
 * How a metric is found in the database: the rows it counts (a from clause and the conditions
 * that put a row in the period and the scope), the joins a breakdown may need, what is measured
 * over the rows, and the SQL value of each dimension the metric can be broken down by. One source
 * per metric (sources/); metric-statement.ts turns a source and a query into one statement.
 *
 * Every fragment here is fixed SQL text; only the scope, the period and filter values are
 * parameters.
 */
import { sql, type SQL } from "drizzle-orm";
import type { MetricScope, ReportingDimension } from "../../../core/reporting/catalogue.js";
import type { Period } from "./period.js";

/** A join a breakdown may need, included only when something asks for it (with what it needs first). */
export interface OptionalJoin {
  readonly name: string;
  readonly sql: SQL;
  readonly needs?: readonly string[];
}

/**
 * A dimension's value for a row: either one value (`value`), or, for a dimension a row may hold
 * several values of (a referral's vulnerability domains), a from-item yielding them as one column
 * (`each`). A row with no value at all falls under `none` (dimension-values.ts).
 */
export type DimensionSql = ({ readonly value: SQL; readonly each?: undefined } | { readonly each: SQL; readonly value?: undefined }) & {
  readonly needs?: readonly string[];
};

/**
 * What is measured over the rows: units counted once each (`id` tells them apart when a
 * multi-valued breakdown repeats a row), distinct people, a sum (an outreach headcount), or days
 * from one event to another (median and 90th percentile).
 */
export type Measure =
  | { readonly kind: "units"; readonly id: SQL }
  | { readonly kind: "people"; readonly person: SQL; readonly needs: readonly string[] }
  | { readonly kind: "sum"; readonly value: SQL }
  | { readonly kind: "days"; readonly days: SQL; readonly needs?: readonly string[] };

export interface MetricSource {
  /**
   * `from …` with the joins every row needs; a function when it carries the scope itself, given
   * the dimensions the query breaks down or filters by (to group its rows by what is asked).
   */
  readonly from: SQL | ((scope: MetricScope, period: Period, dimensions: ReadonlySet<ReportingDimension>) => SQL);
  /** The conditions that put a row in the organisation, the scope's sites and the period. */
  readonly where: (scope: MetricScope, period: Period) => SQL;
  readonly joins?: readonly OptionalJoin[];
  readonly measure: Measure;
  readonly dimensions: Partial<Record<ReportingDimension, DimensionSql>>;
}

/** `column in (sites)`; false for no sites, which then count nothing. */
export function inSites(column: SQL, siteIds: readonly string[]): SQL {
  return siteIds.length === 0 ? sql`false` : sql`${column} in ${[...siteIds]}`;
}

/**
 * When the scope leaves out restricted records: only rows of a case that is not restricted
 * (`caseId` the row's case column); otherwise no condition.
 */
export function unrestrictedCase(scope: MetricScope, caseId: SQL): SQL {
  return scope.leavesOutRestricted ? sql`not exists (select 1 from cases restricted_case where restricted_case.id = ${caseId} and restricted_case.is_restricted)` : sql`true`;
}

/** The same for a source that has the case's row itself as `c`. */
export function unrestrictedCaseRow(scope: MetricScope): SQL {
  return scope.leavesOutRestricted ? sql`not c.is_restricted` : sql`true`;
}

/** The same for referrals (`r`): neither the referral nor any case it opened is restricted. */
export function unrestrictedReferral(scope: MetricScope): SQL {
  return scope.leavesOutRestricted
    ? sql`not r.is_restricted and not exists (select 1 from cases restricted_case where restricted_case.referral_id = r.id and restricted_case.is_restricted)`
    : sql`true`;
}

/** A timestamp column within the period: a range on the column itself, so its index serves it. */
export function instantIn(column: SQL, period: Period): SQL {
  return sql`${column} >= ${period.start}::timestamptz and ${column} < ${period.end}::timestamptz`;
}

/** A date column (a London day) within the period. */
export function dayIn(column: SQL, period: Period): SQL {
  return sql`${column} >= ${period.firstDay}::date and ${column} < ${period.dayAfter}::date`;
}

/** The London month (`YYYY-MM`) of a timestamp column. */
export const monthOfInstant = (column: SQL): SQL => sql`to_char(${column} at time zone 'Europe/London', 'YYYY-MM')`;

/** The month (`YYYY-MM`) of a date column, already a London day. */
export const monthOfDay = (column: SQL): SQL => sql`to_char(${column}, 'YYYY-MM')`;

/** The London calendar day of a timestamp column. */
export const londonDayOf = (column: SQL): SQL => sql`(${column} at time zone 'Europe/London')::date`;
