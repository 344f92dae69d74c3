/**
 * One session in the worker's calendar, as a card that reads well on a phone: the time, whom it is
 * with (the client's short name where the worker can open the case, else the case reference), the
 * kind of support and where, whether it took place and is written up, and a link to the case.
 */
import { Anchor, Group, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { InterventionType } from "../../../core/api/support-vocabulary.js";
import { isolateReference, useFormat } from "../i18n/format.js";
import { interventionTypeLabel, sessionModeLabel } from "../support-vocabulary/labels.js";
import { AttendanceBadge, WriteUpBadge } from "./attendance-badge.js";
import { endOf } from "./calendar-days.js";
import type { CalendarEntry } from "./sessions-api.js";

export function CalendarEntryCard({ entry, interventionTypes }: { entry: CalendarEntry; interventionTypes: readonly InterventionType[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const with_ = entry.clientName ?? entry.caseReference;
  return (
    <Paper withBorder p="sm" radius="md" component="li">
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text fw={700}>
            {t("sessions.calendar.time", { start: format.time(entry.startsAt), end: format.time(endOf(entry)) })}
          </Text>
          <Group gap={6}>
            <AttendanceBadge attendance={entry.attendance} />
            {(entry.attendance === "attended" || entry.attendance === null) && <WriteUpBadge session={entry} />}
          </Group>
        </Group>
        <Text fw={600}>
          <bdi>{with_}</bdi>
        </Text>
        <Text size="sm">
          <bdi>{interventionTypeLabel(entry.interventionType, t, interventionTypes)}</bdi>
          {" · "}
          {sessionModeLabel(entry.mode, t)}
          {entry.venue && (
            <>
              {": "}
              <bdi>{entry.venue}</bdi>
            </>
          )}
        </Text>
        <Text size="sm" c="dimmed">
          {entry.canOpenCase ? (
            <Anchor component={Link} to={`/cases/${entry.caseId}?tab=sessions&session=${entry.sessionId}`} size="sm">
              {t("sessions.calendar.openCase", { reference: isolateReference(entry.caseReference), site: entry.siteName })}
            </Anchor>
          ) : (
            t("sessions.calendar.caseClosedToYou", { reference: isolateReference(entry.caseReference), site: entry.siteName })
          )}
        </Text>
      </Stack>
    </Paper>
  );
}
