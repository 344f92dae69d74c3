/**
 * The staff dashboard (/reports), for those the server lets read one: a site's figures, or the
 * whole organisation's with its sites compared, over a period of whole months — headline figures,
 * then charts, each with a sentence and a table of its figures. True counts for running the
 * service, said so on the page; a period with nothing recorded says so plainly.
 */
import { Alert, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { MonthRange } from "../../../../core/reporting/catalogue.js";
import { monthLong } from "../../components/charts/month-names.js";
import { LoadFailed, Loading } from "../../components/load-state.js";
import { useLoad } from "../../components/use-load.js";
import { isolate } from "../../i18n/format.js";
import { useCurrentSite } from "../../session/current-site.js";
import { ReportsPage } from "../reports-page.js";
import { dashboardApi, type Dashboard, type DashboardOptions } from "./dashboard-api.js";
import { PeriodChooser, ScopeChooser } from "./dashboard-choosers.js";
import { DashboardFigures } from "./dashboard-figures.js";
import { monthsOfPeriod } from "./dashboard-periods.js";
import { useValueWords } from "./value-words.js";

export function StaffDashboardPage() {
  const { t } = useTranslation();
  const { state, reload } = useLoad(dashboardApi.options, []);
  return (
    <ReportsPage title={t("dashboard.title")}>
      {state.status === "loading" && <Loading />}
      {state.status === "failed" && <LoadFailed error={state.error} onRetry={reload} />}
      {state.status === "ready" && <DashboardBody options={state.data} />}
    </ReportsPage>
  );
}

/** The site the user is working at when they read its dashboard, else the whole organisation where offered, else their first site. */
function firstScope(options: DashboardOptions, currentSiteId: string | undefined): string | null {
  const current = options.sites.find((site) => site.id === currentSiteId);
  if (current) return current.id;
  return options.offersWholeOrganisation ? null : (options.sites[0]?.id ?? null);
}

function DashboardBody({ options }: { options: DashboardOptions }) {
  const { t } = useTranslation();
  const { site } = useCurrentSite();
  const [siteId, setSiteId] = useState<string | null>(() => firstScope(options, site?.id));
  const [months, setMonths] = useState<MonthRange>(() => monthsOfPeriod("last_12_months", options.lastWholeMonth));
  const { state, reload } = useLoad(() => dashboardApi.dashboard(siteId, months), [siteId, months.from, months.to]);
  const scopeName = siteId === null ? t("dashboard.scope.wholeOrganisation") : (options.sites.find((candidate) => candidate.id === siteId)?.name ?? "");
  const period = months.from === months.to ? monthLong(months.from) : t("dashboard.monthRange", { from: monthLong(months.from), to: monthLong(months.to) });
  return (
    <Stack gap="lg">
      <Group align="flex-start" gap="sm" wrap="wrap">
        <ScopeChooser options={options} siteId={siteId} onChange={setSiteId} />
        <PeriodChooser lastWholeMonth={options.lastWholeMonth} months={months} onChange={setMonths} />
      </Group>
      <Text size="sm" c="dimmed" aria-live="polite">
        {siteId === null ? t("dashboard.showingWhole", { period: isolate(period) }) : t("dashboard.showing", { scope: isolate(scopeName), period: isolate(period) })}
      </Text>
      {state.status === "loading" && <Loading />}
      {state.status === "failed" && <LoadFailed error={state.error} onRetry={reload} />}
      {state.status === "ready" && (
        <>
          <Alert color="gray" variant="light" p="xs">
            {t(state.data.countsRestricted ? "dashboard.trueCounts" : "dashboard.trueCountsWithoutRestricted")}
          </Alert>
          <Board board={state.data} scopeName={scopeName} period={period} />
        </>
      )}
    </Stack>
  );
}

/** Whether nothing at all was recorded in the period: no referral, session, case, programme or panel work, outcome or outreach. */
function isQuiet(board: Dashboard): boolean {
  const totals = [
    board.referrals.received,
    board.referrals.triaged,
    board.waits.toFirstContact.waits,
    board.waits.toAssessment.waits,
    board.people.engaged,
    board.programmes.enrolments,
    board.programmes.completions,
    board.panel.escalations,
    board.externalReferrals.total,
    board.outcomes.total,
    board.outreach.sessions,
    board.outreach.peopleTrained,
    ...board.casesByTier.map((cell) => cell.count),
    ...board.panel.decisions.map((cell) => cell.count),
  ];
  return totals.every((count) => count === 0);
}

function Board({ board, scopeName, period }: { board: Dashboard; scopeName: string; period: string }) {
  const { t } = useTranslation();
  const words = useValueWords(board.labels);
  if (isQuiet(board)) {
    return (
      <Alert color="blue" variant="light" role="status" data-testid="dashboard-empty">
        {t("dashboard.empty", { scope: isolate(scopeName), period: isolate(period) })}
      </Alert>
    );
  }
  return <DashboardFigures board={board} words={words} />;
}
