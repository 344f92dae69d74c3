/**
 * The demo's funders and what they pay for: Birmingham City Council's contract for the Birmingham
 * service over last financial year and this one, with quarterly targets (referrals received,
 * people engaged from minority ethnic communities, the median wait to first contact, programme
 * completions), its commissioner linked to it; and the Home Office's contract across all three
 * sites, with the national view of trends. Targets are keyed by calendar quarter (`YYYY-Qn`).
 */
import type { MetricCode, ReportingDimension } from "../../core/reporting/catalogue.js";
import type { FunderKind } from "../../core/reporting/contracts.js";
import { quartersOfPeriod, type KpiDirection, type KpiMeasure } from "../../core/reporting/kpi.js";
import type { Db } from "../db/client.js";
import { contractKpis, contracts, funderCommissioners, funders } from "../db/schema.js";
import { financialYearOf, londonDay } from "./demo-history-clock.js";
import type { DemoSiteName } from "./demo-history-people.js";

interface DemoKpi {
  label: string;
  metric: MetricCode;
  measure: KpiMeasure;
  filter?: Partial<Record<ReportingDimension, string[]>>;
  direction: KpiDirection;
  target: number;
}

const birminghamKpis: readonly DemoKpi[] = [
  { label: "Referrals received", metric: "referrals_received", measure: "count", direction: "at_least", target: 50 },
  { label: "People engaged from minority ethnic communities", metric: "people_engaged", measure: "share", filter: { minority_ethnic: ["minority_ethnic"] }, direction: "at_least", target: 60 },
  { label: "Median wait to first contact (days)", metric: "wait_to_first_contact", measure: "median_days", direction: "at_most", target: 10 },
  { label: "Programme completions", metric: "programme_completions", measure: "count", direction: "at_least", target: 8 },
];

const homeOfficeKpis: readonly DemoKpi[] = [{ label: "Referrals received across the sites", metric: "referrals_received", measure: "count", direction: "at_least", target: 90 }];

export async function addFundersAndContracts(
  tx: Db,
  input: { organisationId: string; siteIds: Readonly<Record<DemoSiteName, string>>; commissionerId: string | null; now: Date },
): Promise<{ funders: number; contracts: number; kpis: number }> {
  const { organisationId } = input;
  const thisYear = financialYearOf(londonDay(input.now));
  const lastYear = financialYearOf(`${Number(thisYear.startsOn.slice(0, 4)) - 1}-06-01`);
  const period = { startsOn: lastYear.startsOn, endsOn: thisYear.endsOn };
  const years = `${period.startsOn.slice(0, 4)}–${period.endsOn.slice(2, 4)}`;
  const [council, homeOffice] = await tx
    .insert(funders)
    .values([
      { organisationId, name: "Birmingham City Council", kind: "local_authority" satisfies FunderKind, seesNationalTrends: false },
      { organisationId, name: "Home Office", kind: "home_office" satisfies FunderKind, seesNationalTrends: true },
    ])
    .returning({ id: funders.id });
  const [councilContract, homeOfficeContract] = await tx
    .insert(contracts)
    .values([
      {
        organisationId,
        funderId: council!.id,
        name: `Birmingham community recovery and safeguarding ${years}`,
        reference: `BCC-CRS-${period.startsOn.slice(0, 4)}`,
        valuePence: 24_000_000,
        ...period,
        siteIds: [input.siteIds.Birmingham],
      },
      {
        organisationId,
        funderId: homeOffice!.id,
        name: `Community safeguarding and Prevent ${years}`,
        reference: `HO-CSP-${period.startsOn.slice(0, 4)}`,
        valuePence: 45_000_000,
        ...period,
        siteIds: [input.siteIds.Birmingham, input.siteIds.Manchester, input.siteIds.Luton],
      },
    ])
    .returning({ id: contracts.id });
  const quarters = quartersOfPeriod(period.startsOn, period.endsOn);
  const kpiRows = (contractId: string, kpis: readonly DemoKpi[]) =>
    kpis.map((kpi, position) => ({
      organisationId,
      contractId,
      label: kpi.label,
      metric: kpi.metric,
      measure: kpi.measure,
      filter: kpi.filter ?? {},
      direction: kpi.direction,
      targets: Object.fromEntries(quarters.map((quarter) => [quarter, kpi.target])),
      position,
    }));
  const kpis = [...kpiRows(councilContract!.id, birminghamKpis), ...kpiRows(homeOfficeContract!.id, homeOfficeKpis)];
  await tx.insert(contractKpis).values(kpis);
  if (input.commissionerId) await tx.insert(funderCommissioners).values({ userId: input.commissionerId, funderId: council!.id });
  return { funders: 2, contracts: 2, kpis: kpis.length };
}
