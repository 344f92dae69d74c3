/**
 * The records a row points at: a client, referral or case named by the spreadsheet's own reference
 * (one an earlier import brought in) or by the record's reference in Pathways (`C-…`, `R-…`,
 * `K-…`), always within the importing organisation. An erased or merged-away client is not found:
 * nothing new may be written about them.
 */
import { and, eq, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Db } from "../db/client.js";
import { cases, clients, processingRestrictions, referrals } from "../db/schema.js";
import type { Vault } from "../vault/vault.js";
import { importedEntities, type ReferenceKind } from "./import-kind.js";
import { normaliseImportReference } from "./known-clients.js";

export interface LinkedClient {
  id: string;
  reference: string;
  isRestricted: boolean;
}
export interface LinkedReferral {
  id: string;
  reference: string;
  siteId: string;
  clientId: string | null;
  isRestricted: boolean;
  receivedAt: Date;
}
export interface LinkedCase {
  id: string;
  reference: string;
  siteId: string;
  clientId: string;
  state: string;
  openedAt: Date;
  closedAt: Date | null;
  isRestricted: boolean;
}

/** Looks each reference up as imported, then as the record's own; `load` reads records by id or own reference. */
async function linked<T extends { id: string; reference: string }>(
  db: Db,
  vault: Vault,
  organisationId: string,
  kind: ReferenceKind,
  references: readonly string[],
  load: (match: (id: AnyPgColumn, reference: AnyPgColumn) => SQL | undefined) => Promise<T[]>,
): Promise<Map<string, T>> {
  const wanted = [...new Set(references.map(normaliseImportReference))];
  if (wanted.length === 0) return new Map();
  const imported = await importedEntities(db, vault, organisationId, kind, wanted);
  const ids = [...imported.values()];
  const own = wanted.filter((reference) => !imported.has(reference));
  const rows = await load((id, reference) => or(ids.length > 0 ? inArray(id, ids) : undefined, own.length > 0 ? inArray(reference, own) : undefined));
  const byId = new Map(rows.map((row) => [row.id, row]));
  const byReference = new Map(rows.map((row) => [row.reference, row]));
  const found = new Map<string, T>();
  for (const reference of wanted) {
    const id = imported.get(reference);
    const row = id !== undefined ? byId.get(id) : byReference.get(reference);
    if (row) found.set(reference, row);
  }
  return found;
}

/** Whether processing of the client in `clientId` is restricted now (their record is read-only). */
const isProcessingRestricted = (clientId: AnyPgColumn) =>
  sql<boolean>`exists (select 1 from ${processingRestrictions} where ${processingRestrictions.clientId} = ${clientId} and ${processingRestrictions.liftedAt} is null)`;

export function linkedClients(db: Db, vault: Vault, organisationId: string, references: readonly string[]): Promise<Map<string, LinkedClient>> {
  return linked(db, vault, organisationId, "client", references, (match) =>
    db
      .select({
        id: clients.id,
        reference: clients.reference,
        isRestricted: isProcessingRestricted(clients.id),
      })
      .from(clients)
      .where(and(eq(clients.organisationId, organisationId), isNull(clients.erasedAt), isNull(clients.mergedIntoId), match(clients.id, clients.reference))),
  );
}

export function linkedReferrals(db: Db, vault: Vault, organisationId: string, references: readonly string[]): Promise<Map<string, LinkedReferral>> {
  return linked(db, vault, organisationId, "referral", references, (match) =>
    db
      .select({ id: referrals.id, reference: referrals.reference, siteId: referrals.siteId, clientId: referrals.clientId, isRestricted: referrals.isRestricted, receivedAt: referrals.receivedAt })
      .from(referrals)
      .where(and(eq(referrals.organisationId, organisationId), match(referrals.id, referrals.reference))),
  );
}

export function linkedCases(db: Db, vault: Vault, organisationId: string, references: readonly string[]): Promise<Map<string, LinkedCase>> {
  return linked(db, vault, organisationId, "case", references, (match) =>
    db
      .select({ id: cases.id, reference: cases.reference, siteId: cases.siteId, clientId: cases.clientId, state: cases.state, openedAt: cases.openedAt, closedAt: cases.closedAt, isRestricted: isProcessingRestricted(cases.clientId) })
      .from(cases)
      .innerJoin(clients, eq(clients.id, cases.clientId))
      .where(and(eq(cases.organisationId, organisationId), isNull(clients.erasedAt), match(cases.id, cases.reference))),
  );
}
