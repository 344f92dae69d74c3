/** The cells that name a record past retention wherever it is listed: reference, kind of record, rule applied, the day it fell due. */
import { Table } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { RetentionAgeGroup, RetentionRecordType, RetentionRule } from "../../../../core/data-protection/retention-rules.js";
import { Reference } from "../../components/reference.js";
import { useFormat } from "../../i18n/format.js";
import { useRuleWords } from "./retention-words.js";

export interface ListedRecord {
  reference: string;
  recordType: RetentionRecordType;
  ageGroup: RetentionAgeGroup;
  rule: RetentionRule;
  dueOn: string;
}

/** The four columns' headings, in the same order as `RecordCells`. */
export function RecordHeadings() {
  const { t } = useTranslation();
  return (
    <>
      <Table.Th>{t("retention.columns.reference")}</Table.Th>
      <Table.Th>{t("retention.columns.recordType")}</Table.Th>
      <Table.Th>{t("retention.columns.rule")}</Table.Th>
      <Table.Th>{t("retention.columns.dueOn")}</Table.Th>
    </>
  );
}

export function RecordCells({ record }: { record: ListedRecord }) {
  const { t } = useTranslation();
  const format = useFormat();
  const ruleWords = useRuleWords();
  return (
    <>
      <Table.Td style={{ whiteSpace: "nowrap" }}>
        <Reference value={record.reference} />
      </Table.Td>
      <Table.Td>{t(`retention.recordTypes.${record.recordType}`)}</Table.Td>
      <Table.Td>{ruleWords(record.ageGroup, record.rule)}</Table.Td>
      <Table.Td style={{ whiteSpace: "nowrap" }}>{format.day(record.dueOn)}</Table.Td>
    </>
  );
}
