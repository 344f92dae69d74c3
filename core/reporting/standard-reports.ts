/**
 * The reports that leave for funders, declared as sections of blocks (report-blocks.ts): the
 * quarterly return for a contract, and the trends report for the Home Office. Pure.
 */
import type { ReportSection } from "./report-blocks.js";

/**
 * A contract's quarterly return: referrals and where they came from, triage and waiting times,
 * the people supported and who they are, programmes, the panel, outcomes and outreach. A contract
 * covering more than one site gets the figures by site besides.
 */
export function quarterlyReturnSections(options: { siteCount: number }): ReportSection[] {
  const bySite = options.siteCount > 1;
  return [
    {
      id: "referrals",
      blocks: [
        { kind: "table", id: "referrals_by_source", metric: "referrals_received", rows: "referral_source", columns: "month" },
        ...(bySite ? [{ kind: "list", id: "referrals_by_site", metric: "referrals_received", by: "site" } as const] : []),
        { kind: "list", id: "referrals_by_domain", metric: "referrals_received", by: "vulnerability_domain" },
        { kind: "share", id: "triaged_within_target", part: { metric: "referrals_triaged_within_target", by: [] }, whole: { metric: "referrals_triaged", by: [] } },
      ],
    },
    {
      id: "waiting",
      blocks: [
        { kind: "wait", id: "wait_to_first_contact", metric: "wait_to_first_contact" },
        { kind: "wait", id: "wait_to_assessment", metric: "wait_to_assessment" },
      ],
    },
    {
      id: "people",
      blocks: [
        { kind: "table", id: "people_by_sex_and_ethnic_group", metric: "people_engaged", rows: "ethnic_group", columns: "sex" },
        { kind: "share", id: "minority_ethnic_share", part: { metric: "people_engaged", by: [], filter: { minority_ethnic: ["minority_ethnic"] } }, whole: { metric: "people_engaged", by: [] } },
        { kind: "list", id: "people_by_age", metric: "people_engaged", by: "age_band" },
        ...(bySite ? [{ kind: "list", id: "people_by_site", metric: "people_engaged", by: "site" } as const] : []),
        { kind: "list", id: "cases_by_tier", metric: "cases_supported", by: "support_tier" },
      ],
    },
    {
      id: "programmes",
      blocks: [
        { kind: "list", id: "programme_enrolments", metric: "programme_enrolments", by: "programme" },
        { kind: "list", id: "programme_completions", metric: "programme_completions", by: "programme" },
      ],
    },
    {
      id: "panel",
      blocks: [
        { kind: "figure", id: "panel_escalations", metric: "panel_escalations" },
        { kind: "list", id: "panel_decisions", metric: "panel_decisions", by: "panel_decision" },
        { kind: "figure", id: "external_referrals", metric: "external_referrals" },
      ],
    },
    {
      id: "outcomes",
      blocks: [
        { kind: "list", id: "outcomes_achieved", metric: "outcomes_achieved", by: "outcome" },
        { kind: "list", id: "cases_closed", metric: "cases_closed", by: "outcome" },
      ],
    },
    {
      id: "outreach",
      blocks: [
        { kind: "figure", id: "outreach_sessions", metric: "outreach_sessions" },
        { kind: "figure", id: "outreach_people_reached", metric: "outreach_people_reached" },
        { kind: "figure", id: "people_trained", metric: "people_trained" },
      ],
    },
  ];
}

/**
 * One quarter of the Home Office's trends report across every site: vulnerabilities, pathways
 * and what happened. The report is several quarters of these side by side.
 */
export function trendsQuarterSections(): ReportSection[] {
  return [
    {
      id: "vulnerabilities",
      blocks: [
        { kind: "list", id: "referrals_by_domain", metric: "referrals_received", by: "vulnerability_domain" },
        { kind: "list", id: "escalations_by_domain", metric: "panel_escalations", by: "vulnerability_domain" },
      ],
    },
    {
      id: "pathways",
      blocks: [
        { kind: "list", id: "referrals_by_source", metric: "referrals_received", by: "referral_source" },
        { kind: "list", id: "referrals_by_site", metric: "referrals_received", by: "site" },
      ],
    },
    {
      id: "outcomes",
      blocks: [
        { kind: "list", id: "cases_by_tier", metric: "cases_supported", by: "support_tier" },
        { kind: "list", id: "outcomes_achieved", metric: "outcomes_achieved", by: "outcome" },
        { kind: "list", id: "programme_completions", metric: "programme_completions", by: "programme" },
        { kind: "list", id: "panel_decisions", metric: "panel_decisions", by: "panel_decision" },
      ],
    },
  ];
}
