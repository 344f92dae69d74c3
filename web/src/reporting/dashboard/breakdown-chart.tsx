/**
 * One count per value as horizontal bars: the values counted at least once, most first, each named
 * in the reader's language (value-words.ts), with a sentence giving the total and the largest, or
 * saying plainly that there was nothing.
 */
import { useTranslation } from "react-i18next";
import type { ReportingDimension } from "../../../../core/reporting/catalogue.js";
import { HorizontalBarChart, type BarRow } from "../../components/charts/horizontal-bar-chart.js";
import { isolate, useFormat } from "../../i18n/format.js";
import type { ValueWords } from "./value-words.js";

interface BreakdownChartProps {
  title: string;
  nameLabel: string;
  valueLabel: string;
  dimension: ReportingDimension;
  cells: readonly { value: string; count: number }[];
  /** The metric's own total (not the sum of the bars, which differs when one unit counts under several values). */
  total: number;
  words: ValueWords;
  /** Said when nothing was counted. */
  none: string;
  /** A sentence said before the total, e.g. that one referral can count under several areas. */
  note?: string;
  testId?: string;
}

export function BreakdownChart({ title, nameLabel, valueLabel, dimension, cells, total, words, none, note, testId }: BreakdownChartProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows: BarRow[] = cells
    .filter((cell) => cell.count > 0)
    .map((cell) => ({ key: cell.value, label: words(dimension, cell.value), value: cell.count }))
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
  const top = rows[0];
  const summary = top ? [note, t("dashboard.chart.summary", { total: format.number(total), name: isolate(top.label), top: format.number(top.value) })].filter(Boolean).join(" ") : none;
  return <HorizontalBarChart title={title} summary={summary} nameLabel={nameLabel} valueLabel={valueLabel} rows={rows} headingOrder={3} testId={testId} />;
}
