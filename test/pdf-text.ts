/**
 * Reads the drawn text back out of a PDF written by PDFKit, for tests that check what a printed
 * page says (and, above all, what it does not). PDFKit embeds subset fonts and draws glyph ids,
 * so the text is only readable through each font's ToUnicode map: content streams are inflated,
 * each `Tf` picks the font, and each `Tj`/`TJ` string is mapped glyph by glyph. Draws are joined
 * with spaces; callers compare with whitespace removed, since each word is drawn on its own.
 */
import { inflateSync } from "node:zlib";

interface PdfObject {
  dictionary: string;
  stream: Buffer | null;
}

/**
 * Every object by its number. A stream is cut by its `/Length`, not by looking for `endobj`, since
 * compressed font data may hold those bytes by chance.
 */
function objectsOf(pdf: Buffer): Map<string, PdfObject> {
  const text = pdf.toString("latin1");
  const objects = new Map<string, PdfObject>();
  const header = /(\d+) 0 obj\s*/g;
  for (let match = header.exec(text); match; match = header.exec(text)) {
    const start = header.lastIndex;
    const end = text.indexOf("endobj", start);
    const streamAt = text.indexOf("stream", start);
    if (streamAt < 0 || streamAt > end) {
      objects.set(match[1]!, { dictionary: text.slice(start, end), stream: null });
      header.lastIndex = end;
      continue;
    }
    const dictionary = text.slice(start, streamAt);
    const length = Number(/\/Length (\d+)/.exec(dictionary)?.[1]);
    if (!Number.isInteger(length)) throw new Error(`PDF object ${match[1]} has a stream without a direct length`);
    let dataStart = streamAt + "stream".length;
    if (text[dataStart] === "\r") dataStart += 1;
    if (text[dataStart] === "\n") dataStart += 1;
    const raw = pdf.subarray(dataStart, dataStart + length);
    objects.set(match[1]!, { dictionary, stream: dictionary.includes("/FlateDecode") ? inflateSync(raw) : Buffer.from(raw) });
    header.lastIndex = text.indexOf("endobj", dataStart + length);
  }
  return objects;
}

// PDFKit writes a ligature's target with a space between its letters: <0066 0069> for "fi".
const utf16 = (hex: string) => Buffer.from(hex.replace(/\s+/g, ""), "hex").swap16().toString("utf16le");

/** Glyph code (hex, upper case) to text, from a ToUnicode CMap. */
function cmapOf(source: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const block of source.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const pair of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F\s]*)>/g)) map.set(pair[1]!.toUpperCase(), utf16(pair[2]!));
  }
  for (const block of source.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const range of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F\s]*>)/g)) {
      const [low, high, target] = [parseInt(range[1]!, 16), parseInt(range[2]!, 16), range[3]!];
      const width = range[1]!.length;
      const targets = target.startsWith("[") ? [...target.matchAll(/<([0-9a-fA-F\s]*)>/g)].map((t) => t[1]!) : null;
      for (let code = low; code <= high; code += 1) {
        const key = code.toString(16).toUpperCase().padStart(width, "0");
        if (targets) map.set(key, utf16(targets[code - low] ?? ""));
        else map.set(key, String.fromCodePoint(parseInt(target.slice(1, -1), 16) + code - low));
      }
    }
  }
  return map;
}

export function pdfText(pdf: Buffer): string {
  const objects = objectsOf(pdf);
  const cmaps = new Map<string, Map<string, string>>();
  for (const object of objects.values()) {
    for (const entry of object.dictionary.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(objects.get(entry[2]!)?.dictionary ?? "");
      const source = toUnicode ? objects.get(toUnicode[1]!)?.stream : null;
      if (source) cmaps.set(entry[1]!, cmapOf(source.toString("latin1")));
    }
  }
  const words: string[] = [];
  for (const object of objects.values()) {
    if (!object.stream || !/\bTf\b/.test(object.stream.toString("latin1"))) continue;
    let cmap = new Map<string, string>();
    for (const token of object.stream.toString("latin1").matchAll(/\/(F\d+) [\d.]+ Tf|\[((?:[^\]])*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
      if (token[1]) cmap = cmaps.get(token[1]) ?? new Map<string, string>();
      const hexes = token[2] !== undefined ? [...token[2].matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1]!) : token[3] !== undefined ? [token[3]] : [];
      const word = hexes.map((hex) => (hex.toUpperCase().match(/.{4}/g) ?? []).map((code) => cmap.get(code) ?? "").join("")).join("");
      if (word !== "") words.push(word);
    }
  }
  return words.join(" ");
}
