/**
 * The dry run: checks every row of an upload against the chosen mapping before anything is
 * written, and records each problem by row, field and code (never a cell's value). Running it again
 * with another mapping replaces the report. The mapping can be saved by name for the next file.
 */
import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import type { checkImportBodySchema } from "../../core/api/imports.js";
import { duplicateProblems, type ImportKind } from "../../core/import/cells.js";
import { importDefinitions, isSiteKind } from "../../core/import/kinds.js";
import { recordAudit } from "../audit/record-audit.js";
import type { Db } from "../db/client.js";
import { importMappings, sites, spreadsheetImportProblems, spreadsheetImports } from "../db/schema.js";
import type { Importer } from "./queries.js";
import { AppError } from "../http/errors.js";
import type { Vault } from "../vault/vault.js";
import { assessRows, loadCheckContext, withHandler, type NumberedProblem } from "./assess-rows.js";
import { findImportFor, readAllRows, readHeaders, type ImportRow } from "./queries.js";

type CheckInput = z.infer<typeof checkImportBodySchema>;

const mappedColumns = (columns: Partial<Record<string, number>>) => Object.entries(columns).flatMap(([field, column]) => (column === undefined ? [] : [[field, column] as const]));

/** Every required field of the kind mapped, to a column the file has, each column to one field of that kind. */
function checkColumns(kind: ImportKind, columns: Partial<Record<string, number>>, headerCount: number): void {
  const definition = importDefinitions[kind];
  const mapped = mappedColumns(columns);
  const fields = [
    ...definition.required.filter((field) => columns[field] === undefined).map((field) => ({ path: `body.columns.${field}`, message: "Choose the column that holds this." })),
    ...Object.keys(columns)
      .filter((field) => !definition.fields.includes(field))
      .map((field) => ({ path: `body.columns.${field}`, message: `Not a field of ${kind}.` })),
    ...mapped
      .filter(([, column]) => column >= headerCount)
      .map(([field]) => ({ path: `body.columns.${field}`, message: "The file has no such column." })),
  ];
  const seen = new Map<number, string>();
  for (const [field, column] of mapped) {
    if (seen.has(column)) fields.push({ path: `body.columns.${field}`, message: "This column is already chosen for another field." });
    seen.set(column, field);
  }
  if (fields.length > 0) throw new AppError("validation_failed", "The column mapping is not complete.", { fields });
}

/** Referrals, cases and sessions go to one of the organisation's sites; clients to none. */
async function checkSite(tx: Db, actor: Importer, input: CheckInput): Promise<void> {
  const refuse = (message: string) => new AppError("validation_failed", message, { fields: [{ path: "body.siteId", message }] });
  if (!isSiteKind(input.kind)) {
    if (input.siteId !== undefined) throw refuse("Clients belong to no one site: leave the site out.");
    return;
  }
  if (input.siteId === undefined) throw refuse("Choose the site these records belong to.");
  const [site] = await tx.select({ id: sites.id }).from(sites).where(and(eq(sites.id, input.siteId), eq(sites.organisationId, actor.organisationId))).limit(1);
  if (!site) throw refuse("No such site.");
}

/** Stores the problems found, a thousand rows a statement. */
export async function storeProblems(tx: Db, row: ImportRow, problems: readonly NumberedProblem[]): Promise<void> {
  for (let start = 0; start < problems.length; start += 1_000) {
    await tx.insert(spreadsheetImportProblems).values(
      problems.slice(start, start + 1_000).map((problem) => ({
        importId: row.id,
        organisationId: row.organisationId,
        rowNumber: problem.rowNumber,
        field: problem.field,
        problem: problem.problem,
        detail: problem.detail ?? null,
      })),
    );
  }
}

export async function checkImport(tx: Db, actor: Importer, importId: string, input: CheckInput, context: { vault: Vault; now: Date; requestId: string }): Promise<ImportRow> {
  const row = await findImportFor(tx, actor, importId, { forUpdate: true });
  if (row.status !== "uploaded" && row.status !== "checked") throw new AppError("conflict", "This import has already started or ended; upload the file again to check it.");
  const key = await context.vault.loadSubjectKey(tx, row.id);
  const headers = readHeaders(context.vault, key, row.headers);
  checkColumns(input.kind, input.columns, headers.length);
  await checkSite(tx, actor, input);
  const rows = await readAllRows(tx, context.vault, key, row.id);
  const scope = { organisationId: actor.organisationId, siteId: input.siteId ?? null, importId: row.id, actorUserId: actor.userId };
  const checkContext = await loadCheckContext(tx, actor.organisationId, context.now);
  const { problems } = await withHandler(input.kind, (handler) => assessRows(handler, tx, context.vault, scope, rows, { columns: input.columns, context: checkContext, withinFile: true }));
  await tx.delete(spreadsheetImportProblems).where(eq(spreadsheetImportProblems.importId, row.id));
  await storeProblems(tx, row, problems);
  const rowsWithProblems = new Set(problems.filter((problem) => !duplicateProblems.includes(problem.problem)).map((problem) => problem.rowNumber));
  const duplicates = new Set(problems.filter((problem) => !rowsWithProblems.has(problem.rowNumber)).map((problem) => problem.rowNumber));
  const [updated] = await tx
    .update(spreadsheetImports)
    .set({ status: "checked", kind: input.kind, siteId: input.siteId ?? null, columns: Object.fromEntries(mappedColumns(input.columns)), problemRows: rowsWithProblems.size, duplicateRows: duplicates.size, checkedAt: context.now })
    .where(eq(spreadsheetImports.id, row.id))
    .returning();
  if (input.saveAs) {
    const named = Object.fromEntries(mappedColumns(input.columns).map(([field, column]) => [field, headers[column] ?? ""]));
    await tx
      .insert(importMappings)
      .values({ organisationId: actor.organisationId, name: input.saveAs, kind: input.kind, columns: named, updatedBy: actor.userId, updatedAt: context.now })
      .onConflictDoUpdate({ target: [importMappings.organisationId, importMappings.name], set: { kind: input.kind, columns: named, updatedBy: actor.userId, updatedAt: context.now } });
  }
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "import.checked",
    entityType: "spreadsheet_import",
    entityId: row.id,
    requestId: context.requestId,
    at: context.now,
    details: { kind: input.kind, siteId: input.siteId ?? null, fields: Object.keys(input.columns), rowCount: row.rowCount, problemRows: rowsWithProblems.size, duplicateRows: duplicates.size, savedMapping: input.saveAs !== undefined },
  });
  return updated!;
}

/** Problems per code and the first `limit` problems in row order, for the dry-run report. */
export async function problemSummary(db: Db, importId: string, limit: number) {
  const counts = await db
    .select({ problem: spreadsheetImportProblems.problem, count: sql<number>`count(*)::int` })
    .from(spreadsheetImportProblems)
    .where(eq(spreadsheetImportProblems.importId, importId))
    .groupBy(spreadsheetImportProblems.problem);
  const first = await db
    .select({ rowNumber: spreadsheetImportProblems.rowNumber, field: spreadsheetImportProblems.field, problem: spreadsheetImportProblems.problem, detail: spreadsheetImportProblems.detail })
    .from(spreadsheetImportProblems)
    .where(and(eq(spreadsheetImportProblems.importId, importId)))
    .orderBy(spreadsheetImportProblems.rowNumber, spreadsheetImportProblems.field)
    .limit(limit);
  return { counts: Object.fromEntries(counts.map((row) => [row.problem, row.count])), first };
}
