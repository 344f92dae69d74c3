/**
 * The English words of a printed report, read from the web app's English message catalogue so the
 * file and the page name things the same way (core/reporting/labels.ts says where each
 * dimension's words are). Sites and programmes are named from the organisation's data.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ReportingDimension } from "../../../core/reporting/catalogue.js";
import { dimensionLabelPaths } from "../../../core/reporting/labels.js";

type Catalogue = Record<string, unknown>;

const i18nFolder = fileURLToPath(new URL("../../../web/src/i18n/", import.meta.url));

function loadEnglish(): Catalogue {
  const catalogue = JSON.parse(readFileSync(`${i18nFolder}en.json`, "utf8")) as Catalogue;
  for (const file of readdirSync(`${i18nFolder}sections`).filter((name) => name.endsWith(".en.json")).sort()) {
    Object.assign(catalogue, JSON.parse(readFileSync(`${i18nFolder}sections/${file}`, "utf8")) as Catalogue);
  }
  return catalogue;
}

let english: Catalogue | undefined;

/** The English text at a dotted catalogue path, with `{{name}}` filled; the path itself when missing. */
export function words(path: string, values: Record<string, string | number> = {}): string {
  english ??= loadEnglish();
  const found = path.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Catalogue)[part] : undefined), english);
  const text = typeof found === "string" ? found : path;
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ""));
}

const hasWords = (path: string): boolean => words(path) !== path;

/** A dimension value's words: the organisation's own label when it has one, else the catalogue's, else the code. */
export function valueLabel(dimension: ReportingDimension, value: string, dataLabels: Readonly<Record<string, Readonly<Record<string, string>>>>): string {
  const own = dataLabels[dimension]?.[value];
  if (own) return own;
  if (dimension === "month") return monthLabel(value);
  if (value === "none") return hasWords(`reporting.none.${dimension}`) ? words(`reporting.none.${dimension}`) : words("reporting.none.other");
  for (const path of dimensionLabelPaths[dimension] ?? []) if (hasWords(`${path}.${value}`)) return words(`${path}.${value}`);
  return value.replace(/_/g, " ");
}

/** "2026-04" as "April 2026". */
export function monthLabel(month: string): string {
  return new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${month}-01T00:00:00Z`));
}
