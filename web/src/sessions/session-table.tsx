/**
 * A case's sessions, newest first: when, what kind of support, how, who, whether it took place, and
 * whether it is written up. Opening one (to read or write its notes) is its own click, since every
 * read of the notes is recorded.
 */
import { Button, Stack, Table, Text, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { InterventionType } from "../../../core/api/support-vocabulary.js";
import { useFormat } from "../i18n/format.js";
import { interventionTypeLabel, sessionModeLabel } from "../support-vocabulary/labels.js";
import { AttendanceBadge, WriteUpBadge } from "./attendance-badge.js";
import type { SessionSummary } from "./sessions-api.js";

interface SessionTableProps {
  items: readonly SessionSummary[];
  interventionTypes: readonly InterventionType[];
  onOpen: (sessionId: string) => void;
}

export function SessionTable({ items, interventionTypes, onOpen }: SessionTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm">
        <Table.Caption>{t("sessions.case.caption")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("sessions.case.when")}</Table.Th>
            <Table.Th scope="col">{t("sessions.case.type")}</Table.Th>
            <Table.Th scope="col">{t("sessions.case.workers")}</Table.Th>
            <Table.Th scope="col">{t("sessions.case.attendance")}</Table.Th>
            <Table.Th scope="col">{t("sessions.case.notes")}</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t("sessions.case.actions")}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((session) => (
            <Table.Tr key={session.id}>
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm" fw={600}>
                    {format.dateTime(session.startsAt)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t("sessions.minutes", { count: session.durationMinutes })}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm">
                    <bdi>{interventionTypeLabel(session.interventionType, t, interventionTypes)}</bdi>
                  </Text>
                  <Text size="xs" c="dimmed">
                    {sessionModeLabel(session.mode, t)}
                    {session.venue && (
                      <>
                        {" · "}
                        <bdi>{session.venue}</bdi>
                      </>
                    )}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {session.workers.map((worker, index) => (
                    <span key={worker.userId}>
                      {index > 0 && ", "}
                      <bdi>{worker.name}</bdi>
                    </span>
                  ))}
                </Text>
              </Table.Td>
              <Table.Td>
                <AttendanceBadge attendance={session.attendance} />
              </Table.Td>
              <Table.Td>
                <WriteUpBadge session={session} />
              </Table.Td>
              <Table.Td>
                <Button size="xs" variant="light" onClick={() => onOpen(session.id)}>
                  {session.abilities.edit && session.isWriteUpDue ? t("sessions.case.writeUp") : t("sessions.case.open")}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
