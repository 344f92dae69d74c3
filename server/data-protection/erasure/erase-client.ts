/**
 * Erasing a client by crypto-shredding (UK GDPR Art 17). Their data key is destroyed, so every
 * field encrypted under it — identity, notes, assessments, plans, panel material, a released
 * subject access package — is unreadable everywhere at once, and so are the keys of their referrals
 * and of the records merged into theirs (the same person). What could find or name them in the
 * clear goes: blind-index entries (exact and phonetic), sealed identity rows, family links and
 * their contacts, a referrer's keyed contact index, case studies about their cases (published text
 * is kept in the clear), a self-described gender. What stays is pseudonymous — references, codes,
 * dates, counts — so returns and social-value reports already released still add up.
 *
 * Idempotent and safe against concurrent use: the client's row is locked first, a second erasure
 * finds the first one's record and changes nothing, and the database guard (migration 0026) refuses
 * any write about them afterwards; a write that adds a blind index or a case study takes a share
 * lock on the client, so it either finishes before the erasure starts or waits and is refused.
 * Refused while a retention hold applies or a case is open. Recorded in `client_erasures` and the
 * audit log with counts and ids only.
 */
import { and, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { holdKindsOf } from "../../../core/data-protection/holds.js";
import { recordAudit } from "../../audit/record-audit.js";
import type { Db } from "../../db/client.js";
import type { ErasureTally } from "../../db/erasure-schema.js";
import {
  cases,
  clientErasures,
  importedReferences,
  clientIdentities,
  clientIndexes,
  clients,
  contentItems,
  contentVersions,
  referrals,
  relationships,
  subjectKeys,
} from "../../db/schema.js";
import { AppError, notFound } from "../../http/errors.js";
import type { Vault } from "../../vault/vault.js";
import { holdsOnClient, openCaseReferences } from "./retention-holds.js";

export type ErasureBasis = "request" | "retention";

export interface EraseClientInput {
  organisationId: string;
  clientId: string;
  basis: ErasureBasis;
  /** The data-rights request granted, for an erasure on request. */
  dataRightsRequestId?: string | null;
  /** Null for the system. */
  actorUserId: string | null;
  now: Date;
  /** The HTTP request (or job) it happened in, for the audit log. */
  requestId: string;
}

export type ClientErasure = typeof clientErasures.$inferSelect;

/** The erasure of the client, and whether this call made it (false: it had been erased already). */
export interface ErasureOutcome {
  erasure: ClientErasure;
  isNew: boolean;
}

/** Erases a client (a merged record's id erases the person it was merged into). Call inside a transaction. */
export async function eraseClient(tx: Db, vault: Vault, input: EraseClientInput): Promise<ErasureOutcome> {
  const client = await lockLiveRecord(tx, input.organisationId, input.clientId);
  const [earlier] = await tx.select().from(clientErasures).where(eq(clientErasures.clientId, client.id)).limit(1);
  if (earlier) return { erasure: earlier, isNew: false };

  const holds = await holdsOnClient(tx, input.organisationId, client.id);
  if (holds.length > 0) {
    throw new AppError("conflict", `A retention hold applies (${holdKindsOf(holds).join(", ").replace(/_/g, " ")}): this record cannot be erased.`);
  }
  const mergedIds = await recordsMergedInto(tx, client.id);
  const personIds = [client.id, ...mergedIds];
  const open = await openCaseReferences(tx, personIds);
  if (open.length > 0) throw new AppError("conflict", `Close the open cases first: ${open.join(", ")}.`);

  // Lets the erasure's own deletions past the guard that refuses writes about erased and restricted clients.
  await tx.execute(sql`select set_config('pathways.erasure', 'on', true)`);
  const tally: ErasureTally = {};
  const referralIds = (await tx.select({ id: referrals.id }).from(referrals).where(inArray(referrals.clientId, personIds))).map((row) => row.id);
  tally.keysDestroyed = await destroyKeys(tx, vault, [...personIds, ...referralIds]);
  tally.blindIndexes = await countOf(tx.delete(clientIndexes).where(inArray(clientIndexes.clientId, personIds)).returning({ id: clientIndexes.id }));
  tally.identities = await countOf(tx.delete(clientIdentities).where(inArray(clientIdentities.clientId, personIds)).returning({ id: clientIdentities.clientId }));
  tally.referrals = referralIds.length;
  if (referralIds.length > 0) await tx.update(referrals).set({ referrerContactIndex: null }).where(inArray(referrals.id, referralIds));
  tally.relationships = await countOf(tx.delete(relationships).where(inArray(relationships.clientId, personIds)).returning({ id: relationships.id }));
  // Other clients' links to them stay as a relation, no longer pointing at this record.
  tally.linksFromOthers = await countOf(
    tx.update(relationships).set({ relatedClientId: null }).where(inArray(relationships.relatedClientId, personIds)).returning({ id: relationships.id }),
  );
  tally.caseStudies = await deleteCaseStudies(tx, personIds);
  // A spreadsheet's own reference for them, kept as a keyed index so a second import finds them.
  tally.importedReferences = await countOf(
    tx.delete(importedReferences).where(and(eq(importedReferences.organisationId, input.organisationId), inArray(importedReferences.entityId, [...personIds, ...referralIds]))).returning({ id: importedReferences.entityId }),
  );
  await tx.update(clients).set({ erasedAt: input.now, genderIdentity: null }).where(inArray(clients.id, personIds));

  const [erasure] = await tx
    .insert(clientErasures)
    .values({
      organisationId: input.organisationId,
      clientId: client.id,
      basis: input.basis,
      requestId: input.dataRightsRequestId ?? null,
      erasedBy: input.actorUserId,
      erasedAt: input.now,
      mergedClientIds: mergedIds,
      tally,
    })
    .returning();
  await recordAudit(tx, {
    organisationId: input.organisationId,
    actorUserId: input.actorUserId,
    action: "client.erased",
    entityType: "client",
    entityId: client.id,
    clientId: client.id,
    requestId: input.requestId,
    at: input.now,
    details: { basis: input.basis, dataRightsRequestId: input.dataRightsRequestId ?? null, mergedClientIds: mergedIds, tally },
  });
  return { erasure: erasure!, isNew: true };
}

/** Locks the client's row (and, for a merged record, the record it was merged into) and answers the live one. */
async function lockLiveRecord(tx: Db, organisationId: string, clientId: string) {
  let id = clientId;
  for (let depth = 0; depth < 10; depth++) {
    const [row] = await tx
      .select({ id: clients.id, mergedIntoId: clients.mergedIntoId })
      .from(clients)
      .where(and(eq(clients.id, id), eq(clients.organisationId, organisationId)))
      .for("update");
    if (!row) throw notFound("Client");
    if (row.mergedIntoId === null) return row;
    id = row.mergedIntoId;
  }
  throw new AppError("conflict", "This record's merges form a loop; it cannot be erased.");
}

/** Every record merged into this one, directly or through another merged record. */
async function recordsMergedInto(tx: Db, clientId: string): Promise<string[]> {
  const found: string[] = [];
  let frontier = [clientId];
  while (frontier.length > 0) {
    const rows = await tx.select({ id: clients.id }).from(clients).where(inArray(clients.mergedIntoId, frontier)).for("update");
    frontier = rows.map((row) => row.id).filter((id) => !found.includes(id) && id !== clientId);
    found.push(...frontier);
  }
  return found;
}

/** Destroys the subjects' keys that still exist; answers how many. */
async function destroyKeys(tx: Db, vault: Vault, subjectIds: readonly string[]): Promise<number> {
  if (subjectIds.length === 0) return 0;
  const live = await tx
    .select({ subjectId: subjectKeys.subjectId })
    .from(subjectKeys)
    .where(and(inArray(subjectKeys.subjectId, [...subjectIds]), isNull(subjectKeys.destroyedAt), isNotNull(subjectKeys.wrappedKey)));
  for (const { subjectId } of live) await vault.destroySubjectKey(tx, subjectId);
  return live.length;
}

/** Case studies about the person's cases, every language and version: their text is kept in the clear. */
async function deleteCaseStudies(tx: Db, personIds: readonly string[]): Promise<number> {
  const items = await tx
    .select({ id: contentItems.id })
    .from(contentItems)
    .innerJoin(cases, eq(cases.id, contentItems.caseId))
    .where(inArray(cases.clientId, [...personIds]));
  if (items.length === 0) return 0;
  const itemIds = items.map((item) => item.id);
  await tx.delete(contentVersions).where(inArray(contentVersions.itemId, itemIds));
  await tx.delete(contentItems).where(inArray(contentItems.id, itemIds));
  return items.length;
}

async function countOf(rows: Promise<unknown[]>): Promise<number> {
  return (await rows).length;
}
