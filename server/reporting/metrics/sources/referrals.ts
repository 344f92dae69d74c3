/**
 * Referrals received, triaged, and triaged by their due time. A referral's demographics are its
 * client's once triage linked it to one (before that, not stated); its age band is the one its
 * case opened with (unknown when it led to no case). Restricted referrals (Channel,
 * radicalisation) count like any other in what passes the disclosure engine, which protects small
 * counts; a scope that leaves them out (a team manager's dashboard) does not count them.
 */
import { sql, type SQL } from "drizzle-orm";
import { clientJoins, demographicDimensions } from "../client-dimensions.js";
import { inSites, instantIn, monthOfInstant, unrestrictedReferral, type MetricSource } from "../metric-source.js";

/** The referral's own dimensions, shared by the referral metrics. */
const referralJoins = [
  { name: "source", sql: sql`join referral_sources src on src.id = r.source_id` },
  // The case the referral opened (the first, should there be more), for its age band.
  {
    name: "case",
    sql: sql`left join lateral (select c.age_band_at_opening from cases c where c.referral_id = r.id order by c.opened_at limit 1) rc on true`,
  },
  ...clientJoins(sql`r.client_id`),
];

/** Referrals dated by `column` (received_at or decided_at), with `condition` besides. */
function referralsBy(column: SQL, condition: SQL = sql`true`): MetricSource {
  return {
    from: sql`from referrals r`,
    where: (scope, period) =>
      sql`r.organisation_id = ${scope.organisationId} and ${inSites(sql`r.site_id`, scope.siteIds)} and ${instantIn(column, period)} and ${condition}
        and ${unrestrictedReferral(scope)}`,
    joins: referralJoins,
    measure: { kind: "units", id: sql`r.id` },
    dimensions: {
      month: { value: monthOfInstant(column) },
      site: { value: sql`r.site_id::text` },
      referral_source: { value: sql`src.code`, needs: ["source"] },
      vulnerability_domain: { each: sql`jsonb_array_elements_text(r.reasons)` },
      ...demographicDimensions({ value: sql`coalesce(rc.age_band_at_opening, 'unknown')`, needs: ["case"] }),
    },
  };
}

export const referralsReceived = referralsBy(sql`r.received_at`);

/** Every triage decision: accepted, signposted or declined. */
export const referralsTriaged = referralsBy(sql`r.decided_at`);

/** Decided by the triage due time (the organisation's target in working days, fixed on receipt). */
export const referralsTriagedWithinTarget = referralsBy(sql`r.decided_at`, sql`r.decided_at <= r.triage_due_at`);
