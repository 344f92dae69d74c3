/**
 * The period's headline figures as cards, two to a row on a phone. Each card names its figure and
 * carries a test id (`outreach-figure-<name>`), its value one of its own (`…-value`).
 */
import { Paper, SimpleGrid, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { OutreachDashboard } from "../../../../core/api/outreach-dashboard.js";
import { useFormat } from "../../i18n/format.js";

const order = ["peopleReached", "sessionsDelivered", "referralsFromOutreach", "partnersActive", "peopleTrained", "trainingsDelivered", "resourcesDistributed"] as const;

export function HeadlineFigures({ headline }: { headline: OutreachDashboard["headline"] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 4 }} spacing="sm" component="dl" m={0} aria-label={t("outreachDashboard.figures.label")}>
      {order.map((key) => (
        <Paper key={key} withBorder p="sm" data-testid={`outreach-figure-${key}`} className="outreach-figure">
          <Text component="dt" size="sm" c="dimmed">
            {t(`outreachDashboard.figures.${key}`)}
          </Text>
          <Text component="dd" m={0} fz="xl" fw={700} data-testid={`outreach-figure-${key}-value`}>
            {format.number(headline[key])}
          </Text>
          {key === "referralsFromOutreach" && (
            <Text component="dd" m={0} size="xs" c="dimmed">
              {t("outreachDashboard.figures.ofReferrals", { total: format.number(headline.referrals) })}
            </Text>
          )}
        </Paper>
      ))}
    </SimpleGrid>
  );
}
