/**
 * How a dashboard names the values it counts, in the reader's language: the organisation's own
 * words for what its data names (sites, programmes, sources and outcomes it added; sent with the
 * figures), the catalogue's words for everything else (core/reporting/labels.ts says where), the
 * dashboard's own for a record without a value, and the code itself as a last resort.
 */
import { useTranslation } from "react-i18next";
import type { ReportingDimension } from "../../../../core/reporting/catalogue.js";
import { dimensionLabelPaths } from "../../../../core/reporting/labels.js";
import type { Dashboard } from "./dashboard-api.js";

export function useValueWords(labels: Dashboard["labels"]) {
  const { t, i18n } = useTranslation();
  return (dimension: ReportingDimension, value: string): string => {
    const own = labels[dimension]?.[value];
    if (own) return own;
    if (value === "none") return t(i18n.exists(`dashboard.none.${dimension}`) ? `dashboard.none.${dimension}` : "dashboard.none.other");
    for (const path of dimensionLabelPaths[dimension] ?? []) if (i18n.exists(`${path}.${value}`)) return t(`${path}.${value}`);
    return value.replace(/_/g, " ");
  };
}

export type ValueWords = ReturnType<typeof useValueWords>;
