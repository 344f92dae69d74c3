/** The catalogue as a table: title, kind, version, built in or imported, offered, approval, schedule; each opens its details. */
import { Badge, Button, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { isolate, useFormat } from "../i18n/format.js";
import type { InstrumentSummary } from "./instruments-api.js";
import { scheduleWords } from "./schedule-words.js";

export function InstrumentTable({ instruments, onOpen }: { instruments: readonly InstrumentSummary[]; onOpen: (key: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const yesNo = (value: boolean) => (
    <Badge color={value ? "green" : "gray"} variant="light" tt="none" radius="sm">
      {t(value ? "instruments.yes" : "instruments.no")}
    </Badge>
  );
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped verticalSpacing="sm">
        <Table.Caption>{t("instruments.caption", { count: instruments.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("instruments.columns.title")}</Table.Th>
            <Table.Th scope="col">{t("instruments.columns.kind")}</Table.Th>
            <Table.Th scope="col">{t("instruments.columns.version")}</Table.Th>
            <Table.Th scope="col">{t("instruments.columns.origin")}</Table.Th>
            <Table.Th scope="col">{t("instruments.columns.enabled")}</Table.Th>
            <Table.Th scope="col">{t("instruments.columns.approval")}</Table.Th>
            <Table.Th scope="col">{t("instruments.columns.schedule")}</Table.Th>
            <Table.Th scope="col">{t("common.actions")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {instruments.map((instrument) => (
            <Table.Tr key={instrument.key}>
              <Table.Th scope="row" fw={600}>
                <bdi>{instrument.title}</bdi>
              </Table.Th>
              <Table.Td>{t(`instruments.kinds.${instrument.kind}`)}</Table.Td>
              <Table.Td>{format.number(instrument.version)}</Table.Td>
              <Table.Td>{t(instrument.isBuiltIn ? "instruments.builtIn" : "instruments.imported")}</Table.Td>
              <Table.Td>{yesNo(instrument.settings.isEnabled)}</Table.Td>
              <Table.Td>{yesNo(instrument.settings.requiresApproval)}</Table.Td>
              <Table.Td>
                <Text size="sm">{scheduleWords(instrument.settings.schedule, t)}</Text>
              </Table.Td>
              <Table.Td>
                <Button size="compact-sm" variant="default" onClick={() => onOpen(instrument.key)} aria-label={t("instruments.openNamed", { title: isolate(instrument.title) })}>
                  {t("instruments.open")}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
