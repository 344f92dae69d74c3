/**
 * Which rows of an import are people the organisation already holds: a row whose spreadsheet
 * reference an earlier import already brought in, or one that strongly matches a live client by the
 * blind indexes duplicate detection uses everywhere (server/clients/match-candidates.ts). Only keyed
 * hashes reach the database, a batch of rows per statement.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import type { RowProblem } from "../../core/import/cells.js";
import type { ImportedClient } from "../../core/import/client-fields.js";
import { rankCandidates, type MatchKey } from "../../core/identity/index.js";
import { maxRecordsPerKey } from "../clients/match-candidates.js";
import { queryRows, type Db } from "../db/client.js";
import { clientIdentities, clientIndexes, clients, importedReferences } from "../db/schema.js";
import type { Vault } from "../vault/vault.js";

/** The spreadsheet's reference as compared: spaces and letter case do not matter. */
export const normaliseImportReference = (reference: string): string => reference.trim().replace(/\s+/g, " ").toUpperCase();

export const importReferenceIndex = (vault: Vault, organisationId: string, kind: string, reference: string): string =>
  vault.blindIndex(`import.${kind}_reference:${organisationId}`, normaliseImportReference(reference));

export interface CheckedRow {
  rowNumber: number;
  client: ImportedClient;
  /** The row's blind-index keys, worked out once for the checks and the write. */
  indexes: { kind: string; value: string }[];
}

const sliceSize = 1_000;

async function alreadyImported(db: Db, vault: Vault, organisationId: string, rows: readonly CheckedRow[], found: Map<number, RowProblem>) {
  const indexes = new Map(rows.map((row) => [importReferenceIndex(vault, organisationId, "client", row.client.reference), row.rowNumber]));
  if (indexes.size === 0) return;
  const known = await db
    .select({ referenceIndex: importedReferences.referenceIndex, reference: clients.reference })
    .from(importedReferences)
    .innerJoin(clients, eq(clients.id, importedReferences.entityId))
    .where(and(eq(importedReferences.organisationId, organisationId), eq(importedReferences.kind, "client"), inArray(importedReferences.referenceIndex, [...indexes.keys()])));
  for (const row of known) {
    const rowNumber = indexes.get(row.referenceIndex);
    if (rowNumber !== undefined) found.set(rowNumber, { field: "reference", problem: "already_imported", detail: row.reference });
  }
}

interface Candidate extends Record<string, unknown> {
  id: string;
  reference: string;
  has_date_of_birth: boolean;
}

/**
 * Holders of the batch's keys, one statement per kind: each an index scan over (organisation,
 * kind, value) for an array of values, so a batch costs a handful of statements whatever its size.
 */
async function holdersOf(db: Db, organisationId: string, keys: readonly { kind: string; value: string }[]): Promise<Map<string, string[]>> {
  const byKind = new Map<string, string[]>();
  for (const key of keys) byKind.set(key.kind, [...(byKind.get(key.kind) ?? []), key.value]);
  const holders = new Map<string, string[]>();
  for (const [kind, values] of byKind) {
    const rows = await db
      .select({ value: clientIndexes.value, clientId: clientIndexes.clientId })
      .from(clientIndexes)
      .where(and(eq(clientIndexes.organisationId, organisationId), eq(clientIndexes.kind, kind), sql`${clientIndexes.value} = any(${sql.param([...new Set(values)])}::text[])`));
    for (const row of rows) {
      const list = holders.get(`${kind}|${row.value}`) ?? [];
      // A key many records share says little about who anyone is (as in match-candidates.ts).
      if (list.length < maxRecordsPerKey) list.push(row.clientId);
      holders.set(`${kind}|${row.value}`, list);
    }
  }
  return holders;
}

async function likelyKnown(db: Db, vault: Vault, organisationId: string, rows: readonly CheckedRow[], found: Map<number, RowProblem>) {
  const keyed = rows.filter((row) => !found.has(row.rowNumber)).map((row) => ({ row, keys: row.indexes }));
  const holders = await holdersOf(db, organisationId, keyed.flatMap(({ keys }) => keys));
  if (holders.size === 0) return;
  const shared = keyed.map(({ row, keys }) => {
    const kinds = new Map<string, Set<MatchKey["kind"]>>();
    for (const key of keys) for (const id of holders.get(`${key.kind}|${key.value}`) ?? []) kinds.set(id, (kinds.get(id) ?? new Set()).add(key.kind as MatchKey["kind"]));
    return { row, keys: keys as MatchKey[], kinds };
  });
  // Ranked first as if no date of birth could conflict (the most a record can score); only those
  // strong even so are read (live, reference, date of birth known) and ranked again as they are.
  const rank = (keys: MatchKey[], kinds: Map<string, Set<MatchKey["kind"]>>, known?: Map<string, Candidate>) =>
    rankCandidates(
      keys,
      [...kinds].filter(([id]) => !known || known.has(id)).map(([id, matched]) => ({ id, matchedKinds: [...matched], hasDateOfBirth: known?.get(id)?.has_date_of_birth ?? false })),
    ).filter((candidate) => candidate.strength === "strong");
  const possible = new Set(shared.flatMap(({ keys, kinds }) => rank(keys, kinds).map((candidate) => candidate.id)));
  if (possible.size === 0) return;
  const details = await queryRows<Candidate>(
    db,
    sql`select ${clients.id} as id, ${clients.reference} as reference, ${clientIdentities.dateOfBirth} is not null as has_date_of_birth
      from ${clients} left join ${clientIdentities} on ${clientIdentities.clientId} = ${clients.id}
      where ${clients.id} = any(${sql.param([...possible])}::uuid[]) and ${clients.organisationId} = ${organisationId} and ${clients.mergedIntoId} is null and ${clients.erasedAt} is null`,
  );
  const known = new Map(details.map((candidate) => [candidate.id, candidate]));
  for (const { row, keys, kinds } of shared) {
    const best = rank(keys, kinds, known)[0];
    if (best) found.set(row.rowNumber, { field: "givenName", problem: "likely_duplicate", detail: known.get(best.id)!.reference });
  }
}

/** A problem for each row that is already known, by row number. */
export async function findKnownClients(db: Db, vault: Vault, organisationId: string, rows: readonly CheckedRow[]): Promise<Map<number, RowProblem>> {
  const found = new Map<number, RowProblem>();
  for (let start = 0; start < rows.length; start += sliceSize) {
    const slice = rows.slice(start, start + sliceSize);
    await alreadyImported(db, vault, organisationId, slice, found);
    await likelyKnown(db, vault, organisationId, slice, found);
  }
  return found;
}
