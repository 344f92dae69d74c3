/**
 * The KPI form's values, how they become a request (filters as rows, targets as a grid of the
 * contract's quarters, an empty cell meaning no target), and its checks: the core's schema and the
 * core's rules for a KPI fitting its contract, each in the user's language.
 */
import type { TFunction } from "i18next";
import { createKpiBodySchema, updateKpiBodySchema, type ContractView, type KpiView } from "../../../../core/api/reporting-contracts.js";
import { metricCodeSchema, metricDefinition, type MetricCode, type ReportingDimension } from "../../../../core/reporting/catalogue.js";
import { kpiProblems, type KpiProblem } from "../../../../core/reporting/contracts.js";
import { kpiMeasures, largestCountTarget, longestDaysTarget, measuresOf, type KpiMeasure } from "../../../../core/reporting/kpi.js";
import { fieldErrors } from "./form-checks.js";

export interface FilterRow {
  dimension: string;
  values: string[];
}

export interface KpiValues {
  label: string;
  metric: string;
  measure: string;
  direction: string;
  filters: FilterRow[];
  /** By quarter; "" for no target. */
  targets: Record<string, number | "">;
}

export function kpiValuesOf(kpi: KpiView | null, contract: ContractView): KpiValues {
  return {
    label: kpi?.label ?? "",
    metric: kpi?.metric ?? "",
    measure: kpi?.measure ?? "",
    direction: kpi?.direction ?? "at_least",
    filters: Object.entries(kpi?.filter ?? {}).map(([dimension, values]) => ({ dimension, values: [...values] })),
    targets: Object.fromEntries(contract.quarters.map((quarter) => [quarter, kpi?.targets[quarter] ?? ""])),
  };
}

export function kpiBodyOf(values: KpiValues, kpi: KpiView | null) {
  const details = {
    label: values.label,
    metric: values.metric,
    measure: values.measure,
    direction: values.direction,
    filter: Object.fromEntries(values.filters.filter((row) => row.dimension !== "").map((row) => [row.dimension, row.values])),
    targets: Object.fromEntries(Object.entries(values.targets).filter((entry): entry is [string, number] => entry[1] !== "")),
  };
  return kpi ? { ...details, version: kpi.version } : details;
}

/** The measures a metric may be measured by (all of them until a metric is chosen). */
export const measuresFor = (metric: string): readonly KpiMeasure[] => (metric === "" ? [] : measuresOf[metricDefinition(metric as MetricCode).kind]);

/** A problem the core reports, as a form path and the user's words. */
function problemField(problem: KpiProblem, values: KpiValues, t: TFunction): [string, string] {
  if (problem.path === "measure") return ["measure", t("contracts.kpiForm.errors.measure")];
  if (problem.path === "filter") return ["filters", t("contracts.kpiForm.errors.shareNeedsFilter")];
  if (problem.path.startsWith("filter.")) {
    const dimension = problem.path.slice("filter.".length) as ReportingDimension;
    const row = values.filters.findIndex((filter) => filter.dimension === dimension);
    const key = dimension === "site" ? "siteOutside" : dimension === "programme" ? "programmeOutside" : "dimensionUnsupported";
    return [`filters.${row}.dimension`, t(`contracts.kpiForm.errors.${key}`)];
  }
  const quarter = problem.path.slice("targets.".length);
  const measure = values.measure as KpiMeasure;
  const target = values.targets[quarter];
  const key = typeof target === "number" && target < 0 ? "targetNegative" : measure === "count" ? "targetCount" : measure === "share" ? "targetShare" : "targetDays";
  const limit = key === "targetCount" ? largestCountTarget : key === "targetDays" ? longestDaysTarget : null;
  return [`targets.${quarter}`, limit === null ? t(`contracts.kpiForm.errors.${key}`) : t(`contracts.kpiForm.errors.${key}`, { count: limit })];
}

export function validateKpi(t: TFunction, contract: ContractView, programmeCodes: readonly string[], kpi: KpiView | null) {
  return (values: KpiValues): Record<string, string> => {
    const body = kpiBodyOf(values, kpi);
    const errors = fieldErrors(kpi ? updateKpiBodySchema : createKpiBodySchema, body, t, (path) => {
      if (path.startsWith("filter.")) {
        const row = values.filters.findIndex((filter) => filter.dimension === path.split(".")[1]);
        return row < 0 ? undefined : t("contracts.kpiForm.errors.chooseValues");
      }
      return path.startsWith("targets.") ? t("contracts.kpiForm.errors.targetNegative") : undefined;
    });
    // Filter errors sit on their rows; schema errors by dimension are moved there.
    for (const [path, message] of Object.entries(errors)) {
      if (!path.startsWith("filter.")) continue;
      const row = values.filters.findIndex((filter) => filter.dimension === path.split(".")[1]);
      delete errors[path];
      errors[`filters.${row}.values`] = message;
    }
    // The contract's rules need a metric and a measure; the rest is checked as far as it goes.
    const details = kpiBodyOf(values, null);
    if (!metricCodeSchema.safeParse(details.metric).success || !(kpiMeasures as readonly string[]).includes(details.measure)) return errors;
    const shape = { ...details, metric: details.metric as MetricCode, measure: details.measure as KpiMeasure };
    for (const problem of kpiProblems(shape, contract, programmeCodes)) {
      const [path, message] = problemField(problem, values, t);
      errors[path] ??= message;
    }
    return errors;
  };
}
