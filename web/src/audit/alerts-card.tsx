/** Unusual access on the data protection officer's dashboard: how many alerts are open, and the way in. */
import { Anchor, Paper, Stack, Text, Title } from "@mantine/core";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { LoadFailed } from "../components/load-state.js";
import { useLoad } from "../components/use-load.js";
import { auditApi } from "./audit-api.js";

export function AuditAlertsCard() {
  const { t } = useTranslation();
  const headingId = useId();
  const open = useLoad(() => auditApi.alerts("open", 1), []);
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={2} size="h3" id={headingId}>
          {t("auditReview.tabs.alerts")}
        </Title>
        {open.state.status === "failed" && <LoadFailed error={open.state.error} onRetry={open.reload} />}
        {open.state.status === "ready" && (
          <Text c={open.state.data.total > 0 ? "red.9" : undefined} fw={open.state.data.total > 0 ? 600 : undefined}>
            {t("auditReview.card.open", { count: open.state.data.total })}
          </Text>
        )}
        <Anchor component={Link} to="/audit?tab=alerts">
          {t("auditReview.card.link")}
        </Anchor>
      </Stack>
    </Paper>
  );
}
