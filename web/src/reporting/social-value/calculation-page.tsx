/**
 * A social-value report (`/reports/social-value/calculations/:calculationId`): what it covers and
 * how it was made, the headline figures, the sensitivity chart, the drill-down from each outcome to
 * the catalogue entries and assumptions used, whether it reproduces, what the printed report and a
 * commissioner see, and the other versions of the same scope and period. "Run again" makes the
 * next version with the catalogue, assumptions and settings as they are now.
 */
import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router-dom";
import type { Calculation, CostChoice } from "../../../../core/api/social-value.js";
import { errorMessage } from "../../api/error-messages.js";
import { FactList } from "../../components/fact-list.js";
import { LoadFailed, Loading } from "../../components/load-state.js";
import { Section } from "../../components/section.js";
import { useLoad } from "../../components/use-load.js";
import { isolate, useFormat } from "../../i18n/format.js";
import { CalculationTable } from "./calculations-page.js";
import { OutcomeDrillDown } from "./outcome-drill-down.js";
import { PublishedSummary } from "./published-summary.js";
import { PricesNote, ReportFigures } from "./report-figures.js";
import { ReproduceCheck } from "./reproduce-check.js";
import { SensitivityChart } from "./sensitivity-chart.js";
import { socialValueApi } from "./social-value-api.js";
import { SocialValuePage } from "./social-value-page.js";
import { monthsText, scopeTitle, useMoney } from "./social-value-words.js";

export function CalculationPage() {
  const { t } = useTranslation();
  const { calculationId = "" } = useParams();
  const calculation = useLoad(() => socialValueApi.calculation(calculationId), [calculationId]);
  // Moving from one version to another, the earlier report is not shown while the next loads.
  const data = calculation.state.status === "ready" && calculation.state.data.id === calculationId ? calculation.state.data : null;
  return (
    <SocialValuePage title={data ? t("socialValue.report.title", { scope: scopeTitle(t, data.names) }) : t("socialValue.report.loadingTitle")} actions={data && <ReportActions calculation={data} />}>
      {(calculation.state.status === "loading" || (calculation.state.status === "ready" && !data)) && <Loading />}
      {calculation.state.status === "failed" && <LoadFailed error={calculation.state.error} onRetry={calculation.reload} />}
      {data && <CalculationView key={data.id} calculation={data} />}
    </SocialValuePage>
  );
}

/** The same scope and months again, with the cost taken the same way. */
function costChoiceOf(calculation: Calculation): CostChoice {
  if (calculation.costBasis.source === "spend") return { source: "spend" };
  return { source: "entered", pence: calculation.result.deliveryCost.pence, priceYear: calculation.result.deliveryCost.priceYear, note: calculation.costBasis.note };
}

function ReportActions({ calculation }: { calculation: Calculation }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [isBusy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  async function runAgain() {
    setBusy(true);
    setFailure(null);
    try {
      const made = await socialValueApi.run({ scope: calculation.scope, months: calculation.months, cost: costChoiceOf(calculation) });
      void navigate(`/reports/social-value/calculations/${made.id}`);
    } catch (error) {
      setFailure(errorMessage(error, t));
    } finally {
      setBusy(false);
    }
  }
  return (
    <Stack gap={4} align="flex-end">
      <Group gap="sm">
        <Button component="a" href={socialValueApi.pdfUrl(calculation.id)} variant="default">
          {t("socialValue.report.downloadPdf")}
        </Button>
        <Button onClick={() => void runAgain()} loading={isBusy}>
          {t("socialValue.report.runAgain")}
        </Button>
      </Group>
      {failure && (
        <Text c="red" size="sm" role="alert">
          {failure}
        </Text>
      )}
    </Stack>
  );
}

function CalculationView({ calculation }: { calculation: Calculation }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = useMoney();
  const sensitivity = useLoad(() => socialValueApi.sensitivity(calculation.id), [calculation.id]);
  const versions = useLoad(() => socialValueApi.calculations(calculation.scopeKey), [calculation.scopeKey]);
  const { result, costBasis } = calculation;
  const costNote =
    costBasis.source === "entered"
      ? t("socialValue.report.costEntered", { note: isolate(costBasis.note), year: isolate(result.deliveryCost.priceYear) })
      : [t("socialValue.report.costSpend", { amount: isolate(money.pounds(costBasis.totalPence)) }), costBasis.organisationWidePence > 0 ? t("socialValue.report.costOrganisationWide", { amount: isolate(money.pounds(costBasis.organisationWidePence)) }) : ""].join(" ");
  return (
    <Stack gap="lg">
      <FactList
        columns={3}
        facts={[
          { label: t("socialValue.report.covers"), value: scopeTitle(t, calculation.names) },
          ...(calculation.names.funder ? [{ label: t("socialValue.report.funder"), value: calculation.names.funder }] : []),
          { label: t("socialValue.report.sites"), value: calculation.names.siteNames.join(t("socialValue.listSeparator")) },
          { label: t("socialValue.report.months"), value: monthsText(t, calculation.months) },
          { label: t("socialValue.report.version"), value: t("socialValue.calculations.versionNumber", { sequence: calculation.sequence }) },
          { label: t("socialValue.report.madeBy"), value: t("socialValue.report.madeByValue", { name: isolate(calculation.createdByName), at: isolate(format.dateTime(calculation.createdAt)) }) },
        ]}
      />
      <PricesNote result={result} />
      <ReportFigures result={result} costNote={costNote} />
      {sensitivity.state.status === "ready" && <SensitivityChart series={sensitivity.state.data.series} />}
      {sensitivity.state.status === "failed" && <LoadFailed error={sensitivity.state.error} onRetry={sensitivity.reload} />}
      <OutcomeDrillDown
        rows={calculation.outcomeCounts.map((count) => ({ outcomeCode: count.outcomeCode, count: count.count, isValued: result.lines.some((line) => line.outcomeCode === count.outcomeCode) }))}
        lines={result.lines}
        entries={calculation.entries}
        outcomeLabels={calculation.outcomeLabels}
      />
      <ReproduceCheck calculationId={calculation.id} />
      {calculation.published && <PublishedSummary published={calculation.published} isForCommissioner={calculation.isPublished} outcomeLabels={calculation.outcomeLabels} />}
      <Section title={t("socialValue.report.versions")}>
        <Text size="sm">{t("socialValue.report.versionsIntro")}</Text>
        {versions.state.status === "ready" && <CalculationTable calculations={versions.state.data.calculations} current={calculation.id} />}
        {versions.state.status === "failed" && <Alert color="red">{errorMessage(versions.state.error, t)}</Alert>}
      </Section>
    </Stack>
  );
}
