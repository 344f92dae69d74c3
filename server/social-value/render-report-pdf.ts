/**
 * Draws a social-value report as a PDF a commissioner can be given: what it covers, the headline
 * (gross value, each deduction, net present value), fiscal savings by agency, economic and social
 * value, the cost with the return per £1 and the payback period, the outcomes counted, how each
 * was valued (catalogue entry, version and every assumption), the sensitivity of the total, and
 * the sources. Only the published version is drawn (core/social-value/publish.ts): every count
 * through the disclosure engine, hidden ones valued at one each and shown together. No names.
 */
import PDFDocument from "pdfkit";
import type { PublishedSocialValue } from "../../core/social-value/index.js";
import { sensitivityOf, type UnitCostEntry } from "../../core/social-value/index.js";
import { pdfBytes, PdfWriter, type ParagraphStyle } from "../pdf/pdf-writer.js";
import { monthLabel, words } from "../reporting/returns/report-words.js";
import { describedPrices, formatted, outcomeWords } from "./report-words.js";

const style = {
  organisation: { size: 10.5, weight: 700, color: "#52606d", after: 2 },
  title: { size: 20, weight: 700, after: 4 },
  meta: { size: 10.5, color: "#323f4b", after: 2 },
  legend: { size: 9, color: "#52606d", after: 6 },
  heading: { size: 13.5, weight: 700, color: "#0b4f6c", after: 2 },
  note: { size: 9, color: "#52606d", after: 4 },
  cell: { size: 9 },
  headerCell: { size: 9, weight: 700 },
} satisfies Record<string, ParagraphStyle>;

export interface ReportFacts {
  readonly organisationName: string;
  readonly scopeTitle: string;
  readonly funderName: string | null;
  readonly siteNames: readonly string[];
  readonly months: { from: string; to: string };
  readonly sequence: number;
  readonly madeAt: Date;
  readonly outcomeLabels: Readonly<Record<string, string>>;
  /** The catalogue entries as the calculation used them. */
  readonly entries: readonly UnitCostEntry[];
}

const w = (key: string, values: Record<string, string | number> = {}) => words(`socialValue.report.${key}`, values);

export async function renderSocialValuePdf(published: PublishedSocialValue, facts: ReportFacts): Promise<Buffer> {
  const title = w("pdfTitle", { scope: facts.scopeTitle });
  const doc = new PDFDocument({ size: "A4", margins: { top: 48, bottom: 48, left: 48, right: 48 }, lang: "en-GB", displayTitle: true, info: { Title: title, Author: facts.organisationName, Creator: "Pathways" } });
  const done = pdfBytes(doc);
  const writer = new PdfWriter(doc, "ltr");
  const { result } = published;
  const width = writer.lineWidth;
  const row = (label: string, figure: string, options: { isHeader?: boolean; shade?: string } = {}) =>
    writer.tableRow([{ text: label, width: width * 0.72 }, { text: figure, width: width * 0.28, isNumber: true }], options.isHeader ? style.headerCell : style.cell, options.shade ? { shade: options.shade } : {});
  const heading = (key: string) => {
    writer.keepRoom(80);
    writer.gap(6);
    writer.paragraph(w(key), style.heading);
  };

  writer.paragraph(facts.organisationName, style.organisation);
  writer.paragraph(title, style.title);
  writer.paragraph([facts.funderName, w("period", { from: monthLabel(facts.months.from), to: monthLabel(facts.months.to) })].filter(Boolean).join(" · "), style.meta);
  writer.paragraph(`${w("sites")}: ${facts.siteNames.join(", ")}`, style.meta);
  writer.paragraph(w("versionMade", { sequence: facts.sequence, month: monthLabel(facts.madeAt.toISOString().slice(0, 7)) }), style.meta);
  writer.paragraph(describedPrices(result), style.meta);
  writer.paragraph(w("legend", { below: published.rules.threshold - 1, base: published.rules.roundingBase }), style.legend);
  writer.rule();

  heading("headline");
  const { total } = result;
  row(w("gross"), formatted.pounds(total.grossPence), { isHeader: true });
  for (const key of ["deadweight", "attribution", "displacement", "dropOff", "optimismBias", "discounting"] as const) {
    row(w(`less.${key}`), `− ${formatted.pounds(total.deductions[`${key}Pence`])}`);
  }
  row(w("netPresentValue"), formatted.pounds(total.netPresentValuePence), { isHeader: true, shade: "#e4e7eb" });

  heading("byKind");
  for (const kind of ["fiscal", "economic", "social"] as const) row(words(`socialValue.kinds.${kind}`), formatted.pounds(result.byKind[kind].netPresentValuePence));

  heading("byAgency");
  if (result.fiscalByAgency.length === 0) writer.paragraph(w("noFiscal"), style.note);
  writer.bars(
    [...result.fiscalByAgency].sort((a, b) => b.netPresentValuePence - a.netPresentValuePence).map((agency) => ({ label: words(`socialValue.agencies.${agency.agency}`), value: agency.netPresentValuePence, shown: formatted.pounds(agency.netPresentValuePence) })),
    style.cell,
  );

  heading("costAndReturn");
  row(w("cost"), formatted.pounds(result.deliveryCost.upratedPence));
  row(w("returnPublic"), formatted.perPound(result.returnPerPound.publicValuePence));
  row(w("returnFiscal"), formatted.perPound(result.returnPerPound.fiscalPence));
  row(w("payback"), formatted.years(result.paybackYears.publicValue));

  heading("outcomes");
  writer.tableRow(
    [
      { text: w("outcome"), width: width * 0.6 },
      { text: w("count"), width: width * 0.15, isNumber: true },
      { text: w("value"), width: width * 0.25, isNumber: true },
    ],
    style.headerCell,
    { shade: "#e4e7eb" },
  );
  const valueOf = (outcomeCode: string) => result.lines.filter((line) => line.outcomeCode === outcomeCode).reduce((sum, line) => sum + line.stages.presentValuePence, 0);
  for (const outcome of published.outcomes.filter((each) => each.shown.kind !== "suppressed")) {
    writer.tableRow(
      [
        { text: outcomeWords(outcome.outcomeCode, facts.outcomeLabels), width: width * 0.6 },
        { text: outcome.shown.value === null ? "*" : formatted.count(outcome.shown.value), width: width * 0.15, isNumber: true },
        { text: outcome.isValued ? formatted.pounds(valueOf(outcome.outcomeCode)) : w("notValued"), width: width * 0.25, isNumber: true },
      ],
      style.cell,
    );
  }
  if (published.hidden) {
    writer.tableRow(
      [
        { text: w("hiddenRow"), width: width * 0.6 },
        { text: "*", width: width * 0.15, isNumber: true },
        { text: formatted.pounds(published.hidden.summary.netPresentValuePence), width: width * 0.25, isNumber: true },
      ],
      style.cell,
    );
    writer.paragraph(w("hiddenTogether", { outcomes: published.hidden.outcomeCodes.map((code) => outcomeWords(code, facts.outcomeLabels)).join(", ") }), style.note);
    writer.paragraph(w("hiddenNote"), style.note);
  }

  heading("assumptions");
  writer.paragraph(w("assumptionsNote"), style.note);
  const hidden = new Set(published.hidden?.outcomeCodes ?? []);
  const seen = new Set<string>();
  for (const line of result.lines) {
    // A hidden outcome's lines are valued at a count of one: their assumptions are shown once, without a figure that could be tied to it alone.
    const key = `${line.outcomeCode}:${line.lineNumber}:${line.kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const p = line.parameters;
    writer.keepRoom(40);
    writer.paragraph(
      w("assumptionLine", {
        outcome: outcomeWords(line.outcomeCode, facts.outcomeLabels),
        entry: `${line.entry.code} v${line.entry.version}`,
        kind: words(`socialValue.kinds.${line.kind}`),
        quantity: formatted.count(p.quantity),
        duration: formatted.years(p.durationYears),
        deadweight: formatted.share(p.deadweight),
        attribution: formatted.share(p.attribution),
        displacement: formatted.share(p.displacement),
        dropOff: formatted.share(p.dropOff),
        optimismBias: formatted.share(p.optimismBias),
      }) + (hidden.has(line.outcomeCode) ? "" : ` ${w("lineValue", { value: formatted.pounds(line.stages.presentValuePence) })}`),
      { size: 9, after: 3 },
    );
  }

  heading("sensitivity");
  writer.paragraph(w("sensitivityNote"), style.note);
  const series = sensitivityOf(result);
  const steps = series[0]?.points.map((point) => point.change) ?? [];
  const first = width * 0.28;
  const each = (width - first) / Math.max(1, steps.length);
  writer.tableRow([{ text: "", width: first }, ...steps.map((change) => ({ text: formatted.change(change), width: each, isNumber: true }))], style.headerCell, { shade: "#e4e7eb" });
  for (const one of series) {
    writer.tableRow([{ text: words(`socialValue.parameters.${one.parameter}`), width: first }, ...one.points.map((point) => ({ text: formatted.pounds(point.netPresentValuePence), width: each, isNumber: true }))], style.cell);
  }

  heading("sources");
  for (const entry of facts.entries) {
    writer.paragraph(`${entry.code} v${entry.version} — ${entry.description} (${entry.priceYear} ${w("prices")}). ${entry.source.citation}${entry.source.url ? ` ${entry.source.url}` : ""}`, { size: 8.5, color: "#323f4b", after: 2 });
  }
  writer.gap(4);
  writer.paragraph(w("method"), style.note);
  doc.end();
  return done;
}
