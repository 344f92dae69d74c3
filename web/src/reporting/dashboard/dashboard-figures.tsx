/**
 * A dashboard's figures under their headings: referrals (each month, by source, by area of
 * vulnerability, and the waits), people and support (engaged each month, cases by level of support,
 * programmes), the panel, outcomes and other agencies, and outreach; for the whole organisation,
 * its sites compared. Every chart carries its sentence and its table of figures.
 */
import { Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { monthLong } from "../../components/charts/month-names.js";
import { MonthlyBarChart } from "../../components/charts/monthly-bar-chart.js";
import { isolate, useFormat } from "../../i18n/format.js";
import { BreakdownChart } from "./breakdown-chart.js";
import type { Dashboard } from "./dashboard-api.js";
import { DashboardSection } from "./dashboard-section.js";
import { HeadlineTiles } from "./headline-tiles.js";
import { SiteComparison } from "./site-comparison.js";
import type { ValueWords } from "./value-words.js";
import { WaitsTable } from "./wait-tables.js";

const series = (months: readonly { month: string; count: number }[]) => months.map((month) => ({ month: month.month, value: month.count }));

export function DashboardFigures({ board, words }: { board: Dashboard; words: ValueWords }) {
  const { t } = useTranslation();
  const format = useFormat();
  const busiest = board.people.byMonth.reduce<{ month: string; count: number } | null>((best, month) => (month.count > (best?.count ?? 0) ? month : best), null);
  const outreachSeries = (key: "sessions" | "peopleReached" | "peopleTrained") => board.outreach.byMonth.map((month) => ({ month: month.month, value: month[key] }));
  return (
    <Stack gap="xl" data-testid="reporting-dashboard">
      <HeadlineTiles board={board} />
      <DashboardSection title={t("dashboard.referrals.section")}>
        <MonthlyBarChart title={t("dashboard.referrals.byMonth")} valueLabel={t("dashboard.referrals.count")} months={series(board.referrals.byMonth)} headingOrder={3} testId="dashboard-chart-referrals" />
        <BreakdownChart
          title={t("dashboard.referrals.bySource")}
          nameLabel={t("dashboard.referrals.source")}
          valueLabel={t("dashboard.referrals.count")}
          dimension="referral_source"
          cells={board.referrals.bySource}
          total={board.referrals.received}
          words={words}
          none={t("dashboard.referrals.none")}
          testId="dashboard-chart-sources"
        />
        <BreakdownChart
          title={t("dashboard.referrals.byDomain")}
          nameLabel={t("dashboard.referrals.domain")}
          valueLabel={t("dashboard.referrals.count")}
          dimension="vulnerability_domain"
          cells={board.referrals.byDomain}
          total={board.referrals.received}
          words={words}
          none={t("dashboard.referrals.none")}
          note={t("dashboard.referrals.severalDomains")}
          testId="dashboard-chart-domains"
        />
        <WaitsTable waits={board.waits} />
      </DashboardSection>
      <DashboardSection title={t("dashboard.people.section")}>
        <MonthlyBarChart
          title={t("dashboard.people.byMonth")}
          valueLabel={t("dashboard.people.engaged")}
          months={series(board.people.byMonth)}
          summary={
            busiest
              ? t("dashboard.people.summary", { total: format.number(board.people.engaged), month: isolate(monthLong(busiest.month)), max: format.number(busiest.count) })
              : t("dashboard.people.none")
          }
          headingOrder={3}
          testId="dashboard-chart-people"
        />
        <BreakdownChart
          title={t("dashboard.people.byTier")}
          nameLabel={t("dashboard.people.tier")}
          valueLabel={t("dashboard.people.cases")}
          dimension="support_tier"
          cells={board.casesByTier}
          total={board.casesByTier.reduce((sum, cell) => sum + cell.count, 0)}
          words={words}
          none={t("dashboard.people.noCases")}
          testId="dashboard-chart-tiers"
        />
        <BreakdownChart
          title={t("dashboard.programmes.enrolments")}
          nameLabel={t("dashboard.programmes.programme")}
          valueLabel={t("dashboard.programmes.enrolmentCount")}
          dimension="programme"
          cells={board.programmes.enrolmentsByProgramme}
          total={board.programmes.enrolments}
          words={words}
          none={t("dashboard.programmes.noEnrolments")}
          testId="dashboard-chart-enrolments"
        />
        <BreakdownChart
          title={t("dashboard.programmes.completions")}
          nameLabel={t("dashboard.programmes.programme")}
          valueLabel={t("dashboard.programmes.completionCount")}
          dimension="programme"
          cells={board.programmes.completionsByProgramme}
          total={board.programmes.completions}
          words={words}
          none={t("dashboard.programmes.noCompletions")}
          testId="dashboard-chart-completions"
        />
      </DashboardSection>
      <DashboardSection title={t("dashboard.panel.section")}>
        <MonthlyBarChart title={t("dashboard.panel.escalations")} valueLabel={t("dashboard.panel.escalationCount")} months={series(board.panel.escalationsByMonth)} headingOrder={3} testId="dashboard-chart-escalations" />
        <BreakdownChart
          title={t("dashboard.panel.decisions")}
          nameLabel={t("dashboard.panel.decision")}
          valueLabel={t("dashboard.panel.decisionCount")}
          dimension="panel_decision"
          cells={board.panel.decisions}
          total={board.panel.decisions.reduce((sum, cell) => sum + cell.count, 0)}
          words={words}
          none={t("dashboard.panel.noDecisions")}
          testId="dashboard-chart-decisions"
        />
        <MonthlyBarChart title={t("dashboard.panel.external")} valueLabel={t("dashboard.panel.externalCount")} months={series(board.externalReferrals.byMonth)} headingOrder={3} testId="dashboard-chart-external" />
        <BreakdownChart
          title={t("dashboard.outcomes.title")}
          nameLabel={t("dashboard.outcomes.outcome")}
          valueLabel={t("dashboard.outcomes.count")}
          dimension="outcome"
          cells={board.outcomes.byOutcome}
          total={board.outcomes.total}
          words={words}
          none={t("dashboard.outcomes.none")}
          testId="dashboard-chart-outcomes"
        />
      </DashboardSection>
      <DashboardSection title={t("dashboard.outreach.section")}>
        <MonthlyBarChart title={t("dashboard.outreach.sessions")} valueLabel={t("dashboard.outreach.sessionCount")} months={outreachSeries("sessions")} headingOrder={3} testId="dashboard-chart-outreach-sessions" />
        <MonthlyBarChart title={t("dashboard.outreach.reached")} valueLabel={t("dashboard.outreach.reachedCount")} months={outreachSeries("peopleReached")} headingOrder={3} testId="dashboard-chart-outreach-reached" />
        <MonthlyBarChart title={t("dashboard.outreach.trained")} valueLabel={t("dashboard.outreach.trainedCount")} months={outreachSeries("peopleTrained")} headingOrder={3} testId="dashboard-chart-outreach-trained" />
      </DashboardSection>
      {board.bySite && <SiteComparison sites={board.bySite} words={words} />}
    </Stack>
  );
}
