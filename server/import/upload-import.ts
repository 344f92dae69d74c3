/**
 * Takes an uploaded spreadsheet: reads it (refusing what is not one), and keeps its header and rows
 * sealed under a new data key of the import's own, in chunks of one batch each, until the import
 * ends or expires. The file itself is never written anywhere.
 */
import { randomUUID } from "node:crypto";
import { importLimits } from "../../core/import/limits.js";
import { recordAudit } from "../audit/record-audit.js";
import type { Db } from "../db/client.js";
import { spreadsheetImportChunks, spreadsheetImports } from "../db/schema.js";
import type { Importer } from "./queries.js";
import type { Vault } from "../vault/vault.js";
import { headersField, sealRows, type ImportRow } from "./queries.js";
import { readSpreadsheet } from "./read-spreadsheet.js";

export async function uploadImport(tx: Db, actor: Importer, bytes: Uint8Array, context: { vault: Vault; now: Date; requestId: string }): Promise<ImportRow> {
  const sheet = readSpreadsheet(bytes);
  const id = randomUUID();
  const key = await context.vault.createSubjectKey(tx, { subjectId: id, organisationId: actor.organisationId });
  const chunkCount = Math.ceil(sheet.rows.length / importLimits.batchRows);
  const [created] = await tx
    .insert(spreadsheetImports)
    .values({
      id,
      organisationId: actor.organisationId,
      createdBy: actor.userId,
      createdAt: context.now,
      expiresAt: new Date(context.now.getTime() + importLimits.keepHours * 3_600_000),
      fileType: sheet.fileType,
      status: "uploaded",
      headers: context.vault.encrypt(key, headersField, JSON.stringify(sheet.headers)),
      rowCount: sheet.rows.length,
      chunkCount,
    })
    .returning();
  for (let chunk = 0; chunk < chunkCount; chunk += 1) {
    const rows = sheet.rows.slice(chunk * importLimits.batchRows, (chunk + 1) * importLimits.batchRows);
    await tx.insert(spreadsheetImportChunks).values({ importId: id, chunk, firstRow: rows[0]!.rowNumber, rows: sealRows(context.vault, key, rows) });
  }
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "import.uploaded",
    entityType: "spreadsheet_import",
    entityId: id,
    requestId: context.requestId,
    at: context.now,
    details: { fileType: sheet.fileType, rowCount: sheet.rows.length, columnCount: sheet.headers.length },
  });
  return created!;
}
