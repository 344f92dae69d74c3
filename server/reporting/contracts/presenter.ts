/**
 * The fields of funders, contracts and KPIs that leave the server. A KPI's version is a digest of
 * what it holds, since the table keeps no version number: any change to the KPI changes it.
 */
import { createHash } from "node:crypto";
import type { Commissioner, ContractView, FunderView, KpiView } from "../../../core/api/reporting-contracts.js";
import type { FunderKind } from "../../../core/reporting/contracts.js";
import { quartersOfPeriod, type KpiDirection, type KpiMeasure } from "../../../core/reporting/kpi.js";
import type { ContractWithCounts, FunderRow, KpiRow } from "./queries.js";

export function presentFunder(funder: FunderRow, commissioners: readonly Commissioner[], contractCount: number): FunderView {
  return {
    id: funder.id,
    name: funder.name,
    kind: funder.kind as FunderKind,
    seesNationalTrends: funder.seesNationalTrends,
    isActive: funder.isActive,
    commissioners: commissioners.map(({ userId, displayName, email, isActive }) => ({ userId, displayName, email, isActive })),
    contractCount,
    createdAt: funder.createdAt.toISOString(),
    version: funder.version,
  };
}

export function presentContract({ contract, funderName, kpiCount }: ContractWithCounts): ContractView {
  return {
    id: contract.id,
    funderId: contract.funderId,
    funderName,
    name: contract.name,
    reference: contract.reference,
    valuePence: contract.valuePence,
    startsOn: contract.startsOn,
    endsOn: contract.endsOn,
    siteIds: contract.siteIds,
    programmeCodes: contract.programmeCodes,
    quarters: quartersOfPeriod(contract.startsOn, contract.endsOn),
    kpiCount,
    createdAt: contract.createdAt.toISOString(),
    version: contract.version,
  };
}

/** JSON with every object's keys sorted: jsonb hands objects back with their keys in its own order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** The KPI's version: the first 16 hex digits of the SHA-256 of its content. */
export function kpiVersionOf(kpi: Pick<KpiRow, "label" | "metric" | "measure" | "direction" | "filter" | "targets" | "position">): string {
  const content = canonical({ label: kpi.label, metric: kpi.metric, measure: kpi.measure, direction: kpi.direction, filter: kpi.filter, targets: kpi.targets, position: kpi.position });
  return createHash("sha256").update(content).digest("hex").slice(0, 16);
}

export function presentKpi(kpi: KpiRow): KpiView {
  return {
    id: kpi.id,
    contractId: kpi.contractId,
    label: kpi.label,
    metric: kpi.metric,
    measure: kpi.measure as KpiMeasure,
    direction: kpi.direction as KpiDirection,
    filter: kpi.filter,
    targets: kpi.targets,
    position: kpi.position,
    version: kpiVersionOf(kpi),
  };
}
