/**
 * Writing an import: a job per batch, each batch one transaction (the job's), so a batch is written
 * whole or not at all and progress shows between batches. Rows the dry run reported are left out;
 * the rest are checked again as they are written (someone may have added the same person since),
 * and those found known now are skipped and added to the report.
 */
import { and, between, eq, sql } from "drizzle-orm";
import type { ImportKind } from "../../core/import/cells.js";
import { recordAudit } from "../audit/record-audit.js";
import { inTransaction, type Db } from "../db/client.js";
import { spreadsheetImportProblems, spreadsheetImports } from "../db/schema.js";
import type { Importer } from "./queries.js";
import { AppError } from "../http/errors.js";
import { enqueueJob } from "../jobs/enqueue-job.js";
import type { JobHandlers } from "../jobs/run-next-job.js";
import type { Vault } from "../vault/vault.js";
import { assessRows, loadCheckContext, withHandler } from "./assess-rows.js";
import { storeProblems } from "./check-import.js";
import { endImport, expireImports } from "./end-import.js";
import { findImportFor, readChunk, type ImportRow } from "./queries.js";

export const importBatchJob = "import.batch";
export const importExpiryJob = "import.expire";

const enqueueBatch = (tx: Db, importId: string, chunk: number) =>
  enqueueJob(tx, { name: importBatchJob, payload: { importId, chunk }, dedupeKey: `${importBatchJob}:${importId}:${chunk}`, maxAttempts: 3 });

/** Starts writing a checked import (or carries on after a failed batch, from that batch). */
export async function startImport(tx: Db, actor: Importer, importId: string, context: { now: Date; requestId: string }): Promise<ImportRow> {
  const row = await findImportFor(tx, actor, importId, { forUpdate: true });
  if (row.status !== "checked" && row.status !== "failed") {
    throw new AppError("conflict", row.status === "uploaded" ? "Check the file (the dry run) before importing it." : "This import has already started or ended.");
  }
  const [updated] = await tx.update(spreadsheetImports).set({ status: "importing", startedAt: row.startedAt ?? context.now, failure: null }).where(eq(spreadsheetImports.id, row.id)).returning();
  // A retried batch gets a new dedupe key, since the failed one's job row is still there.
  await enqueueJob(tx, { name: importBatchJob, payload: { importId, chunk: row.chunksDone }, dedupeKey: `${importBatchJob}:${importId}:${row.chunksDone}:${context.now.getTime()}`, maxAttempts: 3 });
  await recordAudit(tx, { organisationId: actor.organisationId, actorUserId: actor.userId, action: "import.started", entityType: "spreadsheet_import", entityId: row.id, requestId: context.requestId, at: context.now, details: { fromBatch: row.chunksDone } });
  return updated!;
}

/** Writes one batch; the last one ends the import. */
async function writeBatch(tx: Db, vault: Vault, row: ImportRow, chunk: number, now: Date): Promise<void> {
  const key = await vault.loadSubjectKey(tx, row.id);
  const rows = (await readChunk(tx, vault, key, row.id, chunk)) ?? [];
  const first = rows[0]?.rowNumber ?? 0;
  const last = rows.at(-1)?.rowNumber ?? 0;
  const reported = new Set(
    (
      await tx
        .selectDistinct({ rowNumber: spreadsheetImportProblems.rowNumber })
        .from(spreadsheetImportProblems)
        .where(and(eq(spreadsheetImportProblems.importId, row.id), between(spreadsheetImportProblems.rowNumber, first, last)))
    ).map((problem) => problem.rowNumber),
  );
  const scope = { organisationId: row.organisationId, siteId: row.siteId, importId: row.id, actorUserId: row.createdBy };
  const checkContext = await loadCheckContext(tx, row.organisationId, now);
  const unreported = rows.filter((sheetRow) => !reported.has(sheetRow.rowNumber));
  const { created, problems } = await withHandler(row.kind as ImportKind, async (handler) => {
    const { ready, problems } = await assessRows(handler, tx, vault, scope, unreported, { columns: row.columns ?? {}, context: checkContext, withinFile: false });
    return { created: await handler.write(tx, vault, scope, ready, now), problems };
  });
  await storeProblems(tx, row, problems);
  const skipped = new Set(problems.map((problem) => problem.rowNumber)).size;
  const [updated] = await tx
    .update(spreadsheetImports)
    .set({ chunksDone: chunk + 1, rowsImported: sql`${spreadsheetImports.rowsImported} + ${created}`, rowsSkipped: sql`${spreadsheetImports.rowsSkipped} + ${skipped}` })
    .where(eq(spreadsheetImports.id, row.id))
    .returning();
  if (chunk + 1 >= row.chunkCount) await endImport(tx, vault, updated!, { status: "done", now, actorUserId: row.createdBy, requestId: null });
  else await enqueueBatch(tx, row.id, chunk + 1);
}

/** The import jobs, given the vault the batches are sealed with. */
export function importJobHandlers(vault: Vault): JobHandlers {
  return {
    async [importBatchJob](tx, payload, context) {
      const importId = String(payload.importId);
      const chunk = Number(payload.chunk);
      const [row] = await tx.select().from(spreadsheetImports).where(eq(spreadsheetImports.id, importId)).for("update").limit(1);
      // A batch already written, or an import discarded meanwhile: nothing to do.
      if (!row || row.status !== "importing" || row.chunksDone !== chunk) return;
      try {
        // A savepoint: a batch that fails leaves none of its rows, and the import says it stopped.
        await inTransaction(tx, (batchTx) => writeBatch(batchTx, vault, row, chunk, context.now));
      } catch (error) {
        if (context.attempt < 3) throw error;
        await tx
          .update(spreadsheetImports)
          .set({ status: "failed", failure: `Batch ${chunk + 1} of ${row.chunkCount} could not be written; the batches before it were imported.` })
          .where(eq(spreadsheetImports.id, row.id));
      }
    },
    async [importExpiryJob](tx, _payload, context) {
      await expireImports(tx, vault, context.now);
    },
  };
}

/** Hourly: uploads nobody finished are destroyed once past their time. */
export const importSchedules = [{ name: importExpiryJob, everySeconds: 3_600 }] as const;

