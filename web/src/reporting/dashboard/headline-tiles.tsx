/**
 * The period's headline figures as tiles, two to a row on a phone: referrals received and the share
 * triaged within target, people engaged, the median waits to first contact and to assessment, and
 * programme completions. Each tile names its figure, with a line saying what lies behind it, and
 * carries a test id (`dashboard-figure-<name>`).
 */
import { Paper, SimpleGrid, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { DashboardWait } from "../../../../core/api/reporting-dashboard.js";
import { useFormat } from "../../i18n/format.js";
import type { Dashboard } from "./dashboard-api.js";
import { useDays } from "./days.js";

interface Tile {
  key: string;
  value: string;
  detail: string;
}

export function HeadlineTiles({ board }: { board: Dashboard }) {
  const { t } = useTranslation();
  const format = useFormat();
  const days = useDays();
  const { triaged, triagedWithinTarget } = board.referrals;
  const wait = (key: string, figures: DashboardWait): Tile =>
    figures.waits === 0
      ? { key, value: t("dashboard.waits.noValue"), detail: t("dashboard.headline.noWaits") }
      : { key, value: days(figures.medianDays), detail: t("dashboard.headline.waitDetail", { p90: days(figures.p90Days), waits: format.number(figures.waits) }) };
  const tiles: Tile[] = [
    { key: "referrals", value: format.number(board.referrals.received), detail: t("dashboard.headline.referralsDetail") },
    {
      key: "triagedInTime",
      value: triaged === 0 ? t("dashboard.waits.noValue") : `${format.number(Math.round((triagedWithinTarget / triaged) * 100))}%`,
      detail: triaged === 0 ? t("dashboard.headline.noneTriaged") : t("dashboard.headline.triagedOf", { part: format.number(triagedWithinTarget), whole: format.number(triaged) }),
    },
    { key: "peopleEngaged", value: format.number(board.people.engaged), detail: t("dashboard.headline.peopleDetail") },
    wait("firstContact", board.waits.toFirstContact),
    wait("assessment", board.waits.toAssessment),
    { key: "completions", value: format.number(board.programmes.completions), detail: t("dashboard.headline.enrolmentsBegun", { enrolments: format.number(board.programmes.enrolments) }) },
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm" component="dl" m={0} aria-label={t("dashboard.headline.label")}>
      {tiles.map((tile) => (
        <Paper key={tile.key} withBorder p="sm" data-testid={`dashboard-figure-${tile.key}`}>
          <Text component="dt" size="sm" c="dimmed">
            {t(`dashboard.headline.${tile.key}`)}
          </Text>
          <Text component="dd" m={0} fz="xl" fw={700} data-testid={`dashboard-figure-${tile.key}-value`}>
            {tile.value}
          </Text>
          <Text component="dd" m={0} size="xs" c="dimmed">
            {tile.detail}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
