/**
 * Funders and their contracts: the kinds of funder, money in pounds and pence, and the rules a
 * contract's KPIs must keep to fit it (metric, measure, filter, quarters of the contract). Pure:
 * the server checks input with these and the web forms explain with them.
 */
import { metricDefinition, type MetricCode, type ReportingDimension } from "./catalogue.js";
import { measureFitsMetric, quarterOf, quartersOfPeriod, targetProblem, type KpiMeasure } from "./kpi.js";

/** Who pays: the Home Office, a council, a health body, a police and crime commissioner, a trust. */
export const funderKinds = ["home_office", "local_authority", "health", "police_crime_commissioner", "charitable_trust", "other"] as const;
export type FunderKind = (typeof funderKinds)[number];

/** £10 billion, in pence: a larger value is a typing slip, and it stays well inside a safe integer. */
export const largestContractValuePence = 1_000_000_000_000;
/** A contract runs for at most this many years, which keeps its grid of quarterly targets readable. */
export const longestContractYears = 10;

/**
 * Pence from an amount written in pounds: "12,500", "£12,500.50", "0.5". Null when it is not an
 * amount of money (letters, a third decimal place, a negative). Worked on the digits, not through a
 * floating-point number, so £0.29 is 29p exactly.
 */
export function penceFromPounds(written: string): number | null {
  const match = /^£?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/.exec(written.trim());
  if (!match) return null;
  const pence = Number(match[1]!.replaceAll(",", "")) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  return Number.isSafeInteger(pence) ? pence : null;
}

/** An amount in pence written in pounds with two decimal places and no separators: 1250050 → "12500.50". */
export function poundsFromPence(pence: number): string {
  return `${Math.floor(pence / 100)}.${String(pence % 100).padStart(2, "0")}`;
}

/** The last day a contract starting on `startsOn` may end: `longestContractYears` later, less a day. */
export function latestEndOf(startsOn: string): string {
  const start = new Date(`${startsOn}T00:00:00Z`);
  start.setUTCFullYear(start.getUTCFullYear() + longestContractYears);
  start.setUTCDate(start.getUTCDate() - 1);
  return start.toISOString().slice(0, 10);
}

/** What a contract covers, as far as its KPIs are concerned. */
export interface ContractCoverage {
  readonly startsOn: string;
  readonly endsOn: string;
  readonly siteIds: readonly string[];
  /** Empty: all the work at the sites. */
  readonly programmeCodes: readonly string[];
}

export interface KpiShape {
  readonly metric: MetricCode;
  readonly measure: KpiMeasure;
  readonly filter: Partial<Record<ReportingDimension, readonly string[]>>;
  readonly targets: Readonly<Record<string, number>>;
}

/** A reason a KPI does not fit, at a path within the KPI (`filter.site`, `targets.2026-Q3`). */
export interface KpiProblem {
  readonly path: string;
  readonly message: string;
}

/**
 * Why a KPI does not fit its contract, or an empty list when it does. `programmeCodes` are the
 * organisation's programmes. The rules: the measure fits the metric's kind; a share says which
 * part it is a share of; each filter is by a dimension the metric can be broken down by, never by
 * month (a KPI is measured per quarter); a site filter names the contract's sites; a programme
 * filter names the organisation's programmes, and the contract's when it is limited to some; a
 * target is set only for a quarter of the contract's period and is a possible value.
 */
export function kpiProblems(kpi: KpiShape, contract: ContractCoverage, programmeCodes: readonly string[]): KpiProblem[] {
  const problems: KpiProblem[] = [];
  const metric = metricDefinition(kpi.metric);
  if (!measureFitsMetric(kpi.measure, metric.kind)) {
    problems.push({ path: "measure", message: metric.kind === "count" ? "This metric is a count: measure its count or a share of it." : "This metric is a waiting time: measure its median or 90th percentile." });
  }
  const filtered = Object.entries(kpi.filter) as [ReportingDimension, readonly string[]][];
  if (kpi.measure === "share" && !filtered.some(([, values]) => values.length > 0)) {
    problems.push({ path: "filter", message: "A share needs a filter saying which part of the total it counts." });
  }
  for (const [dimension, values] of filtered) {
    const path = `filter.${dimension}`;
    if (dimension === "month") problems.push({ path, message: "A KPI is measured over a quarter, so it cannot be filtered by month." });
    else if (!metric.dimensions.includes(dimension)) problems.push({ path, message: `This metric cannot be broken down by ${dimension}.` });
    else if (dimension === "site" && values.some((siteId) => !contract.siteIds.includes(siteId))) problems.push({ path, message: "Filter only by sites the contract covers." });
    else if (dimension === "programme" && values.some((code) => !programmeCodes.includes(code))) problems.push({ path, message: "No such programme." });
    else if (dimension === "programme" && contract.programmeCodes.length > 0 && values.some((code) => !contract.programmeCodes.includes(code))) {
      problems.push({ path, message: "Filter only by programmes the contract covers." });
    }
  }
  const quarters: readonly string[] = quartersOfPeriod(contract.startsOn, contract.endsOn);
  for (const [quarter, target] of Object.entries(kpi.targets)) {
    const path = `targets.${quarter}`;
    const problem = quarters.includes(quarter) ? targetProblem(kpi.measure, target) : `${quarter} is not a quarter of the contract's period.`;
    if (problem) problems.push({ path, message: problem });
  }
  return problems;
}

/**
 * Why a change to a contract would leave one of its KPIs not fitting, at the contract's own field
 * (`endsOn`, `siteIds`…), so the change is refused rather than leaving targets or filters that mean
 * nothing: a target for a quarter the new period leaves out, a filter by a site or programme it
 * no longer covers. Each field is named once.
 */
export function contractChangeProblems(kpis: readonly (KpiShape & { readonly label: string })[], next: ContractCoverage, programmeCodes: readonly string[]): KpiProblem[] {
  const byField = new Map<string, string>();
  for (const kpi of kpis) {
    for (const problem of kpiProblems(kpi, next, programmeCodes)) {
      const field = fieldOf(problem.path, next);
      if (field && !byField.has(field)) byField.set(field, `The KPI "${kpi.label}" would no longer fit: ${problem.message} Change or remove the KPI first.`);
    }
  }
  return [...byField].map(([path, message]) => ({ path, message }));
}

function fieldOf(kpiPath: string, next: ContractCoverage): string | null {
  // Quarter keys (YYYY-Qn) sort as text in time order.
  if (kpiPath.startsWith("targets.")) return kpiPath.slice("targets.".length) < quarterOf(next.startsOn) ? "startsOn" : "endsOn";
  if (kpiPath === "filter.site") return "siteIds";
  if (kpiPath === "filter.programme") return "programmeCodes";
  return null;
}
