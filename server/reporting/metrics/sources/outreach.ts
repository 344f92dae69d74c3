/**
 * Outreach, which is about activity rather than anyone supported: sessions held, the people they
 * reached (the sum of their headcounts, so someone at two sessions is two contacts), and
 * professionals trained (attendees of a training delivered in the period).
 */
import { sql } from "drizzle-orm";
import { dayIn, inSites, instantIn, monthOfDay, monthOfInstant, type MetricSource } from "../metric-source.js";

const sessionsOf = (measure: MetricSource["measure"]): MetricSource => ({
  from: sql`from outreach_sessions os`,
  where: (scope, period) => sql`os.organisation_id = ${scope.organisationId} and ${inSites(sql`os.site_id`, scope.siteIds)} and ${instantIn(sql`os.starts_at`, period)}`,
  measure,
  dimensions: {
    month: { value: monthOfInstant(sql`os.starts_at`) },
    site: { value: sql`os.site_id::text` },
  },
});

export const outreachSessions = sessionsOf({ kind: "units", id: sql`os.id` });

export const outreachPeopleReached = sessionsOf({ kind: "sum", value: sql`os.headcount_total` });

export const peopleTrained: MetricSource = {
  from: sql`from training_attendees ta join training_deliveries td on td.id = ta.delivery_id`,
  where: (scope, period) => sql`td.organisation_id = ${scope.organisationId} and ${inSites(sql`td.site_id`, scope.siteIds)} and ${dayIn(sql`td.delivered_on`, period)}`,
  measure: { kind: "units", id: sql`ta.id` },
  dimensions: {
    month: { value: monthOfDay(sql`td.delivered_on`) },
    site: { value: sql`td.site_id::text` },
  },
};
