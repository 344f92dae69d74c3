/** A chart's points as a table, in a disclosure: the day, the score, its band and any reliable change. */
import { Table } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { isolate, useFormat } from "../i18n/format.js";
import { reliableChangeMark } from "./change-marks.js";
import type { OutcomeScore } from "./outcomes-api.js";

export function PointsTable({ score }: { score: OutcomeScore }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <details className="chart-figures">
      <summary>{t("outcomes.chart.showFigures")}</summary>
      <Table verticalSpacing={4} mt="xs">
        <Table.Caption>{t("outcomes.chart.figuresCaption", { score: isolate(score.label) })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("outcomes.chart.date")}</Table.Th>
            <Table.Th scope="col">{t("outcomes.chart.score")}</Table.Th>
            <Table.Th scope="col">{t("outcomes.chart.band")}</Table.Th>
            <Table.Th scope="col">{t("outcomes.chart.change")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {score.points.map((point) => {
            const mark = reliableChangeMark(point.reliableChange, score.isHigherBetter);
            return (
              <Table.Tr key={point.assessmentId}>
                <Table.Td>{format.day(point.assessedOn)}</Table.Td>
                <Table.Td>{t("outcomes.chart.valueOf", { value: format.number(point.value), max: format.number(score.range.max) })}</Table.Td>
                <Table.Td>{point.band?.label ?? t("outcomes.chart.noBand")}</Table.Td>
                <Table.Td>{mark ? t(mark.key) : t("outcomes.chart.noReliableChange")}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </details>
  );
}
