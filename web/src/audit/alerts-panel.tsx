/**
 * Unusual-access alerts for the data protection officer: open ones first, each naming the member
 * of staff, what was found and when, with a link to the events behind it and a way to acknowledge
 * or close it with a note. Alerts about the reader are never sent to them.
 */
import { Alert as Notice, Button, Group, Paper, Pagination, SegmentedControl, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { AuditAlert } from "../../../core/api/audit.js";
import { londonDay } from "../../../core/london-time.js";
import { errorMessage } from "../api/error-messages.js";
import { FormError } from "../components/form-error.js";
import { LoadFailed, Loading } from "../components/load-state.js";
import { usePaginationLabels } from "../components/pagination-labels.js";
import { useLoad } from "../components/use-load.js";
import { isolate, useFormat } from "../i18n/format.js";
import { auditApi, type AlertStatus } from "./audit-api.js";

function eventsLink(alert: AuditAlert): string {
  const params = new URLSearchParams({ actorUserId: alert.userId, from: londonDay(new Date(alert.firstAt)), to: londonDay(new Date(alert.lastAt)) });
  if (alert.rule === "repeated_break_glass") params.set("breakGlassOnly", "true");
  return `/audit?${params.toString()}`;
}

function AlertCard({ alert, onChanged }: { alert: AuditAlert; onChanged: (alert: AuditAlert) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const headingId = `alert-${alert.id}`;

  async function review(status: "acknowledged" | "closed"): Promise<void> {
    setIsSaving(true);
    setError(null);
    try {
      onChanged(await auditApi.reviewAlert(alert.id, { status, note, version: alert.version }));
      setNote("");
    } catch (failure) {
      setError(errorMessage(failure, t));
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <Paper withBorder p="md" component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Text fw={600} id={headingId}>
          {t(`auditReview.alerts.rules.${alert.rule}`, { person: isolate(alert.userName), count: alert.count, threshold: alert.threshold })}
        </Text>
        <Text size="sm">{t("auditReview.alerts.when", { first: format.dateTime(alert.firstAt), last: format.dateTime(alert.lastAt) })}</Text>
        <Text size="sm">{t(`auditReview.alerts.status.${alert.status}`)}</Text>
        {alert.note !== null && (
          <Text size="sm">
            {t("auditReview.alerts.noteBy", { name: isolate(alert.reviewedByName ?? t("audit.system")) })} <bdi>{alert.note}</bdi>
          </Text>
        )}
        <Group>
          <Button component={Link} to={eventsLink(alert)} variant="subtle" size="compact-sm">
            {t("auditReview.alerts.seeEvents")}
          </Button>
        </Group>
        {alert.status !== "closed" && (
          <>
            <Textarea label={t("auditReview.alerts.note")} description={t("auditReview.alerts.noteHint")} value={note} onChange={(event) => setNote(event.currentTarget.value)} autosize minRows={2} maxLength={2000} />
            <Group>
              {alert.status === "open" && (
                <Button variant="light" onClick={() => void review("acknowledged")} loading={isSaving}>
                  {t("auditReview.alerts.acknowledge")}
                </Button>
              )}
              <Button onClick={() => void review("closed")} loading={isSaving}>
                {t("auditReview.alerts.close")}
              </Button>
            </Group>
            <FormError message={error} />
          </>
        )}
      </Stack>
    </Paper>
  );
}

export function AlertsPanel() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<AlertStatus | "all">("open");
  const [page, setPage] = useState(1);
  const paginationLabels = usePaginationLabels();
  const { state, reload, replace } = useLoad(() => auditApi.alerts(status === "all" ? undefined : status, page), [status, page]);
  return (
    <Stack gap="md">
      <Text size="sm">{t("auditReview.alerts.explain")}</Text>
      <SegmentedControl
        aria-label={t("auditReview.alerts.show")}
        value={status}
        onChange={(value) => {
          setStatus(value);
          setPage(1);
        }}
        data={(["open", "acknowledged", "closed", "all"] as const).map((value) => ({ value, label: t(`auditReview.alerts.filter.${value}`) }))}
      />
      {state.status === "loading" && <Loading />}
      {state.status === "failed" && <LoadFailed error={state.error} onRetry={reload} />}
      {state.status === "ready" && state.data.items.length === 0 && (
        <Notice color="green" variant="light">
          {t("auditReview.alerts.none")}
        </Notice>
      )}
      {state.status === "ready" &&
        state.data.items.map((alert) => (
          <AlertCard key={alert.id} alert={alert} onChanged={(changed) => replace({ ...state.data, items: state.data.items.map((item) => (item.id === changed.id ? changed : item)) })} />
        ))}
      {state.status === "ready" && state.data.total > state.data.pageSize && <Pagination total={Math.ceil(state.data.total / state.data.pageSize)} value={page} onChange={setPage} {...paginationLabels} />}
    </Stack>
  );
}
