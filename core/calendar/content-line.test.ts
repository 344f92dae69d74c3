import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeText, foldLine } from "./content-line.js";

const unfold = (folded: string) => folded.replace(/\r\n /g, "");
const octetsOf = (line: string) => Buffer.byteLength(line, "utf8");

describe("calendar.escapeText", () => {
  it.each([
    ["plain", "plain"],
    ["a, b; c", "a\\, b\\; c"],
    ["back\\slash", "back\\\\slash"],
    ["two\nlines", "two\\nlines"],
    ["windows\r\nline", "windows\\nline"],
    ["bell\u0007 and nul\u0000 dropped", "bell and nul dropped"],
    ["tab\tspace", "tab space"],
  ])("escapes %j as %j", (value, expected) => {
    expect(escapeText(value)).toBe(expected);
  });
});

describe("calendar.foldLine", () => {
  it("leaves a line of 75 octets alone and folds the 76th onto a line starting with a space", () => {
    expect(foldLine("x".repeat(75))).toBe("x".repeat(75));
    expect(foldLine("x".repeat(76))).toBe(`${"x".repeat(75)}\r\n x`);
  });

  it("never splits an Urdu letter (two octets each) across lines", () => {
    const line = `SUMMARY:${"سیشن کیس ".repeat(20)}`;
    const folded = foldLine(line);
    for (const physical of folded.split("\r\n")) {
      expect(octetsOf(physical)).toBeLessThanOrEqual(75);
      expect(Buffer.from(physical, "utf8").toString("utf8")).toBe(physical);
    }
    expect(unfold(folded)).toBe(line);
  });

  it("keeps every physical line within 75 octets and unfolds to the original, for any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (text) => {
        const line = `DESCRIPTION:${escapeText(text)}`;
        const folded = foldLine(line);
        const physical = folded.split("\r\n");
        expect(physical.every((line) => octetsOf(line) <= 75)).toBe(true);
        expect(physical.slice(1).every((line) => line.startsWith(" "))).toBe(true);
        expect(unfold(folded)).toBe(line);
      }),
    );
  });
});
