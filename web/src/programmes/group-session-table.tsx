/** Group sessions as a table: when, programme, venue and topic, facilitators, and who came (registered clients and others). */
import { Button, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { isolate, useFormat } from "../i18n/format.js";
import type { GroupSessionSummary } from "./programmes-api.js";

export function GroupSessionTable({ items, onOpen }: { items: readonly GroupSessionSummary[]; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("programmes.groups.columns.when")}</Table.Th>
            <Table.Th scope="col">{t("programmes.groups.columns.programme")}</Table.Th>
            <Table.Th scope="col">{t("programmes.groups.columns.venue")}</Table.Th>
            <Table.Th scope="col">{t("programmes.groups.columns.facilitators")}</Table.Th>
            <Table.Th scope="col">{t("programmes.groups.columns.attendance")}</Table.Th>
            <Table.Th scope="col">{t("common.actions")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Th scope="row" fw={600}>
                {format.dateTime(item.startsAt)}
                <Text size="xs" c="dimmed">
                  {t("programmes.groups.minutes", { count: item.durationMinutes })}
                </Text>
              </Table.Th>
              <Table.Td>
                <bdi>{item.programme.title}</bdi>
              </Table.Td>
              <Table.Td>
                <bdi>{item.venue}</bdi>
                {item.topic && (
                  <Text size="xs" c="dimmed" dir="auto">
                    {item.topic}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{item.facilitators.map((facilitator) => isolate(facilitator.name)).join(", ")}</Table.Td>
              <Table.Td>{t("programmes.groups.attendance", { registered: format.number(item.registeredCount), others: format.number(item.anonymousHeadcount) })}</Table.Td>
              <Table.Td>
                <Button size="compact-sm" variant="default" onClick={() => onOpen(item.id)} aria-label={t("programmes.groups.openWhen", { when: isolate(format.dateTime(item.startsAt)) })}>
                  {t("programmes.groups.open")}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
