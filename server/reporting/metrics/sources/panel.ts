/**
 * The community safeguarding panel: escalations raised (vulnerability domains: those of the
 * referral the case was opened from), decisions recorded (by kind), and referrals sent to outside
 * agencies (Channel, the safeguarding hub, the police, others).
 */
import { sql } from "drizzle-orm";
import { clientJoins, demographicDimensions } from "../client-dimensions.js";
import { dayIn, inSites, instantIn, monthOfDay, monthOfInstant, unrestrictedCase, type MetricSource } from "../metric-source.js";

export const panelEscalations: MetricSource = {
  from: sql`from panel_escalations esc`,
  where: (scope, period) => sql`esc.organisation_id = ${scope.organisationId} and ${inSites(sql`esc.site_id`, scope.siteIds)} and ${instantIn(sql`esc.submitted_at`, period)} and ${unrestrictedCase(scope, sql`esc.case_id`)}`,
  joins: [
    { name: "case", sql: sql`join cases c on c.id = esc.case_id` },
    { name: "referral", sql: sql`left join referrals r on r.id = c.referral_id`, needs: ["case"] },
    ...clientJoins(sql`c.client_id`, ["case"]),
  ],
  measure: { kind: "units", id: sql`esc.id` },
  dimensions: {
    month: { value: monthOfInstant(sql`esc.submitted_at`) },
    site: { value: sql`esc.site_id::text` },
    vulnerability_domain: { each: sql`jsonb_array_elements_text(r.reasons)`, needs: ["referral"] },
    ...demographicDimensions({ value: sql`c.age_band_at_opening`, needs: ["case"] }),
  },
};

export const panelDecisions: MetricSource = {
  from: sql`from panel_decisions d`,
  where: (scope, period) => sql`d.organisation_id = ${scope.organisationId} and ${inSites(sql`d.site_id`, scope.siteIds)} and ${instantIn(sql`d.decided_at`, period)} and ${unrestrictedCase(scope, sql`d.case_id`)}`,
  measure: { kind: "units", id: sql`d.id` },
  dimensions: {
    month: { value: monthOfInstant(sql`d.decided_at`) },
    site: { value: sql`d.site_id::text` },
    panel_decision: { value: sql`d.kind` },
  },
};

export const externalReferrals: MetricSource = {
  from: sql`from external_referrals x`,
  where: (scope, period) => sql`x.organisation_id = ${scope.organisationId} and ${inSites(sql`x.site_id`, scope.siteIds)} and ${dayIn(sql`x.sent_on`, period)} and ${unrestrictedCase(scope, sql`x.case_id`)}`,
  measure: { kind: "units", id: sql`x.id` },
  dimensions: {
    month: { value: monthOfDay(sql`x.sent_on`) },
    site: { value: sql`x.site_id::text` },
  },
};
