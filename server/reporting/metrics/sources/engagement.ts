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
import { inSites, instantIn, londonDayOf, unrestrictedCaseRow, type MetricSource } from "../metric-source.js";

export const peopleEngaged: MetricSource = {
  // Each attendance as (site, case, programme, when), from the two kinds of session, each found by
  // a range on its start; then one row per case and site (and month, when asked by month; and
  // programme with the last attendance, when asked by programme), so the cases and clients are
  // looked up once per case rather than per session.
  from: (scope, period, dimensions) => {
    const month = dimensions.has("month") ? [sql`to_char(a.at at time zone 'Europe/London', 'YYYY-MM')`] : [];
    const isByProgramme = dimensions.has("programme");
    const groups = [sql`a.site_id`, sql`a.case_id`, ...(isByProgramme ? [sql`a.programme_key`] : []), ...month];
    return sql`from (
        select a.site_id, a.case_id${isByProgramme ? sql`, a.programme_key, max(a.at) as at` : sql``}${month.length > 0 ? sql`, ${month[0]} as month` : sql``}
        from (
          select s.site_id, s.case_id, s.starts_at as at, null::text as programme_key
          from support_sessions s
          where s.organisation_id = ${scope.organisationId} and ${inSites(sql`s.site_id`, scope.siteIds)}
            and s.attendance = 'attended' and ${instantIn(sql`s.starts_at`, period)}
          union all
          select g.site_id, ga.case_id, g.starts_at, g.programme_key
          from group_sessions g join group_session_attendees ga on ga.group_session_id = g.id
          where g.organisation_id = ${scope.organisationId} and ${inSites(sql`g.site_id`, scope.siteIds)} and ${instantIn(sql`g.starts_at`, period)}
        ) a
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
