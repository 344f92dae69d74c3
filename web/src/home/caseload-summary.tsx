/**
 * For people who work cases at the current site: how many referrals are waiting (and how many are
 * overdue), and how many open cases are theirs, each linking to the list it counts.
 */
import { Anchor, Card, SimpleGrid, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { casesApi } from "../cases/cases-api.js";
import { useLoad } from "../components/use-load.js";
import { isolate, useFormat } from "../i18n/format.js";
import { referralsApi } from "../referrals/referrals-api.js";

/** The queue is read a page at a time; overdue referrals are the oldest, so one large page counts them. */
const overdueWindow = 100;

export function CaseloadSummary({ siteId, siteName, worksCaseload }: { siteId: string; siteName: string; worksCaseload: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const referrals = useLoad(
    () => (worksCaseload ? referralsApi.queue({ siteId, status: "received", page: 1, pageSize: overdueWindow }) : Promise.resolve(null)),
    [siteId, worksCaseload],
  ).state;
  const cases = useLoad(() => casesApi.list({ siteId, state: "open", isMine: true, page: 1, pageSize: 1 }), [siteId]).state;
  const count = (value: number) => format.number(value);
  const unavailable = t("cases.home.unavailable");

  let waiting = "…";
  let overdue: string | null = null;
  if (referrals.status === "failed") waiting = unavailable;
  if (referrals.status === "ready" && referrals.data) {
    const { items, total } = referrals.data;
    const late = items.filter((item) => item.isOverdue).length;
    waiting = t("referrals.home.waiting", { count: total, number: count(total), site: isolate(siteName) });
    if (late > 0) overdue = t(total > items.length && late === items.length ? "referrals.home.overdueAtLeast" : "referrals.home.overdue", { count: late, number: count(late) });
  }
  const mine = cases.status === "ready" ? t("cases.home.mine", { count: cases.data.total, number: count(cases.data.total) }) : cases.status === "failed" ? unavailable : "…";

  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      {worksCaseload && (
        <Card withBorder padding="md">
          <Text fw={600}>{waiting}</Text>
          {overdue && (
            <Text fw={600} c="red.9">
              {overdue}
            </Text>
          )}
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
