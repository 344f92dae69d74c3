/**
 * What the one import pipeline (assess-rows.ts, check-import.ts, run-import.ts) asks of each kind
 * of row: the pure definition in core/import/, how rows of one file repeat each other, how rows
 * are matched against what the organisation already holds (and their references resolved), and
 * how the rows left are written. Plus the pieces the kinds share: references compared the same
 * way, and the spreadsheet's own reference kept as a keyed index of the record it became.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { ImportKindDefinition, RowProblem } from "../../core/import/cells.js";
import type { Db } from "../db/client.js";
import { importedReferences } from "../db/schema.js";
import type { Vault } from "../vault/vault.js";
import { importReferenceIndex, normaliseImportReference } from "./known-clients.js";

export interface NumberedProblem extends RowProblem {
  rowNumber: number;
}

/** A row that passed its own checks. */
export interface Checked<Row> {
  rowNumber: number;
  row: Row;
}

/** Where an import writes, and who for: its organisation, its site (none for clients), the import and its administrator. */
export interface ImportScope {
  organisationId: string;
  siteId: string | null;
  importId: string;
  actorUserId: string;
}

export interface KindHandler<Row, Ready> {
  definition: ImportKindDefinition<string, Row>;
  /** Rows that repeat an earlier row of the same file: the earlier stays. */
  withinFile(rows: readonly Checked<Row>[]): NumberedProblem[];
  /** Rows already held, or pointing at records that are not (or not here); the others resolved, ready to write. */
  resolve(db: Db, vault: Vault, scope: ImportScope, rows: readonly Checked<Row>[]): Promise<{ ready: Ready[]; problems: NumberedProblem[] }>;
  /** Writes ready rows in the caller's transaction, audited; the number of records made. */
  write(tx: Db, vault: Vault, scope: ImportScope, ready: readonly Ready[], now: Date): Promise<number>;
}

/** A later row with the same key as an earlier one is reported against `field`, with the earlier row's number. */
export function repeatedKeys<Row>(rows: readonly Checked<Row>[], keyOf: (row: Row) => string, field: string, problem: "duplicate_reference_in_file" | "duplicate_in_file"): NumberedProblem[] {
  const first = new Map<string, number>();
  const found: NumberedProblem[] = [];
  for (const { rowNumber, row } of rows) {
    const key = keyOf(row);
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, rowNumber);
    else found.push({ rowNumber, field, problem, detail: String(earlier) });
  }
  return found;
}

export type ReferenceKind = "client" | "referral" | "case";

/** The records earlier imports made from these spreadsheet references, by normalised reference. */
export async function importedEntities(db: Db, vault: Vault, organisationId: string, kind: ReferenceKind, references: readonly string[]): Promise<Map<string, string>> {
  const byIndex = new Map(references.map((reference) => [importReferenceIndex(vault, organisationId, kind, reference), normaliseImportReference(reference)]));
  const found = new Map<string, string>();
  const indexes = [...byIndex.keys()];
  for (let start = 0; start < indexes.length; start += 1_000) {
    const rows = await db
      .select({ referenceIndex: importedReferences.referenceIndex, entityId: importedReferences.entityId })
      .from(importedReferences)
      .where(and(eq(importedReferences.organisationId, organisationId), eq(importedReferences.kind, kind), inArray(importedReferences.referenceIndex, indexes.slice(start, start + 1_000))));
    for (const row of rows) found.set(byIndex.get(row.referenceIndex)!, row.entityId);
  }
  return found;
}

/** Remembers which record each spreadsheet reference became, so a re-import finds it and later sheets can name it. */
export async function rememberReferences(tx: Db, vault: Vault, scope: ImportScope, kind: ReferenceKind, made: readonly { reference: string; entityId: string }[]): Promise<void> {
  for (let start = 0; start < made.length; start += 1_000) {
    await tx.insert(importedReferences).values(
      made.slice(start, start + 1_000).map(({ reference, entityId }) => ({
        organisationId: scope.organisationId,
        kind,
        referenceIndex: importReferenceIndex(vault, scope.organisationId, kind, reference),
        entityId,
        importId: scope.importId,
      })),
    );
  }
}
