/**
 * The social-value reports published for one contract, as its funder's commissioner finds them on
 * the commissioning page: newest first, each opened on its own page. Nothing when there are none.
 */
import { Anchor, List, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useLoad } from "../../components/use-load.js";
import { useFormat } from "../../i18n/format.js";
import { socialValueApi } from "./social-value-api.js";
import { monthsText } from "./social-value-words.js";

export function ContractSocialValueReports({ contractId }: { contractId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const reports = useLoad(() => socialValueApi.reports(contractId), [contractId]);
  if (reports.state.status !== "ready" || reports.state.data.reports.length === 0) return null;
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        {t("socialValue.commissioner.reports")}
      </Title>
      <List spacing={4}>
        {reports.state.data.reports.map((report) => (
          <List.Item key={report.id}>
            <Anchor component={Link} to={`/commissioning/social-value/${report.id}`}>
              {t("socialValue.commissioner.reportOf", { months: monthsText(t, report.months), sequence: report.sequence })}
            </Anchor>{" "}
            <Text span size="sm" c="dimmed">
              {t("socialValue.commissioner.published", { at: format.date(report.createdAt) })}
            </Text>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
