/**
 * The checks every import row goes through, in the dry run and again as each batch is written:
 * the row's own fields (core/import/client-fields.ts), then, for rows that pass, whether the
 * spreadsheet already had the person and whether the organisation already holds them.
 */
import { checkClientRow, cellsOf, type ClientImportField, type RowProblem } from "../../core/import/client-fields.js";
import { findDuplicatesWithinFile } from "../../core/import/within-file.js";
import { blindIndexesOf, identityMatchKeys } from "../clients/identity-store.js";
import type { Db } from "../db/client.js";
import type { Vault } from "../vault/vault.js";
import { findKnownClients, normaliseImportReference, type CheckedRow } from "./known-clients.js";
import type { SheetRow } from "./read-xlsx.js";

export interface NumberedProblem extends RowProblem {
  rowNumber: number;
}

export interface Assessment {
  ready: CheckedRow[];
  problems: NumberedProblem[];
}

/** Each row's own checks, then duplicates within `rows` (when `withinFile`) and against the organisation's records. */
export async function assessRows(
  db: Db,
  vault: Vault,
  organisationId: string,
  rows: readonly SheetRow[],
  options: { columns: Partial<Record<ClientImportField, number>>; today: string; withinFile: boolean },
): Promise<Assessment> {
  const problems: NumberedProblem[] = [];
  let checked: CheckedRow[] = [];
  for (const row of rows) {
    const result = checkClientRow(cellsOf(row.cells, options.columns), options.today);
    if (result.client) checked.push({ rowNumber: row.rowNumber, client: result.client, indexes: blindIndexesOf(vault, organisationId, result.client.identity) });
    else problems.push(...result.problems.map((problem) => ({ ...problem, rowNumber: row.rowNumber })));
  }
  if (options.withinFile) {
    const duplicates = findDuplicatesWithinFile(
      checked.map((row) => ({
        rowNumber: row.rowNumber,
        reference: normaliseImportReference(row.client.reference),
        keys: identityMatchKeys(row.client.identity) as Parameters<typeof findDuplicatesWithinFile>[0][number]["keys"],
        hasDateOfBirth: row.client.identity.dateOfBirth !== null,
      })),
    );
    const duplicateRows = new Set(duplicates.map((duplicate) => duplicate.rowNumber));
    problems.push(
      ...duplicates.map((duplicate) => ({
        rowNumber: duplicate.rowNumber,
        field: duplicate.problem === "duplicate_reference_in_file" ? ("reference" as const) : ("givenName" as const),
        problem: duplicate.problem,
        detail: String(duplicate.earlierRow),
      })),
    );
    checked = checked.filter((row) => !duplicateRows.has(row.rowNumber));
  }
  const known = await findKnownClients(db, vault, organisationId, checked);
  problems.push(...[...known].map(([rowNumber, problem]) => ({ ...problem, rowNumber })));
  return { ready: checked.filter((row) => !known.has(row.rowNumber)), problems: problems.sort((a, b) => a.rowNumber - b.rowNumber) };
}
