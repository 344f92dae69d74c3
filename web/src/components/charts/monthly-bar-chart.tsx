/**
 * One count per month as bars, drawn by hand in SVG: months along the bottom (left to right in any
 * language, like the project's other time charts), a count axis from zero up the side, each bar's
 * value above it when there is room, and the year under the first month labelled and each new year.
 */
import { useTranslation } from "react-i18next";
import { isolate, useFormat } from "../../i18n/format.js";
import { barSlots, countScale, figureWidth, labelledMonths } from "./chart-geometry.js";
import { ChartFigure } from "./chart-figure.js";
import { useChartWidth } from "./chart-width.js";
import { monthLong, monthShort, yearOf } from "./month-names.js";

const height = 210;

interface MonthlyBarChartProps {
  title: string;
  /** The column heading and the words for one month's figure in the table. */
  valueLabel: string;
  months: readonly { month: string; value: number }[];
  /** Said instead of the total and busiest month: for counts that do not add up across months (different people). */
  summary?: string;
  headingOrder?: 2 | 3;
  testId?: string;
}

export function MonthlyBarChart({ title, valueLabel, months, summary: givenSummary, headingOrder, testId }: MonthlyBarChartProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { ref, width } = useChartWidth();
  const { max, ticks } = countScale(months.map((month) => month.value));
  // Room on the left for the longest tick figure (11px), and each bar's figure (12.5px, bold) only
  // where the longest of them fits its slot.
  const widestTick = Math.max(...ticks.map((tick) => format.number(tick).length));
  const plot = { left: Math.max(44, figureWidth(widestTick, 11) + 10), right: width - 8, top: 18, bottom: height - 40 };
  const y = (value: number) => plot.bottom - (value / max) * (plot.bottom - plot.top);
  const slots = barSlots(months.length, plot.left, plot.right);
  const slotWidth = months.length === 0 ? 0 : (plot.right - plot.left) / months.length;
  const labelled = new Set(labelledMonths(months.length, slotWidth, 40));
  const widestValue = Math.max(0, ...months.map((month) => format.number(month.value).length));
  const showValues = slotWidth >= Math.max(26, figureWidth(widestValue, 13.5) + 4);
  // The year goes under the first month labelled and wherever a labelled month starts a new year.
  const labelledList = [...labelled].sort((a, b) => a - b);
  const yearShown = new Set(labelledList.filter((index, position) => position === 0 || yearOf(months[index]!.month) !== yearOf(months[labelledList[position - 1]!]!.month)));
  const total = months.reduce((sum, month) => sum + month.value, 0);
  const busiest = months.reduce<{ month: string; value: number } | null>((best, month) => (month.value > (best?.value ?? 0) ? month : best), null);
  const summary =
    givenSummary ??
    (busiest
      ? t("charts.monthlySummary", { total: format.number(total), months: format.number(months.length), max: format.number(busiest.value), month: isolate(monthLong(busiest.month)) })
      : t("charts.monthlyNone", { months: format.number(months.length) }));

  return (
    <ChartFigure
      title={title}
      summary={summary}
      headingOrder={headingOrder}
      testId={testId}
      figures={{
        caption: title,
        columns: [t("charts.month"), valueLabel],
        rows: months.map((month) => ({ key: month.month, cells: [monthLong(month.month), format.number(month.value)] })),
      }}
    >
      <div dir="ltr" className="chart-frame" ref={ref}>
        <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${title}. ${summary}`} className="chart-svg">
          {ticks.map((tick) => (
            <g key={tick}>
              <line x1={plot.left} x2={plot.right} y1={y(tick)} y2={y(tick)} className="chart-grid" />
              <text x={plot.left - 5} y={y(tick) + 4} textAnchor="end" className="chart-tick">
                {isolate(format.number(tick))}
              </text>
            </g>
          ))}
          {months.map((month, index) => {
            const slot = slots[index]!;
            const top = y(month.value);
            return (
              <g key={month.month}>
                {month.value > 0 && <rect x={slot.x} y={top} width={slot.width} height={Math.max(1, plot.bottom - top)} rx={2} className="chart-bar" />}
                {showValues && month.value > 0 && (
                  <text x={slot.centre} y={top - 4} textAnchor="middle" className="chart-bar-value">
                    {isolate(format.number(month.value))}
                  </text>
                )}
                {labelled.has(index) && (
                  <text x={slot.centre} y={plot.bottom + 15} textAnchor="middle" className="chart-date">
                    {isolate(monthShort(month.month))}
                  </text>
                )}
                {yearShown.has(index) && (
                  <text x={slot.centre} y={plot.bottom + 29} textAnchor="middle" className="chart-date">
                    {isolate(yearOf(month.month))}
                  </text>
                )}
              </g>
            );
          })}
          <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} className="chart-axis" />
        </svg>
      </div>
    </ChartFigure>
  );
}
