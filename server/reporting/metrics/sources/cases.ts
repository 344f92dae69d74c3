/**
 * Cases opened, closed, and supported (open on any day of the period). A case's vulnerability
 * domains and referral source are those of the referral it was opened from (`none` for a case
 * opened without one); its tier is its current one (`none` while not yet decided); its age band
 * the one it opened with. A case reopened after closing is counted by its current record: its
 * earlier closure is not counted again.
 */
import { sql } from "drizzle-orm";
import { clientJoins, demographicDimensions } from "../client-dimensions.js";
import type { MetricScope } from "../../../../core/reporting/catalogue.js";
import { inSites, instantIn, monthOfInstant, unrestrictedCaseRow, type MetricSource } from "../metric-source.js";

const joins = [
  { name: "referral", sql: sql`left join referrals r on r.id = c.referral_id` },
  { name: "source", sql: sql`left join referral_sources src on src.id = r.source_id`, needs: ["referral"] },
  ...clientJoins(sql`c.client_id`),
];

const caseDimensions: MetricSource["dimensions"] = {
  site: { value: sql`c.site_id::text` },
  referral_source: { value: sql`coalesce(src.code, 'none')`, needs: ["source"] },
  vulnerability_domain: { each: sql`jsonb_array_elements_text(r.reasons)`, needs: ["referral"] },
  support_tier: { value: sql`coalesce(c.tier, 'none')` },
  ...demographicDimensions({ value: sql`c.age_band_at_opening` }),
};

const inScope = (scope: MetricScope) => sql`c.organisation_id = ${scope.organisationId} and ${inSites(sql`c.site_id`, scope.siteIds)} and ${unrestrictedCaseRow(scope)}`;

/**
 * Open on any day of the period: opened before it ended, and not closed or closed after it
 * began. Read as the open cases and the cases closed since the period began, each from an index
 * of its own that holds every column asked for (`cases_open_reporting_idx`,
 * `cases_site_closed_idx`).
 */
export const casesSupported: MetricSource = {
  from: (scope, period) => sql`from (
      select c.id, c.site_id, c.tier, c.referral_id, c.client_id, c.age_band_at_opening from cases c
      where ${inScope(scope)} and c.closed_at is null and c.opened_at < ${period.end}::timestamptz
      union all
      select c.id, c.site_id, c.tier, c.referral_id, c.client_id, c.age_band_at_opening from cases c
      where ${inScope(scope)} and c.closed_at >= ${period.start}::timestamptz and c.opened_at < ${period.end}::timestamptz
    ) c`,
  where: () => sql`true`,
  joins,
  measure: { kind: "units", id: sql`c.id` },
  dimensions: caseDimensions,
};

export const casesOpened: MetricSource = {
  from: sql`from cases c`,
  where: (scope, period) => sql`${inScope(scope)} and ${instantIn(sql`c.opened_at`, period)}`,
  joins,
  measure: { kind: "units", id: sql`c.id` },
  dimensions: { ...caseDimensions, month: { value: monthOfInstant(sql`c.opened_at`) } },
};

/** Outcome: the closure's overall outcome (improved, no change…), `not_known` where none was given. */
export const casesClosed: MetricSource = {
  from: sql`from cases c`,
  where: (scope, period) => sql`${inScope(scope)} and ${instantIn(sql`c.closed_at`, period)}`,
  joins,
  measure: { kind: "units", id: sql`c.id` },
  dimensions: { ...caseDimensions, month: { value: monthOfInstant(sql`c.closed_at`) }, outcome: { value: sql`coalesce(c.closure_outcome, 'not_known')` } },
};
