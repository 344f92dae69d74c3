/** Draws certificates, one A4 landscape page each inside a border, with the shared line layout and embedded fonts; answers the PDF's bytes. */
import PDFDocument from "pdfkit";
import { pdfBytes, PdfWriter, type ParagraphStyle } from "../../../pdf/pdf-writer.js";
import type { CertificateBlock, CertificateBlockKind } from "./certificate-model.js";

const ink = "#0b4f6c";
const styles: Record<CertificateBlockKind, ParagraphStyle> = {
  organisation: { size: 14, weight: 700, color: "#52606d", after: 10 },
  title: { size: 30, weight: 700, color: ink, after: 18 },
  lead: { size: 13, color: "#323f4b", after: 4 },
  name: { size: 26, weight: 700, after: 8 },
  course: { size: 18, weight: 700, color: ink, after: 6 },
  text: { size: 12.5, color: "#323f4b", after: 4 },
  number: { size: 12, weight: 700, after: 4 },
  footer: { size: 9.5, color: "#52606d" },
};
const spaceBefore: Partial<Record<CertificateBlockKind, number>> = { number: 22, footer: 18 };

function border(doc: InstanceType<typeof PDFDocument>): void {
  const inset = 24;
  doc.rect(inset, inset, doc.page.width - 2 * inset, doc.page.height - 2 * inset).lineWidth(3).strokeColor(ink).stroke();
  doc.rect(inset + 6, inset + 6, doc.page.width - 2 * inset - 12, doc.page.height - 2 * inset - 12).lineWidth(0.75).strokeColor(ink).stroke();
}

export async function renderCertificates(pages: readonly CertificateBlock[][], options: { title: string; organisationName: string }): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    layout: "landscape",
    margins: { top: 110, bottom: 56, left: 80, right: 80 },
    lang: "en-GB",
    displayTitle: true,
    info: { Title: options.title, Author: options.organisationName, Creator: "Pathways" },
  });
  const done = pdfBytes(doc);
  const writer = new PdfWriter(doc, "ltr");
  pages.forEach((blocks, index) => {
    if (index > 0) writer.newPage();
    border(doc);
    for (const block of blocks) {
      writer.gap(spaceBefore[block.kind] ?? 0);
      writer.paragraph(block.text, { ...styles[block.kind], isCentred: true, isOwnDirection: block.isTyped === true });
    }
  });
  doc.end();
  return done;
}
