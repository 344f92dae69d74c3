/**
 * Outcomes achieved: each outcome recorded on a case (abstinent 28 days, secured housing…),
 * counted in the month of the day it was achieved, by its code from the organisation's outcome
 * vocabulary and the case's tier.
 */
import { sql } from "drizzle-orm";
import { clientJoins, demographicDimensions } from "../client-dimensions.js";
import { dayIn, inSites, monthOfDay, unrestrictedCase, type MetricSource } from "../metric-source.js";

export const outcomesAchieved: MetricSource = {
  from: sql`from case_outcomes o`,
  where: (scope, period) => sql`o.organisation_id = ${scope.organisationId} and ${inSites(sql`o.site_id`, scope.siteIds)} and ${dayIn(sql`o.achieved_on`, period)} and ${unrestrictedCase(scope, sql`o.case_id`)}`,
  joins: [{ name: "case", sql: sql`join cases c on c.id = o.case_id` }, ...clientJoins(sql`c.client_id`, ["case"])],
  measure: { kind: "units", id: sql`o.id` },
  dimensions: {
    month: { value: monthOfDay(sql`o.achieved_on`) },
    site: { value: sql`o.site_id::text` },
    outcome: { value: sql`o.code` },
    support_tier: { value: sql`coalesce(c.tier, 'none')`, needs: ["case"] },
    ...demographicDimensions({ value: sql`c.age_band_at_opening`, needs: ["case"] }),
  },
};
