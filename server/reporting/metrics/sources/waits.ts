/**
 * Waiting times from a referral's receipt to the first contact, and to the first assessment, of
 * the case it opened. A wait is counted in the month its end happened (the first contact, the
 * first assessment), at the site where that happened.
 *
 * Days are London calendar days between the two events: the London day of the contact (or the
 * assessment's day) less the London day the referral was received, so a referral received at
 * 23:50 and seen at 09:00 the next morning waited one day, and one seen the same day waited none.
 */
import { sql, type SQL } from "drizzle-orm";
import { clientJoins, demographicDimensions } from "../client-dimensions.js";
import { dayIn, inSites, instantIn, londonDayOf, monthOfDay, monthOfInstant, unrestrictedCaseRow, type MetricSource } from "../metric-source.js";

const caseDimensions = (month: SQL, site: SQL): MetricSource["dimensions"] => ({
  month: { value: month },
  site: { value: site },
  referral_source: { value: sql`src.code`, needs: ["source"] },
  support_tier: { value: sql`coalesce(c.tier, 'none')` },
  ...demographicDimensions({ value: sql`c.age_band_at_opening` }),
});

const joins = [{ name: "source", sql: sql`join referral_sources src on src.id = r.source_id` }, ...clientJoins(sql`c.client_id`)];

/**
 * The first attended support session of a case opened from a referral, kept on the case with its
 * site (`first_contact_at`, `first_contact_site_id`, by triggers on support_sessions): a period's
 * first contacts are a range on `cases_first_contact_idx`, one row a case.
 */
export const waitToFirstContact: MetricSource = {
  from: sql`from cases c join referrals r on r.id = c.referral_id`,
  where: (scope, period) =>
    sql`c.organisation_id = ${scope.organisationId} and ${inSites(sql`c.first_contact_site_id`, scope.siteIds)} and ${instantIn(sql`c.first_contact_at`, period)}
      and ${unrestrictedCaseRow(scope)}`,
  joins,
  measure: { kind: "days", days: sql`${londonDayOf(sql`c.first_contact_at`)} - ${londonDayOf(sql`r.received_at`)}` },
  dimensions: caseDimensions(monthOfInstant(sql`c.first_contact_at`), sql`c.first_contact_site_id::text`),
};

/**
 * The first completed assessment (submitted, whatever a manager later made of it) of a case
 * opened from a referral, on the day it was done with the client, with any instrument; kept on the
 * case with its site (`first_assessed_on`, `first_assessment_site_id`, by triggers on assessments).
 */
export const waitToAssessment: MetricSource = {
  from: sql`from cases c join referrals r on r.id = c.referral_id`,
  where: (scope, period) =>
    sql`c.organisation_id = ${scope.organisationId} and ${inSites(sql`c.first_assessment_site_id`, scope.siteIds)} and ${dayIn(sql`c.first_assessed_on`, period)}
      and ${unrestrictedCaseRow(scope)}`,
  joins,
  measure: { kind: "days", days: sql`c.first_assessed_on - ${londonDayOf(sql`r.received_at`)}` },
  dimensions: caseDimensions(monthOfDay(sql`c.first_assessed_on`), sql`c.first_assessment_site_id::text`),
};
