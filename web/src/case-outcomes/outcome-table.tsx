/** A case's recorded outcomes as a table: the outcome in words, the day achieved, the evidence, and who recorded it when. */
import { Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { isolate, useFormat } from "../i18n/format.js";
import { closureOutcomeLabel } from "../support-vocabulary/labels.js";
import type { OutcomeType } from "../support-vocabulary/support-vocabulary-api.js";
import type { CaseOutcome } from "./case-outcomes-api.js";

export function OutcomeTable({ outcomes, vocabulary }: { outcomes: readonly CaseOutcome[]; vocabulary: readonly OutcomeType[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("caseOutcomes.columns.outcome")}</Table.Th>
            <Table.Th scope="col">{t("caseOutcomes.columns.achievedOn")}</Table.Th>
            <Table.Th scope="col">{t("caseOutcomes.columns.evidence")}</Table.Th>
            <Table.Th scope="col">{t("caseOutcomes.columns.recorded")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {outcomes.map((outcome) => (
            <Table.Tr key={outcome.id}>
              <Table.Th scope="row" fw={600}>
                <bdi>{closureOutcomeLabel(outcome.code, t, vocabulary)}</bdi>
              </Table.Th>
              <Table.Td style={{ whiteSpace: "nowrap" }}>{format.day(outcome.achievedOn)}</Table.Td>
              <Table.Td>
                <Text size="sm" dir="auto" style={{ whiteSpace: "pre-wrap" }}>
                  {outcome.evidence}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{t("caseOutcomes.recordedByAt", { who: isolate(outcome.recordedByName ?? t("caseOutcomes.someone")), at: isolate(format.dateTime(outcome.recordedAt)) })}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
