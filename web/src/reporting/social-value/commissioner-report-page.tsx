/**
 * A published social-value report as the commissioner of the contract's funder reads it
 * (`/commissioning/social-value/:calculationId`): what it covers, the headline figures, the
 * sensitivity chart and how each outcome is valued, every count as published (small ones hidden,
 * others rounded) and every pound worked from those counts. No person is ever named.
 */
import { Anchor, Button, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import type { PublishedReport } from "../../../../core/api/social-value.js";
import { FactList } from "../../components/fact-list.js";
import { LoadFailed, Loading } from "../../components/load-state.js";
import { Page } from "../../components/page.js";
import { useLoad } from "../../components/use-load.js";
import { useFormat } from "../../i18n/format.js";
import { OutcomeDrillDown } from "./outcome-drill-down.js";
import { PricesNote, ReportFigures } from "./report-figures.js";
import { SensitivityChart } from "./sensitivity-chart.js";
import { socialValueApi } from "./social-value-api.js";
import { monthsText } from "./social-value-words.js";

export function CommissionerReportPage() {
  const { t } = useTranslation();
  const { calculationId = "" } = useParams();
  const report = useLoad(() => socialValueApi.report(calculationId), [calculationId]);
  const data = report.state.status === "ready" ? report.state.data : null;
  return (
    <Page
      title={data ? t("socialValue.report.title", { scope: data.contractName }) : t("socialValue.report.loadingTitle")}
      actions={
        data && (
          <Button component="a" href={socialValueApi.reportPdfUrl(data.id)} variant="default">
            {t("socialValue.report.downloadPdf")}
          </Button>
        )
      }
    >
      <Anchor component={Link} to="/commissioning">
        {t("socialValue.commissioner.back")}
      </Anchor>
      {report.state.status === "loading" && <Loading />}
      {report.state.status === "failed" && <LoadFailed error={report.state.error} onRetry={report.reload} />}
      {data && <PublishedReportView report={data} />}
    </Page>
  );
}

function PublishedReportView({ report }: { report: PublishedReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { published } = report;
  return (
    <Stack gap="lg">
      <FactList
        columns={3}
        facts={[
          { label: t("socialValue.report.funder"), value: report.funderName },
          { label: t("socialValue.report.sites"), value: report.siteNames.join(t("socialValue.listSeparator")) },
          ...(report.programmes.length > 0 ? [{ label: t("socialValue.report.programmes"), value: report.programmes.join(t("socialValue.listSeparator")) }] : []),
          { label: t("socialValue.report.months"), value: monthsText(t, report.months) },
          { label: t("socialValue.report.version"), value: t("socialValue.calculations.versionNumber", { sequence: report.sequence }) },
          { label: t("socialValue.report.made"), value: format.dateTime(report.createdAt) },
        ]}
      />
      <Text maw="75ch">{t("socialValue.report.legend", { below: published.rules.threshold - 1, base: published.rules.roundingBase })}</Text>
      <PricesNote result={published.result} />
      <ReportFigures result={published.result} />
      <SensitivityChart series={report.sensitivity} />
      <OutcomeDrillDown
        rows={published.outcomes.map((outcome) => ({ outcomeCode: outcome.outcomeCode, count: outcome.shown.kind === "suppressed" ? null : outcome.shown.value, isRounded: outcome.shown.kind === "rounded", isValued: outcome.isValued }))}
        lines={published.result.lines}
        entries={report.entries}
        outcomeLabels={report.outcomeLabels}
        hiddenValuePence={published.hidden?.summary.netPresentValuePence ?? null}
      />
    </Stack>
  );
}
