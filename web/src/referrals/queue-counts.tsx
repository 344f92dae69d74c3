/**
 * How the triage queue at a site stands, as the server counts it: how many referrals are waiting,
 * and of those how many are past their target and how many are urgent. Shown on the home page and
 * at the top of the queue.
 */
import { Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useLoad } from "../components/use-load.js";
import { isolate, useFormat } from "../i18n/format.js";
import { referralsApi } from "./referrals-api.js";

export function QueueCounts({ siteId, siteName }: { siteId: string; siteName: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { state } = useLoad(() => referralsApi.summary(siteId), [siteId]);
  if (state.status === "loading") return <Text fw={600}>…</Text>;
  if (state.status === "failed") return <Text fw={600}>{t("cases.home.unavailable")}</Text>;
  const { waiting, overdue, urgent } = state.data;
  const counted = (key: string, count: number) => t(key, { count, number: format.number(count), site: isolate(siteName) });
  return (
    <Stack gap={2}>
      <Text fw={600}>{counted("referrals.home.waiting", waiting)}</Text>
      {overdue > 0 && (
        <Text fw={600} c="red.9">
          {counted("referrals.home.overdue", overdue)}
        </Text>
      )}
      {urgent > 0 && (
        <Text fw={600} c="red.9">
          {counted("referrals.home.urgent", urgent)}
        </Text>
      )}
    </Stack>
  );
}
