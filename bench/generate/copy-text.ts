/**
 * PostgreSQL COPY text format: one line per row, tab-separated, `\N` for null, backslash escapes
 * for the characters that would end a field or a row, and bytea in hex (`\\x…` once escaped).
 */

export type CopyValue = string | number | boolean | Date | Uint8Array | null | undefined | Record<string, unknown> | unknown[];

/** One row as a COPY line, including its newline. */
export function copyLine(values: readonly CopyValue[]): string {
  return `${values.map(copyField).join("\t")}\n`;
}

function copyField(value: CopyValue): string {
  if (value === null || value === undefined) return "\\N";
  if (typeof value === "string") return escapeText(value);
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "t" : "f";
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array) return `\\\\x${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString("hex")}`;
  return escapeText(JSON.stringify(value));
}

function escapeText(text: string): string {
  return /[\\\t\n\r]/.test(text) ? text.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r") : text;
}
