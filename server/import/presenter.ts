/** An import as it leaves the server: counts, progress and the first problems; headers only while the rows are kept. */
import type { z } from "zod";
import type { spreadsheetImportSchema } from "../../core/api/imports.js";
import { importKinds, type ImportKind, type ImportProblem } from "../../core/import/cells.js";
import { guessColumns } from "../../core/import/cells.js";
import { importDefinitions } from "../../core/import/kinds.js";
import type { Db } from "../db/client.js";
import type { Vault } from "../vault/vault.js";
import { problemSummary } from "./check-import.js";
import { readHeaders, type ImportRow } from "./queries.js";

/** Problems shown with the dry run; the downloadable report has every one. */
export const problemsShown = 200;

export async function presentImport(db: Db, vault: Vault, row: ImportRow): Promise<z.infer<typeof spreadsheetImportSchema>> {
  const isKept = row.headers !== null;
  const headers = isKept ? readHeaders(vault, await vault.loadSubjectKey(db, row.id), row.headers) : [];
  const { counts, first } = await problemSummary(db, row.id, problemsShown);
  return {
    id: row.id,
    status: row.status as z.infer<typeof spreadsheetImportSchema>["status"],
    fileType: row.fileType as "csv" | "xlsx",
    headers,
    rowCount: row.rowCount,
    kind: row.kind as ImportKind | null,
    siteId: row.siteId,
    columns: row.columns,
    suggestedColumns: Object.fromEntries(importKinds.map((kind) => [kind, guessColumns(importDefinitions[kind], headers)])),
    problemRows: row.problemRows,
    duplicateRows: row.duplicateRows,
    readyRows: row.checkedAt ? row.rowCount - row.problemRows - row.duplicateRows : 0,
    problemCounts: counts,
    problems: first.map((problem) => ({ ...problem, problem: problem.problem as ImportProblem })),
    batchCount: row.chunkCount,
    batchesDone: row.chunksDone,
    rowsImported: row.rowsImported,
    rowsSkipped: row.rowsSkipped,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    checkedAt: row.checkedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
    failure: row.failure,
  };
}
