/** Draws a summary's blocks (summary-model.ts) on A4 pages with the embedded fonts; answers the PDF's bytes. */
import PDFDocument from "pdfkit";
import { pdfBytes, PdfWriter, type ParagraphStyle } from "../../pdf/pdf-writer.js";
import type { BlockKind, SummaryModel } from "./summary-model.js";

const styles: Record<BlockKind, ParagraphStyle> = {
  organisation: { size: 11, weight: 700, color: "#52606d", after: 2 },
  title: { size: 22, weight: 700, after: 6 },
  notice: { size: 11, weight: 700, color: "#8a4b00", after: 8 },
  intro: { size: 12, after: 4 },
  text: { size: 12, after: 4 },
  heading: { size: 15, weight: 700, color: "#0b4f6c", after: 2 },
  item: { size: 12.5, weight: 700, after: 0 },
  detail: { size: 11.5, indent: 14, color: "#323f4b", after: 0 },
  footer: { size: 9.5, color: "#52606d" },
};

const spaceBefore: Partial<Record<BlockKind, number>> = { heading: 14, item: 8, footer: 18 };

export async function renderSummary(model: SummaryModel, options: { organisationName: string }): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 56, bottom: 56, left: 60, right: 60 },
    lang: model.language,
    displayTitle: true,
    info: { Title: model.title, Author: options.organisationName, Creator: "Pathways" },
  });
  const done = pdfBytes(doc);
  const writer = new PdfWriter(doc, model.direction);
  for (const block of model.blocks) {
    const before = spaceBefore[block.kind] ?? 0;
    // A heading or an item keeps its first lines with it on the page.
    if (block.kind === "heading" || block.kind === "item") writer.keepRoom(before + 60);
    writer.gap(before);
    if (block.kind === "footer") writer.rule();
    writer.paragraph(block.text, { ...styles[block.kind], isOwnDirection: block.isTyped === true });
  }
  doc.end();
  return done;
}
