/** What a schedule's occurrence is, above the form that logs it: where, what kind, the day and the time. */
import { Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { OutreachCalendarEntry } from "../../../../core/api/outreach-sessions.js";
import { dayHeading, londonTime, timeRange } from "./london-days.js";

export function OccurrenceHeading({ entry }: { entry: OutreachCalendarEntry }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" radius="md" bg="gray.0">
      <Stack gap={2}>
        <Text fw={700} size="lg">
          <bdi>{entry.partner?.name ?? entry.venue}</bdi>
        </Text>
        <Text>{t(`outreach.sessionTypes.${entry.sessionType}`)}</Text>
        <Text>
          {dayHeading(entry.day)} · {timeRange(t("outreachSessions.card.time", { start: londonTime(entry.startsAt), end: londonTime(entry.endsAt) }))}
        </Text>
      </Stack>
    </Paper>
  );
}
