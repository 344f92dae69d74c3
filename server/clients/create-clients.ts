/**
 * Creates many client records at once (a spreadsheet import), with the guarantees of
 * `createClient` one by one: a random reference unique in the organisation, a data key of each
 * client's own, identity encrypted under it, blind indexes, and an audit event per client, all in
 * the caller's transaction. Each table's rows go in as one statement however many clients (server/db/bulk-insert.ts).
 */
import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { postcodeDistrict } from "../../core/clients/demographics.js";
import { recordAudits } from "../audit/record-audit.js";
import { bulkInsert } from "../db/bulk-insert.js";
import type { Db } from "../db/client.js";
import { clientIdentities, clientIndexes, clients } from "../db/schema.js";
import { newReference } from "../references.js";
import type { Vault } from "../vault/vault.js";
import type { NewClient } from "./create-client.js";
import { indexRowsOf, sealIdentity } from "./identity-store.js";

export interface NewClientRecord extends NewClient {
  sex: string;
  ethnicity: string;
  religion: string;
  /** The identity's blind-index keys when already worked out (blindIndexesOf), to save doing it twice. */
  indexes?: readonly { kind: string; value: string }[];
  /** What the audit event says about where the record came from: ids and numbers only. */
  auditDetails: Record<string, unknown>;
}

/** References not yet used in the organisation, one per client. */
async function freshReferences(tx: Db, organisationId: string, count: number): Promise<string[]> {
  const chosen = new Set<string>();
  while (chosen.size < count) {
    const candidates = Array.from({ length: count - chosen.size }, () => newReference("C")).filter((reference) => !chosen.has(reference));
    const taken = new Set(
      (await tx.select({ reference: clients.reference }).from(clients).where(and(eq(clients.organisationId, organisationId), inArray(clients.reference, candidates)))).map(
        (row) => row.reference,
      ),
    );
    for (const reference of candidates) if (!taken.has(reference)) chosen.add(reference);
  }
  return [...chosen];
}

export async function createClients(
  tx: Db,
  context: { vault: Vault; now: Date; actorUserId: string; requestId: string | null },
  organisationId: string,
  records: readonly NewClientRecord[],
): Promise<{ id: string; reference: string }[]> {
  if (records.length === 0) return [];
  const references = await freshReferences(tx, organisationId, records.length);
  const created = records.map((record, index) => ({ id: randomUUID(), reference: references[index]!, record }));
  await bulkInsert(
    tx,
    clients,
    created.map(({ id, reference, record }) => ({
      id,
      organisationId,
      reference,
      sex: record.sex,
      ethnicity: record.ethnicity,
      religion: record.religion,
      preferredLanguage: record.preferredLanguage,
      isInterpreterNeeded: record.isInterpreterNeeded,
      preferredWorkerGender: record.preferredWorkerGender,
      postcodeDistrict: record.identity.postcode ? postcodeDistrict(record.identity.postcode) : null,
      createdAt: context.now,
    })),
  );
  const keys = await context.vault.createSubjectKeys(
    tx,
    created.map(({ id }) => ({ subjectId: id, organisationId })),
  );
  const identities = created.map(({ id, record }, index) => ({ clientId: id, ...sealIdentity(context.vault, keys[index]!, record.identity), updatedAt: context.now }));
  await bulkInsert(tx, clientIdentities, identities);
  const indexes = created.flatMap(({ id, record }) =>
    record.indexes
      ? [...new Map(record.indexes.map((key) => [`${key.kind}:${key.value}`, { ...key, organisationId, clientId: id }])).values()]
      : indexRowsOf(context.vault, { id, organisationId }, [record.identity]),
  );
  await bulkInsert(tx, clientIndexes, indexes);
  await recordAudits(
    tx,
    created.map(({ id, record }) => ({
      organisationId,
      actorUserId: context.actorUserId,
      action: "client.created",
      entityType: "client",
      entityId: id,
      clientId: id,
      requestId: context.requestId,
      details: record.auditDetails,
      at: context.now,
    })),
  );
  return created.map(({ id, reference }) => ({ id, reference }));
}
