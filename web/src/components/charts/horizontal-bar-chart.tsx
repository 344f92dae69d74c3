/**
 * Counts by name as horizontal bars, drawn by hand in SVG: each row's name above its bar and the
 * count at the bar's end, longest first. Names run the reader's way: in Urdu the bars grow from
 * the right. Long names are shortened in the drawing (in full in the table and on hover).
 */
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { isolate, useFormat } from "../../i18n/format.js";
import { barLength } from "./chart-geometry.js";
import { ChartFigure } from "./chart-figure.js";
import { useChartWidth } from "./chart-width.js";

const rowHeight = 42;
const inset = 4;
/** Room kept after the longest bar for its count. */
const valueRoom = 48;

export interface BarRow {
  key: string;
  label: string;
  value: number;
  /** Drawn quieter: "Other partners". */
  isMuted?: boolean;
  /** Extra cells for the table, after the name and count. */
  extra?: readonly ReactNode[];
}

interface HorizontalBarChartProps {
  title: string;
  summary: string;
  nameLabel: string;
  valueLabel: string;
  rows: readonly BarRow[];
  extraColumns?: readonly string[];
  headingOrder?: 2 | 3;
  testId?: string;
}

/** About how many characters of a name fit across `width` pixels. */
const shortened = (name: string, width: number) => {
  const longest = Math.max(12, Math.floor(width / 7.5));
  return name.length > longest ? `${name.slice(0, longest - 1)}…` : name;
};

export function HorizontalBarChart({ title, summary, nameLabel, valueLabel, rows, extraColumns = [], headingOrder, testId }: HorizontalBarChartProps) {
  const { i18n } = useTranslation();
  const format = useFormat();
  const isRtl = i18n.dir() === "rtl";
  const { ref, width } = useChartWidth();
  const max = Math.max(1, ...rows.map((row) => row.value));
  const length = width - inset * 2 - valueRoom;
  const height = Math.max(rowHeight, rows.length * rowHeight) + inset;
  // Drawn left to right, then mirrored for a right-to-left reader.
  const x = (at: number) => (isRtl ? width - at : at);
  const start = isRtl ? "end" : "start";

  return (
    <ChartFigure
      title={title}
      summary={summary}
      headingOrder={headingOrder}
      testId={testId}
      figures={{
        caption: title,
        columns: [nameLabel, valueLabel, ...extraColumns],
        rows: rows.map((row) => ({ key: row.key, cells: [<bdi key="name">{row.label}</bdi>, format.number(row.value), ...(row.extra ?? [])] })),
      }}
    >
      <div dir="ltr" className="chart-frame" ref={ref}>
        {rows.length > 0 && (
          <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${title}. ${summary}`} className="chart-svg">
            {rows.map((row, index) => {
              const top = inset + index * rowHeight;
              const bar = barLength(row.value, max, length);
              return (
                <g key={row.key}>
                  <title>{`${row.label}: ${format.number(row.value)}`}</title>
                  <text x={x(inset)} y={top + 14} textAnchor={start} className="chart-bar-name">
                    {isolate(shortened(row.label, width))}
                  </text>
                  <rect x={isRtl ? width - inset - bar : inset} y={top + 20} width={bar} height={14} rx={2} className={row.isMuted ? "chart-bar chart-bar-muted" : "chart-bar"} />
                  <text x={x(inset + bar + 5)} y={top + 32} textAnchor={start} className="chart-bar-value">
                    {isolate(format.number(row.value))}
                  </text>
                </g>
              );
            })}
          </svg>
        )}
      </div>
    </ChartFigure>
  );
}
