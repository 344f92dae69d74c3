/**
 * Programme enrolments (by the day they began) and completions (by the completion step, the
 * programme's last). Programme: the programme's key, whatever its version.
 */
import { sql } from "drizzle-orm";
import { clientJoins, demographicDimensions } from "../client-dimensions.js";
import { dayIn, inSites, instantIn, monthOfDay, monthOfInstant, unrestrictedCase, type MetricSource } from "../metric-source.js";

const joins = [
  { name: "programme", sql: sql`join programme_versions pv on pv.id = pe.programme_version_id` },
  { name: "case", sql: sql`join cases c on c.id = pe.case_id` },
  ...clientJoins(sql`c.client_id`, ["case"]),
];

const enrolmentDimensions: MetricSource["dimensions"] = {
  site: { value: sql`pe.site_id::text` },
  programme: { value: sql`pv.key`, needs: ["programme"] },
  ...demographicDimensions({ value: sql`c.age_band_at_opening`, needs: ["case"] }),
};

export const programmeEnrolments: MetricSource = {
  from: sql`from programme_enrolments pe`,
  where: (scope, period) => sql`pe.organisation_id = ${scope.organisationId} and ${inSites(sql`pe.site_id`, scope.siteIds)} and ${dayIn(sql`pe.enrolled_on`, period)} and ${unrestrictedCase(scope, sql`pe.case_id`)}`,
  joins,
  measure: { kind: "units", id: sql`pe.id` },
  dimensions: { ...enrolmentDimensions, month: { value: monthOfDay(sql`pe.enrolled_on`) } },
};

export const programmeCompletions: MetricSource = {
  from: sql`from programme_enrolment_events ev join programme_enrolments pe on pe.id = ev.enrolment_id`,
  where: (scope, period) => sql`ev.organisation_id = ${scope.organisationId} and ev.type = 'complete' and ${instantIn(sql`ev.at`, period)}
    and ${inSites(sql`pe.site_id`, scope.siteIds)} and ${unrestrictedCase(scope, sql`pe.case_id`)}`,
  joins,
  measure: { kind: "units", id: sql`pe.id` },
  dimensions: { ...enrolmentDimensions, month: { value: monthOfInstant(sql`ev.at`) } },
};
