/**
 * The site's training: the trainings given in a period (the last twelve months unless chosen; the
 * period lives in the address), each with its attendees and how confidence moved, the refreshers
 * falling due, and "Record a training" for those who record the site's outreach.
 */
import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router-dom";
import type { DeliverySummary } from "../../../../core/api/outreach-training.js";
import { LoadFailed, Loading } from "../../components/load-state.js";
import { Section } from "../../components/section.js";
import { useLoad } from "../../components/use-load.js";
import { isolate, localIsoDate, useFormat } from "../../i18n/format.js";
import type { OutreachHere } from "../outreach-here.js";
import { OutreachPage } from "../outreach-page.js";
import { isDay } from "../sessions/london-days.js";
import { useConfidenceText } from "./confidence.js";
import { DeliveryDialog } from "./delivery-dialog.js";
import { RefreshersPanel } from "./refreshers-panel.js";
import { trainingApi } from "./training-api.js";

function yearAgo(): string {
  const day = new Date();
  day.setFullYear(day.getFullYear() - 1);
  return localIsoDate(day);
}

export function TrainingPage() {
  const { t } = useTranslation();
  return <OutreachPage title={t("training.page.title")}>{(here) => <Training here={here} />}</OutreachPage>;
}

function Training({ here }: { here: OutreachHere }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [fromParam, toParam] = [params.get("from"), params.get("to")];
  const from = isDay(fromParam) ? fromParam : yearAgo();
  const to = isDay(toParam) ? toParam : localIsoDate(new Date());
  const [isRecording, setRecording] = useState(false);
  const { state, reload } = useLoad(() => trainingApi.deliveries({ siteId: here.siteId, from, to: to < from ? from : to }), [here.siteId, from, to]);
  const show = (next: { from?: string; to?: string }) => setParams({ from, to, ...next }, { replace: true });

  return (
    <>
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Text maw="70ch">{t("training.page.intro", { site: isolate(here.siteName) })}</Text>
        <Group gap="sm">
          <Anchor component={Link} to="/outreach/training/courses">
            {t("training.page.courses")}
          </Anchor>
          {here.canWork && <Button onClick={() => setRecording(true)}>{t("training.page.record")}</Button>}
        </Group>
      </Group>
      <RefreshersPanel siteId={here.siteId} />
      <Section title={t("training.page.deliveries")}>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" role="search" aria-label={t("training.page.period")}>
          <TextInput type="date" label={t("training.page.from")} value={from} max={to} onChange={(event) => isDay(event.currentTarget.value) && show({ from: event.currentTarget.value })} />
          <TextInput type="date" label={t("training.page.to")} value={to} min={from} onChange={(event) => isDay(event.currentTarget.value) && show({ to: event.currentTarget.value })} />
        </SimpleGrid>
        {state.status === "loading" && <Loading />}
        {state.status === "failed" && <LoadFailed error={state.error} onRetry={reload} />}
        {state.status === "ready" && (
          <>
            <Text size="sm" c="dimmed" role="status">
              {state.data.items.length === 0 ? t("training.page.none") : t("training.page.count", { count: state.data.items.length, people: state.data.items.reduce((sum, item) => sum + item.attendeeCount, 0) })}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
              {state.data.items.map((delivery) => (
                <DeliveryCard key={delivery.id} delivery={delivery} />
              ))}
            </SimpleGrid>
            {state.data.isTruncated && <Text size="sm">{t("training.page.truncated", { count: state.data.items.length })}</Text>}
          </>
        )}
      </Section>
      <DeliveryDialog siteId={here.siteId} delivery={isRecording ? "new" : null} onClose={() => setRecording(false)} onSaved={(delivery) => navigate(`/outreach/training/deliveries/${delivery.id}`)} />
    </>
  );
}

function DeliveryCard({ delivery }: { delivery: DeliverySummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const confidence = useConfidenceText();
  return (
    <Paper withBorder p="sm" radius="md" component="li" data-testid="training-card">
      <Stack gap={4}>
        <Anchor component={Link} to={`/outreach/training/deliveries/${delivery.id}`} fw={700}>
          <bdi>{delivery.course.title}</bdi>
        </Anchor>
        <Text size="sm">{format.day(delivery.deliveredOn)}</Text>
        <Text size="sm">{delivery.partner ? t("training.page.forPartner", { partner: isolate(delivery.partner.name) }) : t("training.page.noPartner")}</Text>
        <Text size="sm" c="dimmed">
          {t("training.page.trainer", { name: isolate(delivery.trainer.name) })}
        </Text>
        <Text size="sm">{t("training.page.attendees", { count: delivery.attendeeCount })}</Text>
        <Text size="sm">{t("training.page.confidence", { change: confidence(delivery.meanBefore, delivery.meanAfter) })}</Text>
      </Stack>
    </Paper>
  );
}
