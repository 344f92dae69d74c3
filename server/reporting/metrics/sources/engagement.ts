/**
 * People engaged: distinct people who attended a support session or a programme's group session
 * in the period. Someone seen in January and in February is one person in the quarter (and one
 * in each month's cell); someone with records merged is one person.
 *
 * Programme: a group session counts under its programme; a support session under every
 * programme its case was enrolled in by that day. So a person may count under several
 * programmes, and under none when their support is not part of a programme.
 */
import { sql } from "drizzle-orm";
import { clientJoins, demographicDimensions, personOf } from "../client-dimensions.js";
import { dayIn, inSites, londonDayOf, unrestrictedCaseRow, type MetricSource } from "../metric-source.js";

export const peopleEngaged: MetricSource = {
  // The months of attendance kept as sessions are written (migration 0034: one row per case, site,
  // London month and programme of a group session, '' for support sessions), found by a range on
  // the month; then one row per case and site (and month, when asked by month; and programme with
  // the last attendance, when asked by programme), so the cases and clients are looked up once per
  // case rather than per session.
  from: (scope, period, dimensions) => {
    const month = dimensions.has("month") ? [sql`to_char(m.month, 'YYYY-MM')`] : [];
    const isByProgramme = dimensions.has("programme");
    const groups = [sql`m.site_id`, sql`m.case_id`, ...(isByProgramme ? [sql`m.programme_key`] : []), ...month];
    return sql`from (
        select m.site_id, m.case_id${isByProgramme ? sql`, nullif(m.programme_key, '') as programme_key, max(m.last_attended_at) as at` : sql``}${month.length > 0 ? sql`, ${month[0]} as month` : sql``}
        from case_engagement_months m
        where m.organisation_id = ${scope.organisationId} and ${inSites(sql`m.site_id`, scope.siteIds)} and ${dayIn(sql`m.month`, period)}
        group by ${sql.join(groups, sql`, `)}
      ) e
      join cases c on c.id = e.case_id`;
  },
  where: (scope) => unrestrictedCaseRow(scope),
  joins: clientJoins(sql`c.client_id`),
  measure: { kind: "people", person: personOf(sql`c.client_id`), needs: ["client"] },
  dimensions: {
    month: { value: sql`e.month` },
    site: { value: sql`e.site_id::text` },
    programme: {
      each: sql`(
        select e.programme_key where e.programme_key is not null
        union all
        select pv.key from programme_enrolments pe join programme_versions pv on pv.id = pe.programme_version_id
        where e.programme_key is null and pe.case_id = e.case_id and pe.enrolled_on <= ${londonDayOf(sql`e.at`)}
      )`,
    },
    support_tier: { value: sql`coalesce(c.tier, 'none')` },
    ...demographicDimensions({ value: sql`c.age_band_at_opening` }),
  },
};
