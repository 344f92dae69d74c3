/**
 * A released report as CSV, one published figure per line: quarter, section, what is counted, up to
 * two breakdowns with their values, and the figure as published ("*" where hidden). The same
 * figures as the PDF, for a funder's own spreadsheets. RFC 4180 quoting; a cell that a spreadsheet
 * would read as a formula is prefixed with an apostrophe.
 */
import type { ReleasedReport } from "../../../core/api/reporting-returns.js";
import type { ReportingDimension } from "../../../core/reporting/catalogue.js";
import { toCsv } from "../../../core/csv.js";
import { shownText } from "./render-report-pdf.js";
import { valueLabel, words } from "./report-words.js";

const header = ["quarter", "section", "figure", "breakdown_1", "value_1", "breakdown_2", "value_2", "published"];

export function renderReportCsv(report: ReleasedReport): string {
  const lines: string[][] = [header];
  const label = (dimension: string, value: string) => valueLabel(dimension as ReportingDimension, value, report.labels);
  const total = words("reporting.table.total");
  for (const kpi of report.kpis) {
    const shown = kpi.shown.kind === "value" ? String(kpi.shown.value) : kpi.shown.kind === "suppressed" ? "*" : "";
    lines.push([report.parts[0]?.quarter ?? "", "kpis", kpi.label, "target", kpi.target === null ? "" : String(kpi.target), "status", kpi.status, shown]);
  }
  for (const part of report.parts) {
    for (const section of part.sections) {
      for (const block of section.blocks) {
        const figure = words(`reporting.blocks.${block.id}`);
        const row = (cells: readonly string[], shown: string) => lines.push([part.quarter, section.id, figure, ...cells, shown]);
        switch (block.kind) {
          case "table":
            block.rowValues.forEach((rowValue, r) => {
              block.columnValues.forEach((columnValue, c) => row([block.rows, label(block.rows, rowValue), block.columns, label(block.columns, columnValue)], shownText(block.cells[r]![c]!)));
              row([block.rows, label(block.rows, rowValue), block.columns, total], shownText(block.rowTotals[r]!));
            });
            block.columnValues.forEach((columnValue, c) => row([block.rows, total, block.columns, label(block.columns, columnValue)], shownText(block.columnTotals[c]!)));
            row([block.rows, total, block.columns, total], shownText(block.grandTotal));
            break;
          case "list":
            block.values.forEach((value, index) => row([block.by, label(block.by, value), "", ""], shownText(block.cells[index]!)));
            row([block.by, total, "", ""], shownText(block.total));
            break;
          case "figure":
            row(["", "", "", ""], shownText(block.shown));
            break;
          case "share":
            row(["measure", "part", "", ""], shownText(block.part));
            row(["measure", "whole", "", ""], shownText(block.whole));
            row(["measure", "percent", "", ""], block.percent === null ? "*" : String(block.percent));
            break;
          case "wait":
            row(["measure", "waits", "", ""], shownText(block.waits));
            row(["measure", "median_days", "", ""], block.medianDays === null ? "*" : String(block.medianDays));
            row(["measure", "p90_days", "", ""], block.p90Days === null ? "*" : String(block.p90Days));
            break;
        }
      }
    }
  }
  return toCsv(lines);
}
