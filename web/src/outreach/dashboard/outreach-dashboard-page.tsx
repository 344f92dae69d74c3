/**
 * The outreach dashboard of the current site (/outreach): a period chooser, the headline figures,
 * and charts of sessions and people reached each month, the path from contact to referral to
 * support, referrals by partner and by pathway, and resources handed out — each with a sentence
 * and a table of its figures. Counts only, as the server gives them.
 */
import { Alert, SimpleGrid, Stack } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { lastTwelveMonths, type DayPeriod } from "../../../../core/outreach/dashboard-period.js";
import { MonthlyBarChart } from "../../components/charts/monthly-bar-chart.js";
import { LoadFailed, Loading } from "../../components/load-state.js";
import { useLoad } from "../../components/use-load.js";
import { OutreachPage } from "../outreach-page.js";
import type { OutreachHere } from "../outreach-here.js";
import { todayInLondon } from "../sessions/london-days.js";
import { outreachDashboardApi, type OutreachDashboard } from "./dashboard-api.js";
import { FunnelChart } from "./funnel-chart.js";
import { HeadlineFigures } from "./headline-figures.js";
import { MonthByMonth } from "./month-by-month.js";
import "./outreach-dashboard.css";
import { PartnerChart, PathwayChart, ResourceChart } from "./breakdown-charts.js";
import { PeriodChooser } from "./period-chooser.js";

export function OutreachDashboardPage() {
  const { t } = useTranslation();
  return <OutreachPage title={t("outreachDashboard.title")}>{(here) => <DashboardBody here={here} />}</OutreachPage>;
}

function DashboardBody({ here }: { here: OutreachHere }) {
  const [period, setPeriod] = useState<DayPeriod>(() => lastTwelveMonths(todayInLondon()));
  const { state, reload } = useLoad(() => outreachDashboardApi.dashboard(here.siteId, period), [here.siteId, period.from, period.to]);
  return (
    <Stack gap="lg">
      <PeriodChooser period={period} onChange={setPeriod} />
      {state.status === "loading" && <Loading />}
      {state.status === "failed" && <LoadFailed error={state.error} onRetry={reload} />}
      {state.status === "ready" && <Figures board={state.data} />}
    </Stack>
  );
}

function Figures({ board }: { board: OutreachDashboard }) {
  const { t } = useTranslation();
  const series = (key: "sessions" | "peopleReached") => board.monthly.map((month) => ({ month: month.month, value: month[key] }));
  return (
    <Stack gap="lg" data-testid="outreach-dashboard">
      <HeadlineFigures headline={board.headline} />
      <Alert color="gray" variant="light" p="xs">
        {t(board.includesRestricted ? "outreachDashboard.restricted.included" : "outreachDashboard.restricted.excluded")}
      </Alert>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <MonthlyBarChart title={t("outreachDashboard.monthly.peopleReached")} valueLabel={t("outreachDashboard.figures.peopleReached")} months={series("peopleReached")} testId="outreach-chart-people-reached" />
        <MonthlyBarChart title={t("outreachDashboard.monthly.sessions")} valueLabel={t("outreachDashboard.figures.sessionsDelivered")} months={series("sessions")} testId="outreach-chart-sessions" />
        <FunnelChart conversion={board.conversion} />
        <PartnerChart board={board} />
        <PathwayChart board={board} />
        <ResourceChart board={board} />
      </SimpleGrid>
      <MonthByMonth monthly={board.monthly} />
    </Stack>
  );
}
