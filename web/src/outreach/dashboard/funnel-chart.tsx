/**
 * From outreach to support, as a funnel drawn by hand in SVG: the follow-up contacts made at
 * sessions, the referrals that came from sessions, and the people who went on to get support, each
 * a centred bar as wide as its share of the widest, with the step's rate beside its name.
 */
import { useTranslation } from "react-i18next";
import type { OutreachDashboard } from "../../../../core/api/outreach-dashboard.js";
import { isolate, useFormat } from "../../i18n/format.js";
import { barLength } from "../../components/charts/chart-geometry.js";
import { ChartFigure } from "../../components/charts/chart-figure.js";
import { useChartWidth } from "../../components/charts/chart-width.js";

const rowHeight = 54;

export function FunnelChart({ conversion }: { conversion: OutreachDashboard["conversion"] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { ref, width } = useChartWidth();
  const barWidth = width - 16;
  const percent = (rate: number | null) => (rate === null ? null : `${format.number(Math.round(rate * 100))}%`);
  const steps = [
    { key: "contacts", value: conversion.contacts, rate: null },
    { key: "referrals", value: conversion.referrals, rate: percent(conversion.referralRate) },
    { key: "engaged", value: conversion.engaged, rate: percent(conversion.engagementRate) },
  ] as const;
  const max = Math.max(1, ...steps.map((step) => step.value));
  const name = (key: (typeof steps)[number]["key"]) => t(`outreachDashboard.funnel.${key}`);
  const summary = t("outreachDashboard.funnel.summary", {
    contacts: format.number(conversion.contacts),
    referrals: format.number(conversion.referrals),
    engaged: format.number(conversion.engaged),
  });
  const title = t("outreachDashboard.funnel.title");
  return (
    <ChartFigure
      title={title}
      summary={summary}
      testId="outreach-funnel"
      figures={{
        caption: title,
        columns: [t("outreachDashboard.funnel.step"), t("outreachDashboard.chart.count"), t("outreachDashboard.funnel.rate")],
        rows: steps.map((step) => ({ key: step.key, cells: [name(step.key), format.number(step.value), step.rate ?? "—"] })),
      }}
    >
      <div dir="ltr" className="chart-frame" ref={ref}>
        <svg viewBox={`0 0 ${width} ${steps.length * rowHeight + 4}`} role="img" aria-label={`${title}. ${summary}`} className="chart-svg">
          {steps.map((step, index) => {
            const top = 4 + index * rowHeight;
            const bar = barLength(step.value, max, barWidth);
            const label = step.rate === null ? `${name(step.key)}: ${format.number(step.value)}` : t("outreachDashboard.funnel.withRate", { step: name(step.key), value: format.number(step.value), rate: step.rate });
            return (
              <g key={step.key}>
                <text x={width / 2} y={top + 15} textAnchor="middle" className="chart-bar-name">
                  {isolate(label)}
                </text>
                <rect x={(width - bar) / 2} y={top + 22} width={bar} height={20} rx={3} className={`chart-bar outreach-funnel-${index}`} />
              </g>
            );
          })}
        </svg>
      </div>
    </ChartFigure>
  );
}
