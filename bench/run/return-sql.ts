/**
 * The quarterly return's figures as plain SQL written by hand: the limit the metric engine is
 * measured against. One statement per metric, each a plain aggregate (GROUP BY, no grouping
 * sets); where the return asks one metric several questions (people engaged by ethnic group and
 * sex, from minority ethnic communities, in all, by age band, by site), the rows are read once into
 * a materialised CTE and each question is an aggregate over it, joined by UNION ALL.
 *
 * Each statement answers rows of (q, d0, d1, count, median, p90): q is the position of the query
 * in the return's list (`queriesOf` over `quarterlyReturnSections`), d0 and d1 the cell. Only cells
 * with something in them come back; `figuresOf` puts the engine's results in the same shape, so
 * the two can be compared figure by figure.
 *
 * Parameters, by name (`withParameters` numbers those a statement uses): the organisation, its
 * sites, the period's first and after-last instants, and its first and after-last London days.
 */
import { ethnicities } from "../../core/clients/demographics.js";
import type { MetricQuery, MetricResult } from "../../core/reporting/catalogue.js";

const groupOf = `case ${[...new Set(ethnicities.map((entry) => entry.group))]
  .map((group) => `when p.ethnicity in (${ethnicities.filter((entry) => entry.group === group).map((entry) => `'${entry.code}'`).join(", ")}) then '${group}'`)
  .join(" ")} else 'other' end`;

const scope = (alias: string) => `${alias}.organisation_id = :organisation and ${alias}.site_id = any(:sites)`;
const instantIn = (column: string) => `${column} >= :start and ${column} < :end`;
const dayIn = (column: string) => `${column} >= :firstDay and ${column} < :dayAfter`;
const london = (column: string) => `(${column} at time zone 'Europe/London')::date`;
const row = (q: number, d0: string, d1: string, count: string, percentiles: [string, string] = ["null", "null"]) =>
  `select ${q} as q, ${d0}::text as d0, ${d1}::text as d1, ${count}::int as count, ${percentiles[0]}::float8 as median, ${percentiles[1]}::float8 as p90`;
const waitAggregates: [string, string] = ["percentile_cont(0.5) within group (order by days)", "percentile_cont(0.9) within group (order by days)"];

/** The statements, by metric, in the order of the return's queries (q is the query's position). */
export const returnStatements: Readonly<Record<string, string>> = {
  referrals_received: `with r as materialized (
      select r.id, src.code as source, to_char(r.received_at at time zone 'Europe/London', 'YYYY-MM') as month, r.site_id, r.reasons
      from referrals r join referral_sources src on src.id = r.source_id
      where ${scope("r")} and ${instantIn("r.received_at")})
    ${row(0, "source", "month", "count(*)")} from r group by source, month
    union all ${row(1, "site_id", "null", "count(*)")} from r group by site_id
    union all ${row(2, "domain.value", "null", "count(distinct r.id)")} from r cross join lateral jsonb_array_elements_text(r.reasons) as domain(value) group by domain.value`,
  referrals_triaged_within_target: `${row(3, "null", "null", "count(*)")} from referrals r where ${scope("r")} and ${instantIn("r.decided_at")} and r.decided_at <= r.triage_due_at`,
  referrals_triaged: `${row(4, "null", "null", "count(*)")} from referrals r where ${scope("r")} and ${instantIn("r.decided_at")}`,
  // A case's first attended session and first submitted assessment, as the cases keep them.
  wait_to_first_contact: `${row(5, "null", "null", "count(*)", waitAggregates)} from (
      select ${london("c.first_contact_at")} - ${london("r.received_at")} as days
      from cases c join referrals r on r.id = c.referral_id
      where c.organisation_id = :organisation and c.first_contact_site_id = any(:sites) and ${instantIn("c.first_contact_at")}) w`,
  wait_to_assessment: `${row(6, "null", "null", "count(*)", waitAggregates)} from (
      select c.first_assessed_on - ${london("r.received_at")} as days
      from cases c join referrals r on r.id = c.referral_id
      where c.organisation_id = :organisation and c.first_assessment_site_id = any(:sites) and ${dayIn("c.first_assessed_on")}) w`,
  // Who was seen (site and case), from the months of attendance as the database keeps them
  // (migration 0034), then each case's person as one person whatever records they had.
  people_engaged: `with seen as materialized (
      select distinct m.site_id, m.case_id from case_engagement_months m where ${scope("m")} and ${dayIn("m.month")}),
    people as materialized (
      select seen.site_id, coalesce(own.merged_into_id, c.client_id) as person, c.age_band_at_opening as age_band,
        coalesce(p.sex, 'not_stated') as sex, coalesce(p.ethnicity, 'not_stated') as ethnicity
      from seen join cases c on c.id = seen.case_id
      left join clients own on own.id = c.client_id and own.merged_into_id is not null
      join clients p on p.id = coalesce(own.merged_into_id, c.client_id))
    ${row(7, groupOf, "sex", "count(distinct person)")} from people p group by 2, 3
    union all ${row(8, "null", "null", "count(distinct person) filter (where ethnicity not in ('white_british', 'not_stated'))")} from people
    union all ${row(9, "null", "null", "count(distinct person)")} from people
    union all ${row(10, "age_band", "null", "count(distinct person)")} from people group by age_band
    union all ${row(11, "site_id", "null", "count(distinct person)")} from people group by site_id`,
  // Open on any day of the period: still open, or closed since it began; opened before it ended.
  cases_supported: `${row(12, "coalesce(c.tier, 'none')", "null", "count(*)")} from (
      select c.tier from cases c where ${scope("c")} and c.closed_at is null and c.opened_at < :end
      union all
      select c.tier from cases c where ${scope("c")} and c.closed_at >= :start and c.opened_at < :end) c group by 2`,
  programme_enrolments: `${row(13, "pv.key", "null", "count(*)")} from programme_enrolments pe join programme_versions pv on pv.id = pe.programme_version_id
      where ${scope("pe")} and ${dayIn("pe.enrolled_on")} group by pv.key`,
  programme_completions: `${row(14, "pv.key", "null", "count(*)")} from programme_enrolment_events ev
      join programme_enrolments pe on pe.id = ev.enrolment_id join programme_versions pv on pv.id = pe.programme_version_id
      where ev.organisation_id = :organisation and ev.type = 'complete' and ${instantIn("ev.at")} and pe.site_id = any(:sites) group by pv.key`,
  panel_escalations: `${row(15, "null", "null", "count(*)")} from panel_escalations x where ${scope("x")} and ${instantIn("x.submitted_at")}`,
  panel_decisions: `${row(16, "x.kind", "null", "count(*)")} from panel_decisions x where ${scope("x")} and ${instantIn("x.decided_at")} group by x.kind`,
  external_referrals: `${row(17, "null", "null", "count(*)")} from external_referrals x where ${scope("x")} and ${dayIn("x.sent_on")}`,
  outcomes_achieved: `${row(18, "o.code", "null", "count(*)")} from case_outcomes o where ${scope("o")} and ${dayIn("o.achieved_on")} group by o.code`,
  cases_closed: `${row(19, "coalesce(c.closure_outcome, 'not_known')", "null", "count(*)")} from cases c where ${scope("c")} and ${instantIn("c.closed_at")} group by 2`,
  outreach_sessions: `${row(20, "null", "null", "count(*)")} from outreach_sessions os where ${scope("os")} and ${instantIn("os.starts_at")}`,
  outreach_people_reached: `${row(21, "null", "null", "coalesce(sum(os.headcount_total), 0)")} from outreach_sessions os where ${scope("os")} and ${instantIn("os.starts_at")}`,
  people_trained: `${row(22, "null", "null", "count(*)")} from training_attendees ta join training_deliveries td on td.id = ta.delivery_id where ${scope("td")} and ${dayIn("td.delivered_on")}`,
};

export interface ReturnParameters {
  organisation: string;
  sites: readonly string[];
  start: string;
  end: string;
  firstDay: string;
  dayAfter: string;
}

const types: Record<keyof ReturnParameters, string> = { organisation: "uuid", sites: "uuid[]", start: "timestamptz", end: "timestamptz", firstDay: "date", dayAfter: "date" };

/** A statement with its named parameters numbered ($1, $2… in order of first use) and their values. */
export function withParameters(text: string, values: ReturnParameters): { sql: string; params: unknown[] } {
  const used: (keyof ReturnParameters)[] = [];
  const sql = text.replace(/:(organisation|sites|start|end|firstDay|dayAfter)\b/g, (_, name: keyof ReturnParameters) => {
    if (!used.includes(name)) used.push(name);
    return `$${used.indexOf(name) + 1}::${types[name]}`;
  });
  return { sql, params: used.map((name) => values[name]) };
}

export interface FigureRow extends Record<string, unknown> {
  q: number;
  d0: string | null;
  d1: string | null;
  count: number;
  median: number | null;
  p90: number | null;
}

/** The figures of the limit's rows, keyed `q:d0|d1` (`q:` for a query's one figure). */
export function figuresOfRows(rows: readonly FigureRow[]): Map<string, number> {
  const figures = new Map<string, number>();
  for (const entry of rows) {
    const key = `${entry.q}:${[entry.d0, entry.d1].filter((value) => value !== null).join("|")}`;
    if (entry.count > 0) figures.set(key, Number(entry.count));
    if (entry.median !== null && entry.median !== undefined) figures.set(`${key}median`, Number(entry.median));
    if (entry.p90 !== null && entry.p90 !== undefined) figures.set(`${key}p90`, Number(entry.p90));
  }
  return figures;
}

/** The same figures from the engine's results: each non-empty cell, and the total of a query broken down by nothing. */
export function figuresOfResults(queries: readonly MetricQuery[], results: readonly MetricResult[]): Map<string, number> {
  const figures = new Map<string, number>();
  results.forEach((result, q) => {
    if (queries[q]!.by.length > 0) {
      for (const cell of result.cells) if (cell.count > 0) figures.set(`${q}:${cell.at.join("|")}`, cell.count);
      return;
    }
    if (result.kind === "count") {
      if (result.total > 0) figures.set(`${q}:`, result.total);
      return;
    }
    if (result.total.count > 0) figures.set(`${q}:`, result.total.count);
    if (result.total.median !== null) figures.set(`${q}:median`, result.total.median);
    if (result.total.p90 !== null) figures.set(`${q}:p90`, result.total.p90);
  });
  return figures;
}

/** The keys whose figures differ between the two (missing on one side counts as a difference). */
export function differingFigures(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): string[] {
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys].filter((key) => Math.abs((a.get(key) ?? Number.NaN) - (b.get(key) ?? Number.NaN)) > 1e-9 || !a.has(key) || !b.has(key)).sort();
}
