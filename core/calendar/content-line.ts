/**
 * iCalendar content lines (RFC 5545 §3.1 and §3.3.11): TEXT values escaped, and lines folded so
 * that none is longer than 75 octets, never inside a UTF-8 character (an Urdu word is two octets a
 * letter, and a calendar app that splits a character shows it broken).
 */

const maxOctets = 75;

/**
 * A TEXT value: backslash, semicolon and comma escaped, line breaks as `\n`. Other control
 * characters are not allowed in TEXT and are dropped, so text typed elsewhere cannot end a line early.
 */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, "\n")
    // eslint-disable-next-line no-control-regex -- finding control characters is the point: TEXT may not hold them.
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "")
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\n/g, "\\n")
    .replace(/\t/g, " ");
}

const octets = (codePoint: number): number => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/**
 * One content line folded: each physical line at most 75 octets (a continuation's leading space
 * counts), split only between characters, joined with CRLF and a space.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let used = 0;
  for (const character of line) {
    const size = octets(character.codePointAt(0)!);
    if (used + size > maxOctets) {
      parts.push(current);
      current = " ";
      used = 1;
    }
    current += character;
    used += size;
  }
  parts.push(current);
  return parts.join("\r\n");
}

/** `NAME;PARAMS:value`, folded; the value is taken as already in its final form. */
export function contentLine(name: string, value: string, parameters = ""): string {
  return foldLine(`${name}${parameters}:${value}`);
}
