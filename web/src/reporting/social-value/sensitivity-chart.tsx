/**
 * Sensitivity as a chart: the net present value (y) as each assumption — deadweight, attribution,
 * drop-off — is made lower or higher on every line at once (x, −50% to +50%), one line each, told
 * apart by colour, dash and marker, with the same figures as a table under "Show the figures".
 * Drawn by hand in SVG and mirrored for a right-to-left reader.
 */
import { Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { SensitivitySeries } from "../../../../core/social-value/index.js";
import { countScale } from "../../components/charts/chart-geometry.js";
import { ChartFigure } from "../../components/charts/chart-figure.js";
import { useChartWidth } from "../../components/charts/chart-width.js";
import { currentLanguage } from "../../i18n/i18n.js";
import { isolate } from "../../i18n/format.js";
import { changeText, useMoney } from "./social-value-words.js";

const height = 240;
const pad = { top: 12, bottom: 28, start: 72, end: 16 };
const looks = [
  { colour: "var(--mantine-color-pathways-7)", dash: undefined, marker: "circle" },
  { colour: "var(--mantine-color-orange-8)", dash: "6 4", marker: "square" },
  { colour: "var(--mantine-color-grape-7)", dash: "2 3", marker: "triangle" },
] as const;

function Marker({ kind, x, y, colour }: { kind: (typeof looks)[number]["marker"]; x: number; y: number; colour: string }) {
  if (kind === "circle") return <circle cx={x} cy={y} r={4.5} fill={colour} />;
  if (kind === "square") return <rect x={x - 4} y={y - 4} width={8} height={8} fill={colour} />;
  return <path d={`M ${x} ${y - 5} L ${x + 5} ${y + 4} L ${x - 5} ${y + 4} Z`} fill={colour} />;
}

export function SensitivityChart({ series }: { series: readonly SensitivitySeries[] }) {
  const { t, i18n } = useTranslation();
  const money = useMoney();
  const { ref, width } = useChartWidth(560);
  const isRtl = i18n.dir() === "rtl";
  const compact = new Intl.NumberFormat(currentLanguage() === "ur" ? "ur-PK" : "en-GB", { style: "currency", currency: "GBP", notation: "compact", maximumFractionDigits: 1 });
  const steps = series[0]?.points.map((point) => point.change) ?? [];
  const pounds = series.flatMap((one) => one.points.map((point) => Math.round(point.netPresentValuePence / 100)));
  const scale = countScale(pounds);
  const plotWidth = width - pad.start - pad.end;
  const xAt = (index: number) => {
    const at = pad.start + (steps.length <= 1 ? plotWidth / 2 : (plotWidth * index) / (steps.length - 1));
    return isRtl ? width - at : at;
  };
  const yAt = (value: number) => pad.top + (height - pad.top - pad.bottom) * (1 - value / scale.max);
  const asMade = series[0]?.points.find((point) => point.change === 0);
  const spread = (one: SensitivitySeries) => Math.abs((one.points.at(-1)?.netPresentValuePence ?? 0) - (one.points[0]?.netPresentValuePence ?? 0));
  const widest = [...series].sort((a, b) => spread(b) - spread(a))[0];
  const name = (one: SensitivitySeries) => t(`socialValue.parameters.${one.parameter}`);

  return (
    <ChartFigure
      title={t("socialValue.report.sensitivity")}
      summary={
        asMade && widest
          ? t("socialValue.report.sensitivitySentence", { value: isolate(money.pounds(asMade.netPresentValuePence)), parameter: t(`socialValue.parametersInSentence.${widest.parameter}`), low: isolate(money.pounds(Math.min(...widest.points.map((point) => point.netPresentValuePence)))), high: isolate(money.pounds(Math.max(...widest.points.map((point) => point.netPresentValuePence)))) })
          : t("socialValue.report.sensitivityNote")
      }
      testId="sensitivity"
      figures={{
        caption: t("socialValue.report.sensitivityNote"),
        columns: [t("socialValue.report.assumption"), ...steps.map((change) => changeText(t, change, money.share))],
        rows: series.map((one) => ({ key: one.parameter, cells: [name(one), ...one.points.map((point) => `${money.pounds(point.netPresentValuePence)}${point.isCapped ? " *" : ""}`)] })),
      }}
    >
      <Group gap="lg" wrap="wrap" aria-hidden>
        {series.map((one, index) => {
          const look = looks[index % looks.length]!;
          return (
            <Group key={one.parameter} gap={6} wrap="nowrap">
              <svg width={34} height={12} aria-hidden>
                <line x1={2} x2={32} y1={6} y2={6} stroke={look.colour} strokeWidth={2.5} strokeDasharray={look.dash} />
                <Marker kind={look.marker} x={17} y={6} colour={look.colour} />
              </svg>
              <Text size="sm">{name(one)}</Text>
            </Group>
          );
        })}
      </Group>
      <div dir="ltr" className="chart-frame" ref={ref}>
        <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={t("socialValue.report.sensitivity")} className="chart-svg">
          {scale.ticks.map((tick) => (
            <g key={tick}>
              <line x1={isRtl ? pad.end : pad.start} x2={isRtl ? width - pad.start : width - pad.end} y1={yAt(tick)} y2={yAt(tick)} className="chart-grid" />
              <text x={isRtl ? width - pad.start + 6 : pad.start - 6} y={yAt(tick) + 4} textAnchor={isRtl ? "start" : "end"} className="chart-tick">
                {isolate(compact.format(tick))}
              </text>
            </g>
          ))}
          {steps.map((change, index) => (
            <text key={change} x={xAt(index)} y={height - 8} textAnchor="middle" className="chart-tick">
              {isolate(changeText(t, change, money.share))}
            </text>
          ))}
          {series.map((one, index) => {
            const look = looks[index % looks.length]!;
            const points = one.points.map((point, at) => ({ x: xAt(at), y: yAt(point.netPresentValuePence / 100), point }));
            return (
              <g key={one.parameter}>
                <polyline points={points.map((each) => `${each.x},${each.y}`).join(" ")} fill="none" stroke={look.colour} strokeWidth={2.5} strokeDasharray={look.dash} />
                {points.map((each) => (
                  <g key={each.point.change}>
                    <title>{`${name(one)} ${changeText(t, each.point.change, money.share)}: ${money.pounds(each.point.netPresentValuePence)}`}</title>
                    <Marker kind={look.marker} x={each.x} y={each.y} colour={look.colour} />
                  </g>
                ))}
              </g>
            );
          })}
        </svg>
      </div>
    </ChartFigure>
  );
}
