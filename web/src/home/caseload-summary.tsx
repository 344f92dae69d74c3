/**
 * For people who work cases at the current site: how many referrals are waiting (and how many are
 * overdue or urgent), and how many open cases are theirs, each linking to the list it counts.
 */
import { Anchor, Card, SimpleGrid, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { casesApi } from "../cases/cases-api.js";
import { useLoad } from "../components/use-load.js";
import { useFormat } from "../i18n/format.js";
import { QueueCounts } from "../referrals/queue-counts.js";

export function CaseloadSummary({ siteId, siteName, worksCaseload }: { siteId: string; siteName: string; worksCaseload: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const cases = useLoad(() => casesApi.list({ siteId, state: "open", isMine: true, page: 1, pageSize: 1 }), [siteId]).state;
  const count = (value: number) => format.number(value);
  const unavailable = t("cases.home.unavailable");
  const mine = cases.status === "ready" ? t("cases.home.mine", { count: cases.data.total, number: count(cases.data.total) }) : cases.status === "failed" ? unavailable : "…";

  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      {worksCaseload && (
        <Card withBorder padding="md">
          <QueueCounts siteId={siteId} siteName={siteName} />
          <Anchor component={Link} to="/referrals" mt="xs">
            {t("referrals.home.open")}
          </Anchor>
        </Card>
      )}
      <Card withBorder padding="md">
        <Text fw={600}>{mine}</Text>
        <Anchor component={Link} to="/cases?mine=1" mt="xs">
          {t("cases.home.open")}
        </Anchor>
      </Card>
    </SimpleGrid>
  );
}
