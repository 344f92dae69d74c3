/**
 * How many times each outcome was recorded on cases in a scope and period: counts by outcome code,
 * never who. The same rows the metric `outcomes_achieved` counts (reporting/metrics/sources/
 * outcomes.ts: the outcome's site, and the London day it was achieved within whole months),
 * narrowed to the cases on the given programmes when there are any. One statement, served by the
 * index on outcomes by site and day.
 */
import { sql } from "drizzle-orm";
import type { MonthRange } from "../../core/reporting/catalogue.js";
import type { OutcomeCount } from "../../core/social-value/index.js";
import { queryRows, type Db } from "../db/client.js";
import { dayIn, inSites } from "../reporting/metrics/metric-source.js";
import { periodOf } from "../reporting/metrics/period.js";

export async function countOutcomes(db: Db, scope: { organisationId: string; siteIds: readonly string[]; months: MonthRange; programmeCodes: readonly string[] }): Promise<OutcomeCount[]> {
  const period = periodOf(scope.months);
  const onProgrammes =
    scope.programmeCodes.length === 0
      ? sql``
      : sql`and exists (select 1 from programme_enrolments e join programme_versions v on v.id = e.programme_version_id where e.case_id = o.case_id and v.key in ${[...scope.programmeCodes]})`;
  const rows = await queryRows<{ code: string; count: number }>(
    db,
    sql`select o.code, count(*)::int as count from case_outcomes o
        where o.organisation_id = ${scope.organisationId} and ${inSites(sql`o.site_id`, scope.siteIds)} and ${dayIn(sql`o.achieved_on`, period)} ${onProgrammes}
        group by o.code order by o.code`,
  );
  return rows.map((row) => ({ outcomeCode: row.code, count: Number(row.count) }));
}
