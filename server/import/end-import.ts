/**
 * Ending an import, however it ends (finished, discarded, expired): its data key is destroyed and
 * its sealed chunks deleted, so nothing of the uploaded file remains; the problems report (row
 * numbers, fields and codes) and the counts stay.
 */
import { and, eq, inArray, lt } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit.js";
import type { Db } from "../db/client.js";
import { spreadsheetImportChunks, spreadsheetImports } from "../db/schema.js";
import type { Vault } from "../vault/vault.js";
import type { ImportRow } from "./queries.js";

/** Destroys an import's sealed rows and records how it ended. */
export async function endImport(
  tx: Db,
  vault: Vault,
  row: ImportRow,
  outcome: { status: "done" | "discarded" | "expired"; now: Date; actorUserId: string | null; requestId: string | null },
): Promise<void> {
  await tx.delete(spreadsheetImportChunks).where(eq(spreadsheetImportChunks.importId, row.id));
  await vault.destroySubjectKey(tx, row.id);
  await tx.update(spreadsheetImports).set({ status: outcome.status, headers: null, finishedAt: outcome.now }).where(eq(spreadsheetImports.id, row.id));
  await recordAudit(tx, {
    organisationId: row.organisationId,
    actorUserId: outcome.actorUserId,
    action: `import.${outcome.status === "done" ? "finished" : outcome.status}`,
    entityType: "spreadsheet_import",
    entityId: row.id,
    requestId: outcome.requestId,
    at: outcome.now,
    details: { rowsImported: row.rowsImported, rowsSkipped: row.rowsSkipped },
  });
}

/**
 * Ends every import left unfinished past its time, in every organisation (the expiry job), or in
 * one organisation when given. An import being written is left alone: its batches are running.
 */
export async function expireImports(db: Db, vault: Vault, now: Date, organisationId?: string): Promise<number> {
  const stale = await db
    .select()
    .from(spreadsheetImports)
    .where(
      and(
        inArray(spreadsheetImports.status, ["uploaded", "checked", "failed"]),
        lt(spreadsheetImports.expiresAt, now),
        organisationId ? eq(spreadsheetImports.organisationId, organisationId) : undefined,
      ),
    )
    .for("update", { skipLocked: true });
  for (const row of stale) await endImport(db, vault, row, { status: "expired", now, actorUserId: null, requestId: null });
  return stale.length;
}
