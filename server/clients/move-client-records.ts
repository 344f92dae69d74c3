/**
 * The one list of what belongs to a client and moves when two records are merged, and the moves
 * both ways. Rows are moved by id and the ids recorded, so a reversal moves back exactly those rows.
 * Free text stored under the client's key (case timeline reasons, break-glass reasons, assessment
 * answers and decisions, session notes, programme step notes, panel texts, contact details of relationships, notes of conflicts of interest, who made a data-rights request and the copies released) is re-encrypted under the receiving client's key, since every reader
 * decrypts with the key of the client a row now belongs to.
 *
 * A new table that refers to a client must be added here (and, if it holds ciphertext under the
 * client's key, to the re-keying below), or a merge would leave its rows behind.
 */
import { and, eq, inArray, isNotNull, sql, type Column, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { queryRows, type Db } from "../db/client.js";
import { assessments, breakGlassAccesses, carePlanReviews, carePlanVersions, caseEvents, caseOutcomes, cases, clientIndexes, consents, dataRightsRequests, referrals, relationships, subjectAccessReleases, workerConflicts } from "../db/schema.js";
import type { SubjectKey } from "../vault/subject-key.js";
import type { Vault } from "../vault/vault.js";
import { assessmentFields } from "../assessments/fields.js";
import { carePlanFields } from "../care-plans/fields.js";
import { outcomeFields } from "../outcomes/fields.js";
import { rekeyPanelTexts } from "../panel/rekey-panel.js";
import { rekeyEnrolmentNotes } from "../programmes/rekey-enrolment-notes.js";
import { rekeySessionNotes } from "../sessions/rekey-sessions.js";
import { rekeyConflictNotes } from "../workers/rekey-conflicts.js";
import { rekeyDataRights } from "../data-rights/rekey-data-rights.js";
import { contactFields } from "./add-relationship.js";

interface Movable {
  table: PgTable;
  id: Column;
  clientColumn: Column;
}

/** Keys of `client_merges.moved_records`, each with the rows it names. */
const movables = {
  cases: { table: cases, id: cases.id, clientColumn: cases.clientId },
  referrals: { table: referrals, id: referrals.id, clientColumn: referrals.clientId },
  consents: { table: consents, id: consents.id, clientColumn: consents.clientId },
  relationships: { table: relationships, id: relationships.id, clientColumn: relationships.clientId },
  relationships_related: { table: relationships, id: relationships.id, clientColumn: relationships.relatedClientId },
  client_indexes: { table: clientIndexes, id: clientIndexes.id, clientColumn: clientIndexes.clientId },
  worker_conflicts: { table: workerConflicts, id: workerConflicts.id, clientColumn: workerConflicts.clientId },
  data_rights_requests: { table: dataRightsRequests, id: dataRightsRequests.id, clientColumn: dataRightsRequests.clientId },
  subject_access_releases: { table: subjectAccessReleases, id: subjectAccessReleases.id, clientColumn: subjectAccessReleases.clientId },
} satisfies Record<string, Movable>;

export type MovedRecords = Record<keyof typeof movables, string[]>;
const names = Object.keys(movables) as (keyof typeof movables)[];

/** Moves every row of `from` to `to` (both locked by the caller) and returns the moved ids per table. */
export async function moveAllRecords(tx: Db, vault: Vault, keys: { from: SubjectKey; to: SubjectKey }): Promise<MovedRecords> {
  const moved = {} as MovedRecords;
  for (const name of names) {
    moved[name] = await moveRows(tx, movables[name], sql`${movables[name].clientColumn} = ${keys.from.subjectId}`, keys.to.subjectId);
  }
  await rekey(tx, vault, moved, keys);
  return moved;
}

/** Moves exactly the recorded rows back from `from` (the kept client) to `to` (the restored one). */
export async function moveRecordsBack(tx: Db, vault: Vault, recorded: MovedRecords, keys: { from: SubjectKey; to: SubjectKey }): Promise<MovedRecords> {
  const movedBack = {} as MovedRecords;
  for (const name of names) {
    const ids = recorded[name] ?? [];
    const { id, clientColumn } = movables[name];
    // client_indexes ids are bigserial: stored as text in the merge record, compared as numbers.
    const typed = name === "client_indexes" ? ids.map(Number) : ids;
    movedBack[name] = ids.length === 0 ? [] : await moveRows(tx, movables[name], sql`${inArray(id, typed)} and ${clientColumn} = ${keys.from.subjectId}`, keys.to.subjectId);
  }
  await rekey(tx, vault, movedBack, keys);
  return movedBack;
}

async function moveRows(tx: Db, movable: Movable, where: SQL, toClientId: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`update ${movable.table} set ${sql.identifier(movable.clientColumn.name)} = ${toClientId} where ${where} returning ${movable.id}::text as id`,
  );
  return rows.map((row) => row.id).sort();
}

/** Re-encrypts the free text of the moved cases and relationships under the receiving client's key. */
async function rekey(tx: Db, vault: Vault, moved: MovedRecords, keys: { from: SubjectKey; to: SubjectKey }): Promise<void> {
  const reseal = (field: string, value: Uint8Array) => vault.encrypt(keys.to, field, vault.decrypt(keys.from, field, value));
  if (moved.cases.length > 0) {
    const events = await tx.select({ id: caseEvents.id, reason: caseEvents.reason }).from(caseEvents).where(and(inArray(caseEvents.caseId, moved.cases), isNotNull(caseEvents.reason)));
    for (const event of events) {
      if (event.reason) await tx.update(caseEvents).set({ reason: reseal("case_event_reason", event.reason) }).where(eq(caseEvents.id, event.id));
    }
    const accesses = await tx.select({ id: breakGlassAccesses.id, reason: breakGlassAccesses.reason }).from(breakGlassAccesses).where(inArray(breakGlassAccesses.caseId, moved.cases));
    for (const access of accesses) {
      await tx.update(breakGlassAccesses).set({ reason: reseal("break_glass_reason", access.reason) }).where(eq(breakGlassAccesses.id, access.id));
    }
  }
  if (moved.cases.length > 0) await rekeyAssessments(tx, moved.cases, reseal);
  if (moved.cases.length > 0) await rekeyCarePlans(tx, moved.cases, reseal);
  await rekeySessionNotes(tx, moved.cases, reseal);
  await rekeyEnrolmentNotes(tx, moved.cases, reseal);
  await rekeyPanelTexts(tx, moved.cases, reseal);
  if (moved.cases.length > 0) await rekeyCaseOutcomes(tx, moved.cases, reseal);
  await rekeyConflictNotes(tx, moved.worker_conflicts, reseal);
  await rekeyDataRights(tx, { requestIds: moved.data_rights_requests, releaseIds: moved.subject_access_releases }, reseal);
  if (moved.relationships.length > 0) {
    const links = await tx.select().from(relationships).where(inArray(relationships.id, moved.relationships));
    for (const link of links) {
      await tx
        .update(relationships)
        .set({
          contactName: link.contactName ? reseal(contactFields.contactName, link.contactName) : null,
          contactPhone: link.contactPhone ? reseal(contactFields.contactPhone, link.contactPhone) : null,
        })
        .where(eq(relationships.id, link.id));
    }
  }
}

/**
 * Assessments belong to a case, so they move with it; their texts are re-encrypted. A submitted
 * assessment is otherwise unchangeable (a trigger refuses it), so the transaction first says it is
 * re-keying, which lets exactly these texts take their new ciphertext.
 */
async function rekeyAssessments(tx: Db, caseIds: string[], reseal: (field: string, value: Uint8Array) => Uint8Array): Promise<void> {
  const rows = await tx
    .select({ id: assessments.id, answers: assessments.answers, tierRationale: assessments.tierRationale, approvalNote: assessments.approvalNote, returnReason: assessments.returnReason })
    .from(assessments)
    .where(inArray(assessments.caseId, caseIds));
  if (rows.length === 0) return;
  await tx.execute(sql`select set_config('pathways.rekeying', 'on', true)`);
  for (const row of rows) {
    await tx
      .update(assessments)
      .set({
        answers: reseal(assessmentFields.answers, row.answers),
        tierRationale: row.tierRationale && reseal(assessmentFields.tierRationale, row.tierRationale),
        approvalNote: row.approvalNote && reseal(assessmentFields.approvalNote, row.approvalNote),
        returnReason: row.returnReason && reseal(assessmentFields.returnReason, row.returnReason),
      })
      .where(eq(assessments.id, row.id));
  }
  await tx.execute(sql`select set_config('pathways.rekeying', 'off', true)`);
}

/** A case's outcomes move with it; their evidence is re-encrypted under the receiving client's key. */
async function rekeyCaseOutcomes(tx: Db, caseIds: string[], reseal: (field: string, value: Uint8Array) => Uint8Array): Promise<void> {
  const rows = await tx.select({ id: caseOutcomes.id, evidence: caseOutcomes.evidence }).from(caseOutcomes).where(inArray(caseOutcomes.caseId, caseIds));
  for (const row of rows) {
    await tx.update(caseOutcomes).set({ evidence: reseal(outcomeFields.evidence, row.evidence) }).where(eq(caseOutcomes.id, row.id));
  }
}

/**
 * Care plans belong to a case too: each version's content and reason and each review's notes are
 * re-encrypted. Their history is otherwise unchangeable (a trigger refuses it), so, as for
 * assessments, the transaction says it is re-keying for exactly these texts.
 */
async function rekeyCarePlans(tx: Db, caseIds: string[], reseal: (field: string, value: Uint8Array) => Uint8Array): Promise<void> {
  const versions = await tx.select({ id: carePlanVersions.id, content: carePlanVersions.content, reason: carePlanVersions.reason }).from(carePlanVersions).where(inArray(carePlanVersions.caseId, caseIds));
  const reviews = await tx
    .select({ id: carePlanReviews.id, notes: carePlanReviews.notes })
    .from(carePlanReviews)
    .where(and(inArray(carePlanReviews.caseId, caseIds), isNotNull(carePlanReviews.notes)));
  if (versions.length === 0 && reviews.length === 0) return;
  await tx.execute(sql`select set_config('pathways.rekeying', 'on', true)`);
  for (const version of versions) {
    await tx
      .update(carePlanVersions)
      .set({ content: reseal(carePlanFields.content, version.content), reason: version.reason && reseal(carePlanFields.reason, version.reason) })
      .where(eq(carePlanVersions.id, version.id));
  }
  for (const review of reviews) {
    if (review.notes) await tx.update(carePlanReviews).set({ notes: reseal(carePlanFields.reviewNotes, review.notes) }).where(eq(carePlanReviews.id, review.id));
  }
  await tx.execute(sql`select set_config('pathways.rekeying', 'off', true)`);
}
