/**
 * Writes paragraphs into a PDFKit document with our own line layout, because PDFKit lays text out
 * left to right only: each word is split into runs by the font that covers them (fonts.ts), lines
 * are filled word by word, and each line's words are drawn in bidirectional order (bidi.ts) from the
 * side the paragraph starts on. Pages break between lines. Shared by every printed paper (the
 * client's care plan summary, the panel's papers, training certificates).
 */
import type PDFDocument from "pdfkit";
import { directionOfWord, mirrored, paragraphDirection, splitAffixes, visualOrder, type Direction } from "./bidi.js";
import { covers, fontFaces, type FontFace, type Weight } from "./fonts.js";

type Doc = InstanceType<typeof PDFDocument>;

interface Run {
  text: string;
  face: FontFace;
}

interface Word {
  runs: Run[];
  width: number;
  text: string;
}

export interface ParagraphStyle {
  size: number;
  weight?: Weight;
  color?: string;
  /** Extra space from the start side (left in left-to-right pages, right in right-to-left ones). */
  indent?: number;
  /** Space after the paragraph, in points. */
  after?: number;
  /** For text people typed: its direction is its own first strong letter's, not the page's. */
  isOwnDirection?: boolean;
  /** Each line centred between the margins (a certificate's), the indent ignored. */
  isCentred?: boolean;
}

const lineHeightRatio = 1.75;

/** The document's bytes once it is ended: call before drawing, then `doc.end()`. */
export function pdfBytes(doc: Doc): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
}

export class PdfWriter {
  private y: number;
  private readonly faces: readonly FontFace[];

  constructor(
    private readonly doc: Doc,
    private readonly direction: Direction,
  ) {
    this.faces = fontFaces();
    for (const face of this.faces) doc.registerFont(face.name, face.data);
    this.y = doc.page.margins.top;
  }

  private get left(): number {
    return this.doc.page.margins.left;
  }

  private get right(): number {
    return this.doc.page.width - this.doc.page.margins.right;
  }

  private get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  private faceFor(codePoint: number, weight: Weight, current: FontFace | null): FontFace {
    if (current && covers(current, codePoint)) return current;
    const ofWeight = this.faces.filter((face) => face.weight === weight);
    return ofWeight.find((face) => covers(face, codePoint)) ?? ofWeight[0]!;
  }

  private options(face: FontFace): PDFKit.Mixins.TextOptions {
    // PDFKit passes `features` to fontkit, which also takes an object turning features off; the types know only the list form.
    return face.features ? { features: face.features as unknown as PDFKit.Mixins.OpenTypeFeatures[] } : {};
  }

  private measure(run: Run, size: number): number {
    return this.doc.font(run.face.name).fontSize(size).widthOfString(run.text, this.options(run.face));
  }

  /** A word's runs by font; a right-to-left word's brackets mirrored (its glyphs are drawn in reverse). */
  private wordOf(text: string, size: number, weight: Weight, direction: Direction | null = directionOfWord(text)): Word {
    const runs: Run[] = [];
    for (const char of direction === "rtl" ? mirrored(text) : text) {
      const last = runs.at(-1);
      const face = this.faceFor(char.codePointAt(0)!, weight, last?.face ?? null);
      if (last && last.face === face) last.text += char;
      else runs.push({ text: char, face });
    }
    return { runs, width: runs.reduce((sum, run) => sum + this.measure(run, size), 0), text };
  }

  /** Leaves `points` of space (a new page starts when a line no longer fits). */
  gap(points: number): void {
    this.y += points;
  }

  /** Starts a new page unless `points` of room are left on this one. */
  keepRoom(points: number): void {
    if (this.y + points > this.bottom) this.newPage();
  }

  /** Starts a new page (one per certificate, say). */
  newPage(): void {
    this.doc.addPage();
    this.y = this.doc.page.margins.top;
  }

  /** A thin line across the page. */
  rule(color = "#9aa5b1"): void {
    this.doc.moveTo(this.left, this.y).lineTo(this.right, this.y).lineWidth(0.75).strokeColor(color).stroke();
    this.y += 8;
  }

  /** The width between the margins. */
  get lineWidth(): number {
    return this.right - this.left;
  }

  /**
   * One row of a table, left to right: each cell in its own column (widths in points, which should
   * add up to at most the line), a number set against its column's end, text cut short with "…"
   * when it does not fit. An optional shade fills the row behind the text.
   */
  tableRow(cells: readonly { text: string; width: number; isNumber?: boolean; shade?: string }[], style: ParagraphStyle, options: { shade?: string } = {}): void {
    const height = style.size * 1.6;
    this.keepRoom(height);
    const weight = style.weight ?? 400;
    if (options.shade) this.doc.rect(this.left, this.y, cells.reduce((sum, cell) => sum + cell.width, 0), height).fill(options.shade);
    const baseline = this.y + style.size * 1.15;
    let x = this.left;
    for (const cell of cells) {
      if (cell.shade) this.doc.rect(x, this.y, cell.width, height).fill(cell.shade);
      const room = cell.width - 8;
      let word = this.wordOf(cell.text, style.size, weight, "ltr");
      for (let kept = cell.text.length - 1; word.width > room && kept > 0; kept -= 1) word = this.wordOf(`${cell.text.slice(0, kept)}…`, style.size, weight, "ltr");
      let at = cell.isNumber ? x + cell.width - 4 - word.width : x + 4;
      for (const run of word.runs) {
        if (run.text.trim() !== "") {
          this.doc
            .font(run.face.name)
            .fontSize(style.size)
            .fillColor(style.color ?? "#1f2933")
            .text(run.text, at, baseline, { lineBreak: false, baseline: "alphabetic", ...this.options(run.face) });
        }
        at += this.measure(run, style.size);
      }
      x += cell.width;
    }
    this.y += height;
  }

  /** Horizontal bars, one per row, each as long as its share of the largest; a label and figure beside it. */
  bars(rows: readonly { label: string; value: number | null; shown: string }[], style: ParagraphStyle, color = "#0b4f6c"): void {
    const largest = Math.max(1, ...rows.map((row) => row.value ?? 0));
    const labelWidth = this.lineWidth * 0.38;
    const figureWidth = 48;
    const barRoom = this.lineWidth - labelWidth - figureWidth - 8;
    for (const row of rows) {
      const height = style.size * 1.6;
      this.keepRoom(height);
      const top = this.y;
      this.tableRow(
        [
          { text: row.label, width: labelWidth },
          { text: "", width: barRoom + 8 },
          { text: row.shown, width: figureWidth, isNumber: true },
        ],
        style,
      );
      if (row.value !== null && row.value > 0) this.doc.rect(this.left + labelWidth + 4, top + height * 0.2, Math.max(1, (barRoom * row.value) / largest), height * 0.6).fill(color);
    }
  }

  /** Writes text as one or more paragraphs (a new one at each line break). */
  paragraph(text: string, style: ParagraphStyle): void {
    for (const line of text.split(/\r?\n/u)) {
      if (line.trim() !== "") this.writeParagraph(line, style);
    }
    this.y += style.after ?? 0;
  }

  private writeParagraph(text: string, style: ParagraphStyle): void {
    const weight = style.weight ?? 400;
    const base = style.isOwnDirection ? paragraphDirection(text, this.direction) : this.direction;
    const indent = style.indent ?? 0;
    const width = this.right - this.left - indent;
    const space = this.wordOf(" ", style.size, weight);
    // A chunk is one word as typed: its punctuation split off (so it can take its own direction),
    // and the space before it, which is a token too, so the bidi order places it as a browser would.
    const chunks = text
      .split(/\s+/u)
      .filter((word) => word !== "")
      .flatMap((word) => this.fitted(this.wordOf(word, style.size, weight), width, style.size, weight))
      .map((word) => splitAffixes(word.text).map((part) => this.wordOf(part, style.size, weight)));
    let line: Word[] = [];
    let used = 0;
    for (const chunk of chunks) {
      const chunkWidth = chunk.reduce((sum, word) => sum + word.width, 0);
      if (line.length > 0 && used + space.width + chunkWidth > width) {
        this.drawLine(line, base, indent, style);
        line = [];
        used = 0;
      }
      if (line.length > 0) {
        line.push(space);
        used += space.width;
      }
      line.push(...chunk);
      used += chunkWidth;
    }
    if (line.length > 0) this.drawLine(line, base, indent, style);
  }

  /** A word wider than the line (a long link, say) is cut into pieces that fit. */
  private fitted(word: Word, width: number, size: number, weight: Weight): Word[] {
    if (word.width <= width) return [word];
    const pieces: Word[] = [];
    let piece = "";
    for (const char of word.text) {
      if (piece !== "" && this.wordOf(piece + char, size, weight).width > width) {
        pieces.push(this.wordOf(piece, size, weight));
        piece = "";
      }
      piece += char;
    }
    if (piece !== "") pieces.push(this.wordOf(piece, size, weight));
    return pieces;
  }

  private drawLine(line: readonly Word[], base: Direction, indent: number, style: ParagraphStyle): void {
    const height = style.size * lineHeightRatio;
    this.keepRoom(height);
    const baseline = this.y + style.size * 1.25;
    const { order, directions } = visualOrder(
      line.map((word) => word.text),
      base,
    );
    const total = line.reduce((sum, word) => sum + word.width, 0);
    // Lines start on the page's side (the right margin on a right-to-left page), whatever their own
    // direction, so typed text in another script lines up with the rest; the indent is on that side.
    let x = style.isCentred ? (this.left + this.right - total) / 2 : this.direction === "rtl" ? this.right - indent - total : this.left + indent;
    for (const index of order) {
      const direction = directions[index]!;
      // Punctuation takes its place's direction, and is mirrored in right-to-left text.
      const word = directionOfWord(line[index]!.text) === null ? this.wordOf(line[index]!.text, style.size, style.weight ?? 400, direction) : line[index]!;
      // A right-to-left word's script runs go right to left; fontkit orders the glyphs inside each run.
      for (const run of direction === "rtl" ? [...word.runs].reverse() : word.runs) {
        if (run.text.trim() !== "") {
          this.doc
            .font(run.face.name)
            .fontSize(style.size)
            .fillColor(style.color ?? "#1f2933")
            .text(run.text, x, baseline, { lineBreak: false, baseline: "alphabetic", ...this.options(run.face) });
        }
        x += this.measure(run, style.size);
      }
    }
    this.y += height;
  }
}
