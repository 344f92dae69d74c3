/**
 * What a report covers, worked out from what was asked: the contract's sites, programmes and the
 * quarter's months for a quarterly return; every site, quarter by quarter, for the trends report.
 * Read again at each step from the run's parameters (ids and quarters only), so a step never
 * depends on memory another instance does not have.
 */
import { and, asc, eq } from "drizzle-orm";
import { metricDefinition, type MetricQuery, type MonthRange } from "../../../core/reporting/catalogue.js";
import { nextQuarter, quarterMonths } from "../../../core/reporting/kpi.js";
import type { ReportBlock, ReportSection } from "../../../core/reporting/report-blocks.js";
import { quarterlyReturnSections, trendsQuarterSections } from "../../../core/reporting/standard-reports.js";
import type { Db } from "../../db/client.js";
import { contractKpis, contracts, funders, sites } from "../../db/schema.js";

export type ReportRequest = { kind: "quarterly_return"; contractId: string; quarter: string; /** The release this one revises. */ revisesId?: string } | { kind: "home_office_trends"; from: string; to: string };

export interface ReportPart {
  readonly quarter: string;
  readonly months: MonthRange;
  readonly sections: readonly ReportSection[];
}

export interface ReportPlan {
  readonly organisationId: string;
  readonly kind: ReportRequest["kind"];
  readonly funderId: string | null;
  readonly funderName: string | null;
  readonly contractId: string | null;
  readonly contractName: string | null;
  readonly siteIds: readonly string[];
  readonly siteNames: readonly string[];
  readonly months: MonthRange;
  /** The programmes a contract covers; empty for all the work at its sites. */
  readonly programmeCodes: readonly string[];
  readonly parts: readonly ReportPart[];
  readonly kpis: readonly (typeof contractKpis.$inferSelect)[];
}

/** Adds the contract's programmes as a filter to every query of a metric that can be broken down by programme. */
function forProgrammes(block: ReportBlock, codes: readonly string[]): ReportBlock {
  if (codes.length === 0) return block;
  const filtered = (query: MetricQuery): MetricQuery => (metricDefinition(query.metric).dimensions.includes("programme") ? { ...query, filter: { ...query.filter, programme: codes } } : query);
  switch (block.kind) {
    case "list":
    case "figure": {
      const query = filtered({ metric: block.metric, by: [], ...(block.filter ? { filter: block.filter } : {}) });
      return query.filter ? { ...block, filter: query.filter } : block;
    }
    case "share":
      return { ...block, part: filtered(block.part), whole: filtered(block.whole) };
    default:
      return block;
  }
}

export async function planReport(db: Db, organisationId: string, request: ReportRequest): Promise<ReportPlan> {
  const organisationSites = await db.select({ id: sites.id, name: sites.name }).from(sites).where(eq(sites.organisationId, organisationId)).orderBy(asc(sites.name));
  if (request.kind === "home_office_trends") {
    const parts: ReportPart[] = [];
    for (let quarter = request.from; quarter <= request.to; quarter = nextQuarter(quarter)) parts.push({ quarter, months: quarterMonths(quarter), sections: trendsQuarterSections() });
    return {
      organisationId,
      kind: request.kind,
      funderId: null,
      funderName: null,
      contractId: null,
      contractName: null,
      siteIds: organisationSites.map((site) => site.id),
      siteNames: organisationSites.map((site) => site.name),
      months: { from: quarterMonths(request.from).from, to: quarterMonths(request.to).to },
      programmeCodes: [],
      parts,
      kpis: [],
    };
  }
  const [row] = await db
    .select({ contract: contracts, funderName: funders.name })
    .from(contracts)
    .innerJoin(funders, eq(funders.id, contracts.funderId))
    .where(and(eq(contracts.id, request.contractId), eq(contracts.organisationId, organisationId)))
    .limit(1);
  if (!row) throw new Error("The contract of a report run is gone.");
  const { contract } = row;
  const covered = organisationSites.filter((site) => contract.siteIds.includes(site.id));
  const months = quarterMonths(request.quarter);
  const sections = quarterlyReturnSections({ siteCount: covered.length }).map((section) => ({ ...section, blocks: section.blocks.map((block) => forProgrammes(block, contract.programmeCodes)) }));
  const kpis = await db.select().from(contractKpis).where(eq(contractKpis.contractId, contract.id)).orderBy(asc(contractKpis.position), asc(contractKpis.createdAt));
  return {
    organisationId,
    kind: request.kind,
    funderId: contract.funderId,
    funderName: row.funderName,
    contractId: contract.id,
    contractName: contract.name,
    siteIds: covered.map((site) => site.id),
    siteNames: covered.map((site) => site.name),
    months,
    programmeCodes: contract.programmeCodes,
    parts: [{ quarter: request.quarter, months, sections }],
    kpis,
  };
}

/** The queries a KPI needs: the metric with its filter (count, durations), and without (a share's whole). */
export function kpiQueries(kpi: Pick<typeof contractKpis.$inferSelect, "metric" | "measure" | "filter">): MetricQuery[] {
  const filter = Object.keys(kpi.filter).length > 0 ? { filter: kpi.filter } : {};
  if (kpi.measure === "share") return [{ metric: kpi.metric, by: [], ...filter }, { metric: kpi.metric, by: [] }];
  return [{ metric: kpi.metric, by: [], ...filter }];
}
