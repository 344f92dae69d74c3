/**
 * One score over time, drawn by hand in SVG: dates along the bottom (left to right in any
 * language), the score's range up the side, its bands shaded lightly behind, each point labelled
 * with its value, and reliable changes marked ▲ or ▼ and named in words below. The same points are
 * in a table under "Show the figures", for screen readers and anyone who would rather read.
 */
import { Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { bandColour } from "../assessments/band-badge.js";
import { isolate, useFormat } from "../i18n/format.js";
import { bandRegions, labelledIndexes, timeScale, valueScale, valueTicks, type Plot } from "./chart-scale.js";
import { reliableChangeMark } from "./change-marks.js";
import type { OutcomeScore } from "./outcomes-api.js";
import { BandLegend } from "./band-legend.js";
import { PointsTable } from "./points-table.js";

const width = 480;
const height = 210;
const plot: Plot = { left: 44, right: width - 24, top: 22, bottom: height - 42 };

export function ScoreChart({ score }: { score: OutcomeScore }) {
  const bands = score.bands;
  const { t } = useTranslation();
  const format = useFormat();
  const titleId = useId();
  const x = timeScale(score.points.map((point) => point.assessedOn), plot);
  const y = valueScale(score.range, plot);
  const xs = score.points.map((point) => x(point.assessedOn));
  const dated = new Set(labelledIndexes(xs, 90));
  const first = score.points[0];
  const last = score.points.at(-1);
  const summary =
    first && last
      ? t("outcomes.chart.summary", {
          count: score.points.length,
          first: format.number(first.value),
          firstDate: format.day(first.assessedOn),
          last: format.number(last.value),
          lastDate: format.day(last.assessedOn),
          min: format.number(score.range.min),
          max: format.number(score.range.max),
        })
      : "";
  const regions = bandRegions(bands, score.range);
  // Labels at the ends of the time axis run inwards, clear of the value axis and the edge.
  const isEnd = (index: number) => score.points.length > 1 && (index === 0 || index === score.points.length - 1);
  const labelAnchor = (index: number) => (!isEnd(index) ? "middle" : index === 0 ? "start" : "end");
  const labelShift = (index: number) => (!isEnd(index) ? 0 : index === 0 ? 4 : -4);
  const marks = score.points.flatMap((point) => {
    const mark = reliableChangeMark(point.reliableChange, score.isHigherBetter);
    return mark ? [{ point, mark }] : [];
  });

  return (
    <Paper withBorder p="md" component="figure" m={0} aria-labelledby={titleId} className="score-chart">
      <Stack gap="xs">
        <Title order={3} size="h5" id={titleId}>
          <bdi>{score.label}</bdi>
        </Title>
        <Text size="xs" c="dimmed">
          {t(score.isHigherBetter ? "outcomes.chart.higherBetter" : "outcomes.chart.lowerBetter")}
        </Text>
        <div dir="ltr" className="chart-frame">
          <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${score.label}. ${summary}`} className="chart-svg">
            {regions.map((band) => (
              <rect key={band.from} x={plot.left} width={plot.right - plot.left} y={y(band.to)} height={y(band.from) - y(band.to)} fill={`var(--mantine-color-${bandColour(band.level)}-1)`} opacity={0.7} />
            ))}
            {valueTicks(score.range).map((tick) => (
              <g key={tick}>
                <line x1={plot.left} x2={plot.right} y1={y(tick)} y2={y(tick)} className="chart-grid" />
                <text x={plot.left - 6} y={y(tick) + 4} textAnchor="end" className="chart-tick">
                  {isolate(format.number(tick))}
                </text>
              </g>
            ))}
            <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} className="chart-axis" />
            {score.points.length > 1 && <polyline points={score.points.map((point, index) => `${xs[index]},${y(point.value)}`).join(" ")} className="chart-line" />}
            {score.points.map((point, index) => {
              const mark = reliableChangeMark(point.reliableChange, score.isHigherBetter);
              const px = xs[index] ?? 0;
              const py = y(point.value);
              return (
                <g key={point.assessmentId}>
                  <circle cx={px} cy={py} r={5} className="chart-point" />
                  <text x={px + labelShift(index)} y={py - 10} textAnchor={labelAnchor(index)} className="chart-value">
                    {isolate(format.number(point.value))}
                  </text>
                  {mark && (
                    <text x={px + 10} y={py + 5} className={`chart-mark chart-mark-${mark.key.endsWith("improved") ? "improved" : "worsened"}`}>
                      {mark.symbol}
                    </text>
                  )}
                  {dated.has(index) && (
                    <text x={px} y={plot.bottom + 18} textAnchor={labelAnchor(index)} className="chart-date">
                      {isolate(format.day(point.assessedOn))}
                    </text>
                  )}
                </g>
              );
            })}
          </svg>
        </div>
        {regions.length > 0 && <BandLegend regions={regions} />}
        {marks.length > 0 && (
          <Group gap="md" wrap="wrap">
            {marks.map(({ point, mark }) => (
              <Text key={point.assessmentId} size="sm" fw={600} className={mark.key.endsWith("improved") ? "tone-better" : "tone-worse"}>
                <span aria-hidden>{mark.symbol} </span>
                {t(mark.key)} ({format.day(point.assessedOn)})
              </Text>
            ))}
          </Group>
        )}
        {score.reliableChange !== null && (
          <Text size="xs" c="dimmed">
            {t("outcomes.chart.reliableChange", { value: format.number(score.reliableChange) })}
          </Text>
        )}
        <PointsTable score={score} />
      </Stack>
    </Paper>
  );
}
