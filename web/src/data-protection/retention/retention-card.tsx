/** The retention schedule's card on the data protection officer's dashboard: how many records are due for deletion and held, and the way in. */
import { Anchor, Paper, Stack, Text, Title } from "@mantine/core";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { LoadFailed } from "../../components/load-state.js";
import { useLoad } from "../../components/use-load.js";
import { useFormat } from "../../i18n/format.js";
import { retentionApi } from "./retention-api.js";

export function RetentionCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const queue = useLoad(() => retentionApi.queue("due", 1), []);
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={2} size="h3" id={headingId}>
          {t("retention.title")}
        </Title>
        {queue.state.status === "failed" && <LoadFailed error={queue.state.error} onRetry={queue.reload} />}
        {queue.state.status === "ready" && (
          <Text>
            {t("retention.card.counts", { due: format.number(queue.state.data.counts.due), held: format.number(queue.state.data.counts.held) })}
          </Text>
        )}
        <Anchor component={Link} to="/data-protection/retention">
          {t("retention.card.open")}
        </Anchor>
      </Stack>
    </Paper>
  );
}
