/**
 * A staff dashboard's figures: one call of the metric engine (server/reporting/metrics) with every
 * question the page asks, then the answers laid out for charts. True counts for running the
 * service — the engine's, unrounded and unsuppressed — and nothing but counts, waits and the
 * words for values the organisation's data names. The whole organisation adds its sites side by side.
 */
import type { Dashboard, DashboardWait } from "../../../core/api/reporting-dashboard.js";
import type { MetricQuery, MetricResult } from "../../../core/reporting/catalogue.js";
import type { Db } from "../../db/client.js";
import { computeMetrics } from "../metrics/compute-metrics.js";
import { reportingLabels } from "../data-labels.js";
import type { DashboardScope } from "./dashboard-scope.js";

const query = (metric: MetricQuery["metric"], ...by: MetricQuery["by"][number][]): MetricQuery => ({ metric, by });

/** What every dashboard asks. */
const siteQueries = {
  referralsByMonth: query("referrals_received", "month"),
  referralsBySource: query("referrals_received", "referral_source"),
  referralsByDomain: query("referrals_received", "vulnerability_domain"),
  triaged: query("referrals_triaged"),
  triagedWithinTarget: query("referrals_triaged_within_target"),
  toFirstContact: query("wait_to_first_contact"),
  toAssessment: query("wait_to_assessment"),
  engagedByMonth: query("people_engaged", "month"),
  casesByTier: query("cases_supported", "support_tier"),
  enrolments: query("programme_enrolments", "programme"),
  completions: query("programme_completions", "programme"),
  escalationsByMonth: query("panel_escalations", "month"),
  decisions: query("panel_decisions", "panel_decision"),
  externalByMonth: query("external_referrals", "month"),
  outcomes: query("outcomes_achieved", "outcome"),
  outreachSessions: query("outreach_sessions", "month"),
  peopleReached: query("outreach_people_reached", "month"),
  peopleTrained: query("people_trained", "month"),
};

/** What the whole organisation's dashboard asks besides: each site's figures. */
const comparisonQueries = {
  referralsBySite: query("referrals_received", "site"),
  engagedBySite: query("people_engaged", "site"),
  firstContactBySite: query("wait_to_first_contact", "site"),
  assessmentBySite: query("wait_to_assessment", "site"),
};

type Name = keyof typeof siteQueries | keyof typeof comparisonQueries;

function countResult(result: MetricResult | undefined): Extract<MetricResult, { kind: "count" }> {
  if (result?.kind !== "count") throw new Error("A count metric answered as something else.");
  return result;
}

function durationResult(result: MetricResult | undefined): Extract<MetricResult, { kind: "duration" }> {
  if (result?.kind !== "duration") throw new Error("A duration metric answered as something else.");
  return result;
}

const waitOf = (cell: { count: number; median: number | null; p90: number | null }): DashboardWait => ({ waits: cell.count, medianDays: cell.median, p90Days: cell.p90 });

export async function computeDashboard(db: Db, scope: DashboardScope): Promise<Dashboard> {
  const isWhole = scope.siteId === null;
  const asked: Partial<Record<Name, MetricQuery>> = isWhole ? { ...siteQueries, ...comparisonQueries } : siteQueries;
  const names = Object.keys(asked) as Name[];
  const [results, labels] = await Promise.all([computeMetrics(db, scope, names.map((name) => asked[name]!)), reportingLabels(db, scope.organisationId)]);
  const answer = new Map(names.map((name, index) => [name, results[index]]));
  const counts = (name: Name) => countResult(answer.get(name));
  const byMonth = (name: Name) => counts(name).cells.map((cell) => ({ month: cell.at[0]!, count: cell.count }));
  const byValue = (name: Name) => counts(name).cells.map((cell) => ({ value: cell.at[0]!, count: cell.count }));
  const monthly = (name: Name, month: string) => counts(name).cells.find((cell) => cell.at[0] === month)?.count ?? 0;

  return {
    siteId: scope.siteId,
    months: scope.months,
    countsRestricted: scope.leavesOutRestricted !== true,
    referrals: {
      received: counts("referralsByMonth").total,
      byMonth: byMonth("referralsByMonth"),
      bySource: byValue("referralsBySource"),
      byDomain: byValue("referralsByDomain"),
      triaged: counts("triaged").total,
      triagedWithinTarget: counts("triagedWithinTarget").total,
    },
    waits: { toFirstContact: waitOf(durationResult(answer.get("toFirstContact")).total), toAssessment: waitOf(durationResult(answer.get("toAssessment")).total) },
    people: { engaged: counts("engagedByMonth").total, byMonth: byMonth("engagedByMonth") },
    casesByTier: byValue("casesByTier"),
    programmes: {
      enrolments: counts("enrolments").total,
      completions: counts("completions").total,
      enrolmentsByProgramme: byValue("enrolments"),
      completionsByProgramme: byValue("completions"),
    },
    panel: { escalations: counts("escalationsByMonth").total, escalationsByMonth: byMonth("escalationsByMonth"), decisions: byValue("decisions") },
    externalReferrals: { total: counts("externalByMonth").total, byMonth: byMonth("externalByMonth") },
    outcomes: { total: counts("outcomes").total, byOutcome: byValue("outcomes") },
    outreach: {
      sessions: counts("outreachSessions").total,
      peopleReached: counts("peopleReached").total,
      peopleTrained: counts("peopleTrained").total,
      byMonth: counts("outreachSessions").cells.map((cell) => {
        const month = cell.at[0]!;
        return { month, sessions: cell.count, peopleReached: monthly("peopleReached", month), peopleTrained: monthly("peopleTrained", month) };
      }),
    },
    bySite: isWhole ? compareSites(scope.siteIds, answer) : null,
    labels,
  };
}

/** Each site's referrals, people engaged and waits, in the scope's order of sites. */
function compareSites(siteIds: readonly string[], answer: ReadonlyMap<Name, MetricResult | undefined>): Dashboard["bySite"] {
  const countAt = (name: Name, siteId: string) => countResult(answer.get(name)).cells.find((cell) => cell.at[0] === siteId)?.count ?? 0;
  const waitAt = (name: Name, siteId: string) => {
    const cell = durationResult(answer.get(name)).cells.find((candidate) => candidate.at[0] === siteId);
    return waitOf(cell ?? { count: 0, median: null, p90: null });
  };
  return siteIds.map((siteId) => ({
    siteId,
    referrals: countAt("referralsBySite", siteId),
    peopleEngaged: countAt("engagedBySite", siteId),
    toFirstContact: waitAt("firstContactBySite", siteId),
    toAssessment: waitAt("assessmentBySite", siteId),
  }));
}
