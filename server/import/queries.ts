/**
 * Loading an import for its organisation (another organisation's is "not found"), and its rows and
 * headers, which are kept sealed under the import's own data key.
 */
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { spreadsheetImportChunks, spreadsheetImports } from "../db/schema.js";
import type { Actor } from "../http/context.js";

/** Who is acting: the use cases need only the organisation and the user. */
export type Importer = Pick<Actor, "userId" | "organisationId">;
import { notFound } from "../http/errors.js";
import type { SubjectKey } from "../vault/subject-key.js";
import type { Vault } from "../vault/vault.js";
import type { SheetRow } from "./read-xlsx.js";

export type ImportRow = typeof spreadsheetImports.$inferSelect;

export async function findImportFor(db: Db, actor: Importer, importId: string, options: { forUpdate?: boolean } = {}): Promise<ImportRow> {
  const query = db
    .select()
    .from(spreadsheetImports)
    .where(and(eq(spreadsheetImports.id, importId), eq(spreadsheetImports.organisationId, actor.organisationId)))
    .limit(1);
  const [row] = options.forUpdate ? await query.for("update") : await query;
  if (!row) throw notFound("Import");
  return row;
}

export const rowsField = "import.rows";
export const headersField = "import.headers";

/** Rows as sealed: `[rowNumber, ...cells]`, the compact form a chunk holds. */
export const sealRows = (vault: Vault, key: SubjectKey, rows: readonly SheetRow[]): Uint8Array =>
  vault.encrypt(key, rowsField, JSON.stringify(rows.map((row) => [row.rowNumber, ...row.cells])));

function openRows(vault: Vault, key: SubjectKey, sealed: Uint8Array): SheetRow[] {
  const rows = JSON.parse(vault.decrypt(key, rowsField, sealed)) as [number, ...string[]][];
  return rows.map(([rowNumber, ...cells]) => ({ rowNumber, cells }));
}

/** One chunk's rows, or null when it is gone (the import ended). */
export async function readChunk(db: Db, vault: Vault, key: SubjectKey, importId: string, chunk: number): Promise<SheetRow[] | null> {
  const [row] = await db
    .select({ rows: spreadsheetImportChunks.rows })
    .from(spreadsheetImportChunks)
    .where(and(eq(spreadsheetImportChunks.importId, importId), eq(spreadsheetImportChunks.chunk, chunk)))
    .limit(1);
  return row ? openRows(vault, key, row.rows) : null;
}

/** Every row of the import, in file order. */
export async function readAllRows(db: Db, vault: Vault, key: SubjectKey, importId: string): Promise<SheetRow[]> {
  const chunks = await db.select({ rows: spreadsheetImportChunks.rows }).from(spreadsheetImportChunks).where(eq(spreadsheetImportChunks.importId, importId)).orderBy(asc(spreadsheetImportChunks.chunk));
  return chunks.flatMap((chunk) => openRows(vault, key, chunk.rows));
}

export function readHeaders(vault: Vault, key: SubjectKey | null, sealed: Uint8Array | null): string[] {
  return key && sealed ? (JSON.parse(vault.decrypt(key, headersField, sealed)) as string[]) : [];
}
