/**
 * How a released report's values are named on the page, in the reader's language: the
 * organisation's own names for sites, programmes and sources it added (sent with the report), the
 * catalogue's words for everything else (core/reporting/labels.ts says where), months and quarters
 * written the language's way. A published count is its number, or "*" when hidden.
 */
import { useTranslation } from "react-i18next";
import type { ReportingDimension } from "../../../../core/reporting/catalogue.js";
import { dimensionLabelPaths } from "../../../../core/reporting/labels.js";
import { quarterMonths } from "../../../../core/reporting/kpi.js";
import { currentLanguage } from "../../i18n/i18n.js";
import { formatNumber } from "../../i18n/format.js";

export interface Shown {
  kind: "zero" | "suppressed" | "rounded";
  value: number | null;
}

export type DataLabels = Readonly<Record<string, Readonly<Record<string, string>>>>;

const locales = { en: "en-GB", ur: "ur-PK" } as const;

export function useReportWords(dataLabels: DataLabels = {}) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage();
  const month = (value: string, style: "long" | "short" = "long") =>
    new Intl.DateTimeFormat(locales[language], { month: style, year: "numeric", timeZone: "UTC" }).format(new Date(`${value}-01T00:00:00Z`));
  const monthOnly = (value: string) => new Intl.DateTimeFormat(locales[language], { month: "long", timeZone: "UTC" }).format(new Date(`${value}-01T00:00:00Z`));
  return {
    month,
    /** "2026-Q2" as "April to June 2026". */
    quarter: (quarter: string) => {
      const { from, to } = quarterMonths(quarter);
      return t("reporting.quarter", { from: monthOnly(from), to: month(to) });
    },
    /** "2026-Q2" as "Apr–Jun 2026", for a column heading. */
    shortQuarter: (quarter: string) => {
      const { from, to } = quarterMonths(quarter);
      const short = (value: string) => new Intl.DateTimeFormat(locales[language], { month: "short", timeZone: "UTC" }).format(new Date(`${value}-01T00:00:00Z`));
      return t("reporting.shortQuarter", { from: short(from), to: short(to), year: from.slice(0, 4) });
    },
    months: (range: { from: string; to: string }) => (range.from === range.to ? month(range.from) : t("reporting.monthRange", { from: month(range.from), to: month(range.to) })),
    /** A dimension value's words: the organisation's own, else the catalogue's, else the code. */
    value: (dimension: string, value: string) => {
      const own = dataLabels[dimension]?.[value];
      if (own) return own;
      if (dimension === "month") return month(value, "short");
      if (value === "none") return t(i18n.exists(`reporting.none.${dimension}`) ? `reporting.none.${dimension}` : "reporting.none.other");
      for (const path of dimensionLabelPaths[dimension as ReportingDimension] ?? []) if (i18n.exists(`${path}.${value}`)) return t(`${path}.${value}`);
      return value.replace(/_/g, " ");
    },
    /** A published count as shown: its number, or "*" when hidden. */
    shown: (shown: Shown) => (shown.kind === "suppressed" || shown.value === null ? t("reporting.table.suppressed") : formatNumber(shown.value, language)),
    number: (value: number) => formatNumber(value, language),
  };
}

export type ReportWords = ReturnType<typeof useReportWords>;
