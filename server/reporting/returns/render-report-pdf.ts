/**
 * Draws a released report as a PDF: title, what it covers, how figures are protected, the targets,
 * then each section's tables and bar charts. Only what the release holds is drawn: published
 * counts ("*" where hidden), no names, no dates finer than the month.
 */
import PDFDocument from "pdfkit";
import type { ReleasedReport } from "../../../core/api/reporting-returns.js";
import type { ReportingDimension } from "../../../core/reporting/catalogue.js";
import { quarterMonths } from "../../../core/reporting/kpi.js";
import { pdfBytes, PdfWriter, type ParagraphStyle } from "../../pdf/pdf-writer.js";
import { monthLabel, valueLabel, words } from "./report-words.js";

type Block = ReleasedReport["parts"][number]["sections"][number]["blocks"][number];
type Shown = { kind: "zero" | "suppressed" | "rounded"; value: number | null };

const style = {
  organisation: { size: 10.5, weight: 700, color: "#52606d", after: 2 },
  title: { size: 20, weight: 700, after: 4 },
  meta: { size: 10.5, color: "#323f4b", after: 2 },
  legend: { size: 9, color: "#52606d", after: 6 },
  part: { size: 16, weight: 700, color: "#0b4f6c", after: 4 },
  heading: { size: 13.5, weight: 700, color: "#0b4f6c", after: 2 },
  blockTitle: { size: 10.5, weight: 700, after: 1 },
  cell: { size: 9.5 },
  headerCell: { size: 9.5, weight: 700 },
} satisfies Record<string, ParagraphStyle>;

const statusColours: Record<string, string> = { green: "#2f8132", amber: "#b7791f", red: "#c53030" };

/** A published count as printed: "*" when hidden. */
export function shownText(shown: Shown): string {
  if (shown.kind === "suppressed" || shown.value === null) return words("reporting.table.suppressed");
  return new Intl.NumberFormat("en-GB").format(shown.value);
}

/** "2026-Q2" as "April to June 2026". */
export function quarterLabel(quarter: string): string {
  const { from, to } = quarterMonths(quarter);
  return `${monthLabel(from).split(" ")[0]} to ${monthLabel(to)}`;
}

export async function renderReportPdf(report: ReleasedReport, options: { organisationName: string; releasedAt: Date }): Promise<Buffer> {
  const title = report.kind === "quarterly_return" ? words("reporting.release.returnTitle", { contract: report.contractName ?? "" }) : words("reporting.release.trendsTitle");
  const doc = new PDFDocument({ size: "A4", margins: { top: 48, bottom: 48, left: 48, right: 48 }, lang: "en-GB", displayTitle: true, info: { Title: title, Author: options.organisationName, Creator: "Pathways" } });
  const done = pdfBytes(doc);
  const writer = new PdfWriter(doc, "ltr");
  const label = (dimension: string, value: string) => valueLabel(dimension as ReportingDimension, value, report.labels);

  writer.paragraph(options.organisationName, style.organisation);
  writer.paragraph(title, style.title);
  const period = report.parts.length === 1 ? quarterLabel(report.parts[0]!.quarter) : words("reporting.monthRange", { from: monthLabel(report.months.from), to: monthLabel(report.months.to) });
  writer.paragraph([report.funderName, period].filter(Boolean).join(" · "), style.meta);
  writer.paragraph(`${words("reporting.release.sites")}: ${report.siteNames.join(", ")}`, style.meta);
  writer.paragraph(`${words("reporting.release.releasedAt")} ${monthLabel(options.releasedAt.toISOString().slice(0, 7))}`, style.meta);
  writer.paragraph(words("reporting.legend", { below: report.rules.threshold - 1, base: report.rules.roundingBase }), style.legend);
  writer.rule();

  if (report.kpis.length > 0) {
    writer.paragraph(words("reporting.sections.kpis"), style.heading);
    const width = writer.lineWidth;
    writer.tableRow(
      [
        { text: words("reporting.kpi.measure"), width: width * 0.52 },
        { text: words("reporting.kpi.target"), width: width * 0.16, isNumber: true },
        { text: words("reporting.kpi.thisQuarter"), width: width * 0.16, isNumber: true },
        { text: words("reporting.kpi.progress"), width: width * 0.16 },
      ],
      style.headerCell,
      { shade: "#e4e7eb" },
    );
    for (const kpi of report.kpis) {
      const unit = kpi.measure === "share" ? "%" : kpi.measure === "count" ? "" : " days";
      const shown = kpi.shown.kind === "value" ? `${new Intl.NumberFormat("en-GB").format(kpi.shown.value)}${unit}` : kpi.shown.kind === "suppressed" ? "*" : "–";
      const target = kpi.target === null ? "–" : `${kpi.direction === "at_least" ? "≥" : "≤"} ${kpi.target}${unit}`;
      const status = words(`reporting.kpi.status.${kpi.status}`);
      writer.tableRow(
        [
          { text: kpi.label, width: width * 0.52 },
          { text: target, width: width * 0.16, isNumber: true },
          { text: shown, width: width * 0.16, isNumber: true },
          { text: status, width: width * 0.16, shade: statusColours[kpi.status] ? `${statusColours[kpi.status]}33` : undefined },
        ],
        style.cell,
      );
    }
    writer.gap(8);
  }

  for (const part of report.parts) {
    if (report.parts.length > 1) {
      writer.keepRoom(120);
      writer.gap(6);
      writer.paragraph(quarterLabel(part.quarter), style.part);
    }
    for (const section of part.sections) {
      writer.keepRoom(90);
      writer.gap(6);
      writer.paragraph(words(`reporting.sections.${section.id}`), style.heading);
      for (const block of section.blocks) drawBlock(writer, block, label);
    }
  }
  doc.end();
  return done;
}

function drawBlock(writer: PdfWriter, block: Block, label: (dimension: string, value: string) => string): void {
  writer.keepRoom(60);
  writer.gap(4);
  writer.paragraph(words(`reporting.blocks.${block.id}`), style.blockTitle);
  const width = writer.lineWidth;
  const total = words("reporting.table.total");
  switch (block.kind) {
    case "table": {
      const first = width * 0.34;
      const each = (width - first) / (block.columnValues.length + 1);
      writer.tableRow([{ text: "", width: first }, ...block.columnValues.map((value) => ({ text: label(block.columns, value), width: each, isNumber: true })), { text: total, width: each, isNumber: true }], style.headerCell, { shade: "#e4e7eb" });
      block.rowValues.forEach((value, row) => {
        writer.tableRow(
          [{ text: label(block.rows, value), width: first }, ...block.cells[row]!.map((cell) => ({ text: shownText(cell), width: each, isNumber: true })), { text: shownText(block.rowTotals[row]!), width: each, isNumber: true }],
          style.cell,
          row % 2 === 1 ? { shade: "#f5f7fa" } : {},
        );
      });
      writer.tableRow([{ text: total, width: first }, ...block.columnTotals.map((cell) => ({ text: shownText(cell), width: each, isNumber: true })), { text: shownText(block.grandTotal), width: each, isNumber: true }], style.headerCell, { shade: "#e4e7eb" });
      return;
    }
    case "list":
      writer.bars(
        block.values.map((value, index) => ({ label: label(block.by, value), value: block.cells[index]!.value, shown: shownText(block.cells[index]!) })),
        style.cell,
      );
      writer.tableRow([{ text: block.isAdditive ? total : words("reporting.table.totalEachOnce"), width: width * 0.8 }, { text: shownText(block.total), width: width * 0.2, isNumber: true }], style.headerCell, { shade: "#e4e7eb" });
      return;
    case "figure":
      writer.tableRow([{ text: "", width: width * 0.8 }, { text: shownText(block.shown), width: width * 0.2, isNumber: true }], style.cell);
      return;
    case "share":
      writer.tableRow(
        [
          { text: words("reporting.table.of", { part: shownText(block.part), whole: shownText(block.whole) }), width: width * 0.8 },
          { text: block.percent === null ? "*" : `${block.percent}%`, width: width * 0.2, isNumber: true },
        ],
        style.cell,
      );
      return;
    case "wait":
      writer.tableRow([{ text: words("reporting.table.waits"), width: width * 0.8 }, { text: shownText(block.waits), width: width * 0.2, isNumber: true }], style.cell);
      writer.tableRow([{ text: words("reporting.table.median"), width: width * 0.8 }, { text: block.medianDays === null ? "*" : words("reporting.table.days", { days: block.medianDays }), width: width * 0.2, isNumber: true }], style.cell);
      writer.tableRow([{ text: words("reporting.table.p90"), width: width * 0.8 }, { text: block.p90Days === null ? "*" : words("reporting.table.days", { days: block.p90Days }), width: width * 0.2, isNumber: true }], style.cell);
      return;
  }
}
