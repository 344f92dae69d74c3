/**
 * The signed-in user's alerts, newest first: emergency access used on a case at their site, an
 * urgent referral arriving, a case transferred in. Unread ones stand out; opening one marks it read,
 * and it can be marked read without opening. Alerts name references, sites and staff, never a client.
 */
import { Alert as Notice, Anchor, Badge, Button, Group, Pagination, Paper, SegmentedControl, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { currentLanguage } from "../i18n/i18n.js";
import { Link } from "react-router-dom";
import { errorMessage } from "../api/error-messages.js";
import { LoadFailed, Loading } from "../components/load-state.js";
import { Page } from "../components/page.js";
import { usePaginationLabels } from "../components/pagination-labels.js";
import { RelativeTime } from "../components/relative-time.js";
import { useLoad } from "../components/use-load.js";
import { alertTarget, alertText } from "./alert-text.js";
import { notificationsApi, type Alert } from "./notifications-api.js";
import { useUnreadAlerts } from "./unread-alerts.js";

const pageSize = 20;

export function AlertsPage() {
  const { t } = useTranslation();
  const paginationLabels = usePaginationLabels();
  const { setUnread } = useUnreadAlerts();
  const [show, setShow] = useState<"unread" | "all">("unread");
  const [page, setPage] = useState(1);
  const [error, setError] = useState<string | null>(null);
  const { state, reload } = useLoad(async () => {
    const list = await notificationsApi.list({ unreadOnly: show === "unread", page, pageSize });
    setUnread(list.unread);
    return list;
  }, [show, page]);

  async function mark(change: () => Promise<number>): Promise<void> {
    setError(null);
    try {
      setUnread(await change());
      reload();
    } catch (failure) {
      setError(errorMessage(failure, t));
    }
  }

  const unread = state.status === "ready" ? state.data.unread : 0;
  return (
    <Page
      title={t("alerts.title")}
      actions={
        unread > 0 && (
          <Button variant="default" onClick={() => void mark(notificationsApi.markAllRead)}>
            {t("alerts.markAllRead")}
          </Button>
        )
      }
    >
      <Text>{t("alerts.intro")}</Text>
      <SegmentedControl
        aria-label={t("alerts.showLabel")}
        value={show}
        onChange={(value) => {
          setShow(value === "all" ? "all" : "unread");
          setPage(1);
        }}
        data={[
          { value: "unread", label: t("alerts.showUnread") },
          { value: "all", label: t("alerts.showAll") },
        ]}
        w="fit-content"
      />
      {error && (
        <Notice color="red" role="alert">
          {error}
        </Notice>
      )}
      {state.status === "loading" && <Loading />}
      {state.status === "failed" && <LoadFailed error={state.error} onRetry={reload} />}
      {state.status === "ready" && state.data.items.length === 0 && (
        <Text>{show === "unread" ? t("alerts.noneUnread") : t("alerts.none")}</Text>
      )}
      {state.status === "ready" && state.data.items.length > 0 && (
        <Stack gap="sm" component="ul" aria-label={t("alerts.title")} style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {state.data.items.map((alert) => (
            <AlertItem key={alert.id} alert={alert} onMarkRead={() => void mark(() => notificationsApi.markRead([alert.id]))} />
          ))}
        </Stack>
      )}
      {state.status === "ready" && state.data.total > pageSize && (
        <Pagination total={Math.ceil(state.data.total / pageSize)} value={page} onChange={setPage} {...paginationLabels} />
      )}
    </Page>
  );
}

function AlertItem({ alert, onMarkRead }: { alert: Alert; onMarkRead: () => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const isUnread = alert.readAt === null;
  return (
    <Paper component="li" withBorder p="md" bg={isUnread ? "red.0" : undefined} style={isUnread ? { borderInlineStartWidth: 4, borderInlineStartColor: "var(--mantine-color-red-6)" } : undefined}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4}>
          <Group gap="xs" wrap="wrap">
            {isUnread && <Badge color="red">{t("alerts.unread")}</Badge>}
            <Badge variant="light" color="gray">
              {t(`alerts.kindLabels.${alert.kind}`)}
            </Badge>
          </Group>
          <Text fw={isUnread ? 600 : 400}>{alertText(alert, t, language)}</Text>
          <Text size="sm" c="dimmed">
            <RelativeTime iso={alert.createdAt} />
          </Text>
        </Stack>
        <Group gap="xs">
          <Anchor component={Link} to={alertTarget(alert)} onClick={isUnread ? onMarkRead : undefined}>
            {t(`alerts.open.${alert.entity.type}`)}
          </Anchor>
          {isUnread && (
            <Button variant="subtle" size="compact-sm" onClick={onMarkRead}>
              {t("alerts.markRead")}
            </Button>
          )}
        </Group>
      </Group>
    </Paper>
  );
}
