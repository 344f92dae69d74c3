/**
 * Releasing a report: every figure through the disclosure engine under the organisation's rules,
 * checked against every earlier release it overlaps (returns and published social-value reports) so that no difference of two releases gives a
 * small count away (any count at risk is hidden, and the table protected again, until none is),
 * then the PDF and CSV drawn and the release recorded with its query, its keyed counts, the
 * figures as published and the files exactly as they leave.
 */
import { createHash } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import type { ReleasedReport } from "../../../core/api/reporting-returns.js";
import { discloseCount, findDifferencingRisks, type DisclosureRules, type Release, type ReleasedCount } from "../../../core/disclosure/index.js";
import type { MetricResult } from "../../../core/reporting/catalogue.js";
import { commissionerKpiProgress, type KpiDirection, type KpiMeasurement } from "../../../core/reporting/kpi.js";
import { hiddenFor, keyOf, publishReport, queriesOf, type Hidden, type PublishedReport } from "../../../core/reporting/report-blocks.js";
import type { Db } from "../../db/client.js";
import { disclosureReleases, organisations } from "../../db/schema.js";
import { readDisclosureRules } from "../contracts/disclosure-settings.js";
import { overlappingReleases } from "../earlier-releases.js";
import { reportingLabels } from "../data-labels.js";
import { renderReportCsv } from "./render-report-csv.js";
import { renderReportPdf } from "./render-report-pdf.js";
import type { ReportPlan, ReportRequest } from "./report-plan.js";

/** Passes of hide-and-check; each hides at least one more count, and a few always settle it. */
const maxDifferencingPasses = 20;

interface PublishedPart {
  quarter: string;
  report: PublishedReport;
}

/** Publishes every part, hiding what earlier releases would difference, until nothing is at risk. */
function publishChecked(plan: ReportPlan, results: readonly MetricResult[][], rules: DisclosureRules, earlier: readonly Release[]): { parts: PublishedPart[]; differencing: number } {
  let offset = 0;
  const partResults = plan.parts.map((part) => {
    const mine = results.slice(offset, offset + part.sections.length).flat();
    offset += part.sections.length;
    return mine;
  });
  const hides = plan.parts.map((): Record<string, Hidden> => ({}));
  let differencing = 0;
  for (let pass = 0; ; pass += 1) {
    const parts = plan.parts.map((part, index) => ({
      quarter: part.quarter,
      report: publishReport(part.sections, partResults[index]!, rules, { months: part.months, siteIds: plan.siteIds }, hides[index]),
    }));
    const counts = parts.flatMap((part) => part.report.counts);
    const risks = findDifferencingRisks(earlier, { id: "new", counts }, rules);
    if (risks.length === 0) return { parts, differencing };
    if (pass === maxDifferencingPasses) throw new Error("Differencing against earlier releases did not settle.");
    const risky = risks.map((risk) => risk.released.key);
    parts.forEach((part, index) => {
      const more = hiddenFor(plan.parts[index]!.sections, part.report, risky);
      for (const [blockId, positions] of Object.entries(more)) {
        const already = hides[index]![blockId] ?? [];
        const added = positions.filter((position) => !already.some((known) => known.row === position.row && known.column === position.column));
        differencing += added.length;
        hides[index]![blockId] = [...already, ...added];
      }
    });
  }
}

function kpiMeasurement(measure: string, results: readonly MetricResult[]): KpiMeasurement {
  const [first, second] = results;
  if (measure === "share") return { measure: "share", part: first?.kind === "count" ? first.total : 0, whole: second?.kind === "count" ? second.total : 0 };
  if (measure === "count") return { measure: "count", count: first?.kind === "count" ? first.total : 0 };
  const total = first?.kind === "duration" ? first.total : { count: 0, median: null, p90: null };
  return { measure: measure === "p90_days" ? "p90_days" : "median_days", waits: total.count, days: measure === "p90_days" ? total.p90 : total.median };
}

/** Names of values the organisation's data holds: sites, programmes, referral sources. */
const sha256 = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");

export async function releaseReport(
  tx: Db,
  input: { plan: ReportPlan; results: readonly MetricResult[][]; requestedBy: string; request: ReportRequest; now: Date; revisesId?: string | null },
): Promise<string> {
  const { plan } = input;
  const rules = await readDisclosureRules(tx, plan.organisationId);
  const sectionCount = plan.parts.reduce((count, part) => count + part.sections.length, 0);
  const earlier = await overlappingReleases(tx, plan);
  const { parts, differencing } = publishChecked(plan, input.results.slice(0, sectionCount), rules, earlier);
  // KPIs: each measured figure as a commissioner may see it, its counts keyed for later checks.
  const kpiResults = input.results[sectionCount] ?? [];
  let at = 0;
  const kpiCounts: ReleasedCount[] = [];
  const kpis = plan.kpis.map((kpi) => {
    const width = kpi.measure === "share" ? 2 : 1;
    const measurement = kpiMeasurement(kpi.measure, kpiResults.slice(at, at + width));
    at += width;
    const target = kpi.targets[plan.parts[0]!.quarter] ?? null;
    const progress = commissionerKpiProgress(kpi.direction as KpiDirection, measurement, target, rules);
    // A count a KPI shows is a published count like any other: checked against later releases.
    if (measurement.measure === "count") kpiCounts.push({ key: keyOf(kpi.metric, { months: plan.months, siteIds: plan.siteIds }, {}, kpi.filter), shown: discloseCount(measurement.count, rules) });
    return { label: kpi.label, measure: kpi.measure as "count", direction: kpi.direction as KpiDirection, target, shown: progress.shown, status: progress.status };
  });
  const labels = await reportingLabels(tx, plan.organisationId);
  const report: ReleasedReport = {
    kind: plan.kind,
    funderName: plan.funderName,
    contractName: plan.contractName,
    months: plan.months,
    siteNames: [...plan.siteNames],
    parts: parts.map((part) => ({ quarter: part.quarter, sections: part.report.sections.map((section) => ({ id: section.id, blocks: [...section.blocks] })) })) as ReleasedReport["parts"],
    kpis,
    labels,
    rules: { threshold: rules.threshold, roundingBase: rules.roundingBase },
  };
  const [organisation] = await tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, plan.organisationId)).limit(1);
  const releasedOn = input.now;
  const pdf = await renderReportPdf(report, { organisationName: organisation?.name ?? "", releasedAt: releasedOn });
  const csv = renderReportCsv(report);
  const suppressions = parts.flatMap((part) => Object.values(part.report.suppressions).flat());
  const counts = [...parts.flatMap((part) => part.report.counts), ...kpiCounts];
  const [release] = await tx
    .insert(disclosureReleases)
    .values({
      organisationId: plan.organisationId,
      kind: plan.kind,
      funderId: plan.funderId,
      contractId: plan.contractId,
      query: { ...input.request, sections: plan.parts[0]?.sections.flatMap((section) => section.blocks.flatMap(queriesOf)).length ?? 0 },
      monthFrom: plan.months.from,
      monthTo: plan.months.to,
      siteIds: [...plan.siteIds],
      counts,
      report: report,
      rules: { threshold: rules.threshold, roundingBase: rules.roundingBase, protectionWidth: rules.protectionWidth },
      suppressed: {
        primary: suppressions.filter((suppression) => suppression.reason === "primary").length,
        secondary: suppressions.filter((suppression) => suppression.reason === "secondary").length,
        differencing,
      },
      pdf,
      csv,
      pdfSha256: sha256(pdf),
      csvSha256: sha256(csv),
      revisesId: input.revisesId ?? null,
      releasedBy: input.requestedBy,
      releasedAt: releasedOn,
    })
    .returning({ id: disclosureReleases.id });
  return release!.id;
}

/** Releases of a contract's quarter, newest first. */
export async function releasesOfQuarter(db: Db, organisationId: string, contractId: string, quarterMonths: { from: string; to: string }) {
  return db
    .select({ id: disclosureReleases.id, releasedAt: disclosureReleases.releasedAt })
    .from(disclosureReleases)
    .where(and(eq(disclosureReleases.organisationId, organisationId), eq(disclosureReleases.contractId, contractId), eq(disclosureReleases.monthFrom, quarterMonths.from), eq(disclosureReleases.monthTo, quarterMonths.to), inArray(disclosureReleases.kind, ["quarterly_return"])));
}
