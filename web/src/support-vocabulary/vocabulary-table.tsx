/**
 * One list of the vocabulary as a table: the label staff see (the organisation's own, or the
 * built-in one in the reader's language), its code, for intervention types the specialism a worker
 * needs and who delivers it, where it came from and whether it is offered; with a change of label
 * and retiring or offering again.
 */
import { Badge, Button, Group, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { isolate } from "../i18n/format.js";
import { specialismLabel } from "./labels.js";

export interface VocabularyRow {
  code: string;
  /** The label staff see. */
  label: string;
  hasOwnLabel: boolean;
  isBuiltIn: boolean;
  isRetired: boolean;
  /** Intervention types only. */
  specialism?: string | null;
  isPartnerDelivered?: boolean;
}

interface VocabularyTableProps {
  caption: string;
  rows: readonly VocabularyRow[];
  isInterventionList: boolean;
  busyCode: string | null;
  onRelabel: (row: VocabularyRow) => void;
  onRetire: (row: VocabularyRow, isRetired: boolean) => void;
}

export function VocabularyTable({ caption, rows, isInterventionList, busyCode, onRelabel, onRetire }: VocabularyTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={isInterventionList ? 900 : 640}>
      <Table striped verticalSpacing="sm">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("supportVocabulary.columns.label")}</Table.Th>
            <Table.Th scope="col">{t("supportVocabulary.columns.code")}</Table.Th>
            {isInterventionList && <Table.Th scope="col">{t("supportVocabulary.columns.specialism")}</Table.Th>}
            {isInterventionList && <Table.Th scope="col">{t("supportVocabulary.columns.partner")}</Table.Th>}
            <Table.Th scope="col">{t("supportVocabulary.columns.origin")}</Table.Th>
            <Table.Th scope="col">{t("supportVocabulary.columns.status")}</Table.Th>
            <Table.Th scope="col">{t("common.actions")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.code}>
              <Table.Th scope="row" fw={600}>
                <bdi>{row.label}</bdi>
                {row.hasOwnLabel && row.isBuiltIn && (
                  <Text size="xs" c="dimmed" fw={400}>
                    {t("supportVocabulary.ownLabel")}
                  </Text>
                )}
              </Table.Th>
              <Table.Td>
                <Text size="sm" ff="monospace" dir="ltr" component="span">
                  {row.code}
                </Text>
              </Table.Td>
              {isInterventionList && <Table.Td>{row.specialism ? specialismLabel(row.specialism, t) : t("supportVocabulary.noSpecialism")}</Table.Td>}
              {isInterventionList && <Table.Td>{t(row.isPartnerDelivered ? "supportVocabulary.partner" : "supportVocabulary.staff")}</Table.Td>}
              <Table.Td>{t(row.isBuiltIn ? "supportVocabulary.builtIn" : "supportVocabulary.added")}</Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                <Badge color={row.isRetired ? "gray" : "green"} variant="light" tt="none" radius="sm" miw="max-content">
                  {t(row.isRetired ? "supportVocabulary.retired" : "supportVocabulary.inUse")}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Button size="compact-sm" variant="default" onClick={() => onRelabel(row)} aria-label={t("supportVocabulary.relabelNamed", { label: isolate(row.label) })}>
                    {t("supportVocabulary.relabel")}
                  </Button>
                  <Button
                    size="compact-sm"
                    variant="default"
                    loading={busyCode === row.code}
                    onClick={() => onRetire(row, !row.isRetired)}
                    aria-label={t(row.isRetired ? "supportVocabulary.unretireNamed" : "supportVocabulary.retireNamed", { label: isolate(row.label) })}
                  >
                    {t(row.isRetired ? "supportVocabulary.unretire" : "supportVocabulary.retire")}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
