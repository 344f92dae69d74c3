/**
 * Where the words for a dimension's values are in the message catalogue, so the web app and the
 * printed return name a referral source, a domain or a tier the same way. Sites and programmes are
 * named by the organisation's own data, sent with each report. Pure data.
 */
import type { ReportingDimension } from "./catalogue.js";

/** Catalogue paths tried in order for a value's words (`<path>.<value>`). */
export const dimensionLabelPaths: Readonly<Partial<Record<ReportingDimension, readonly string[]>>> = {
  referral_source: ["referrals.sources"],
  vulnerability_domain: ["assessments.domains"],
  support_tier: ["cases.tiers"],
  age_band: ["clients.ageBands"],
  sex: ["clients.sexes"],
  ethnicity: ["clients.ethnicities"],
  ethnic_group: ["reporting.ethnicGroups"],
  minority_ethnic: ["reporting.minorityEthnic"],
  outcome: ["support.closureOutcomes", "cases.closureOutcomes"],
  panel_decision: ["panel.decisionKinds"],
};

/** Values named by the organisation's data rather than the catalogue: sites, programmes and referral sources it added. */
export const dataLabelledDimensions: readonly ReportingDimension[] = ["site", "programme", "referral_source"];
