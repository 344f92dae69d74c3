/**
 * The panel at a glance for the site's safeguarding leads and team managers: cases waiting for a
 * meeting, decisions by kind this year, overdue actions, how long escalation to decision takes
 * (median and 90th percentile), upcoming meetings and referrals still open with outside agencies.
 */
import { Paper, SimpleGrid, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { decisionKinds } from "../../../core/api/panel.js";
import { LoadFailed, Loading } from "../components/load-state.js";
import { Page } from "../components/page.js";
import { Section } from "../components/section.js";
import { useLoad } from "../components/use-load.js";
import { useFormat } from "../i18n/format.js";
import { useCurrentSite } from "../session/current-site.js";
import { ActionTable } from "./actions-page.js";
import { EscalationTable } from "./escalation-table.js";
import { MeetingTable } from "./meetings-page.js";
import { panelApi } from "./panel-api.js";
import { panelLabels } from "./panel-labels.js";

export function DashboardPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { site } = useCurrentSite();
  const { state, reload } = useLoad(() => panelApi.dashboard(site?.id ?? null), [site?.id]);
  const labels = panelLabels(t);
  if (state.status !== "ready") {
    return <Page title={t("panel.dashboard.title")}>{state.status === "loading" ? <Loading /> : <LoadFailed error={state.error} onRetry={reload} />}</Page>;
  }
  const board = state.data;
  const days = (value: number | null) => (value === null ? t("panel.dashboard.noFigure") : t("panel.dashboard.days", { count: value, value: format.number(value) }));

  return (
    <Page title={t("panel.dashboard.title")}>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        <Figure label={t("panel.dashboard.awaitingCount")} value={format.number(board.awaitingMeeting.length)} />
        <Figure label={t("panel.dashboard.overdueCount")} value={format.number(board.overdueActions.length)} />
        <Figure label={t("panel.dashboard.medianDays")} value={days(board.timeToDecision.medianDays)} hint={t("panel.dashboard.decisionsCounted", { count: board.timeToDecision.count })} />
        <Figure label={t("panel.dashboard.p90Days")} value={days(board.timeToDecision.p90Days)} hint={t("panel.dashboard.p90Hint")} />
        <Figure label={t("panel.dashboard.openReferrals")} value={format.number(board.openExternalReferrals)} />
      </SimpleGrid>
      <Section title={t("panel.dashboard.awaiting")}>
        {board.awaitingMeeting.length === 0 ? <Text>{t("panel.dashboard.awaitingNone")}</Text> : <EscalationTable items={board.awaitingMeeting} caption={t("panel.dashboard.awaitingCaption")} />}
      </Section>
      <Section title={t("panel.dashboard.upcoming")}>
        {board.upcomingMeetings.length === 0 ? <Text>{t("panel.meetings.noneUpcoming")}</Text> : <MeetingTable items={board.upcomingMeetings} caption={t("panel.meetings.captionUpcoming")} />}
      </Section>
      <Section title={t("panel.dashboard.overdue")}>
        {board.overdueActions.length === 0 ? <Text>{t("panel.dashboard.overdueNone")}</Text> : <ActionTable items={board.overdueActions} />}
      </Section>
      <Section title={t("panel.dashboard.decisions", { year: String(board.year) })}>
        <Table maw={520} verticalSpacing={4}>
          <Table.Caption>{t("panel.dashboard.decisionsCaption")}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("panel.decision.kind")}</Table.Th>
              <Table.Th scope="col">{t("panel.dashboard.count")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {decisionKinds.map((kind) => (
              <Table.Tr key={kind}>
                <Table.Td>{labels.decisionKind(kind)}</Table.Td>
                <Table.Td>{format.number(board.decisionsByKind[kind] ?? 0)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Section>
    </Page>
  );
}

function Figure({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Paper withBorder p="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz="xl" fw={700}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Paper>
  );
}
