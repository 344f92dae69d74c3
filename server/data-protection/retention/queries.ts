/**
 * Reading the retention queue and the record of deletions, always within the actor's organisation.
 * Lists are paged and ordered (due day, then reference; newest approval first) so pages are stable.
 */
import { and, asc, count, desc, eq } from "drizzle-orm";
import type { z } from "zod";
import type { retentionQueueQuerySchema } from "../../../core/api/retention.js";
import type { Db } from "../../db/client.js";
import { retentionDeletionItems, retentionDeletions, retentionReviewEntries, retentionReviewRuns } from "../../db/retention-schema.js";
import { users } from "../../db/schema.js";
import { notFound } from "../../http/errors.js";
import type { Actor } from "../../http/context.js";

export type QueueQuery = z.infer<typeof retentionQueueQuerySchema>;

/** How many records are due and held, and when the review last ran. */
export async function queueSummaryOf(db: Db, organisationId: string) {
  const [counts, [run]] = await Promise.all([
    db
      .select({ status: retentionReviewEntries.status, total: count() })
      .from(retentionReviewEntries)
      .where(eq(retentionReviewEntries.organisationId, organisationId))
      .groupBy(retentionReviewEntries.status),
    db.select({ ranAt: retentionReviewRuns.ranAt }).from(retentionReviewRuns).where(eq(retentionReviewRuns.organisationId, organisationId)),
  ]);
  const of = (status: "due" | "held") => counts.find((row) => row.status === status)?.total ?? 0;
  return { counts: { due: of("due"), held: of("held") }, lastReviewedAt: run?.ranAt ?? null };
}

/** One page of the queue, of one status. */
export async function queuePageOf(db: Db, organisationId: string, query: QueueQuery) {
  const where = and(eq(retentionReviewEntries.organisationId, organisationId), eq(retentionReviewEntries.status, query.status));
  return db
    .select()
    .from(retentionReviewEntries)
    .where(where)
    .orderBy(asc(retentionReviewEntries.dueOn), asc(retentionReviewEntries.reference))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
}

/** One page of the record of deletions, newest first, with who approved each. */
export async function deletionsPageOf(db: Db, organisationId: string, page: { page: number; pageSize: number }) {
  const [rows, [total]] = await Promise.all([
    db
      .select({ id: retentionDeletions.id, approvedAt: retentionDeletions.approvedAt, approvedByName: users.displayName, recordCount: retentionDeletions.recordCount })
      .from(retentionDeletions)
      .innerJoin(users, eq(users.id, retentionDeletions.approvedBy))
      .where(eq(retentionDeletions.organisationId, organisationId))
      .orderBy(desc(retentionDeletions.approvedAt), desc(retentionDeletions.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ total: count() }).from(retentionDeletions).where(eq(retentionDeletions.organisationId, organisationId)),
  ]);
  return { rows, total: total?.total ?? 0 };
}

/** A deletion of the actor's organisation with each record it erased; 404 for any other. */
export async function findDeletionFor(db: Db, actor: Actor, deletionId: string) {
  const [deletion] = await db
    .select({ id: retentionDeletions.id, approvedAt: retentionDeletions.approvedAt, approvedByName: users.displayName, recordCount: retentionDeletions.recordCount })
    .from(retentionDeletions)
    .innerJoin(users, eq(users.id, retentionDeletions.approvedBy))
    .where(and(eq(retentionDeletions.id, deletionId), eq(retentionDeletions.organisationId, actor.organisationId)));
  if (!deletion) throw notFound("Deletion");
  const items = await db
    .select()
    .from(retentionDeletionItems)
    .where(eq(retentionDeletionItems.deletionId, deletion.id))
    .orderBy(asc(retentionDeletionItems.recordType), asc(retentionDeletionItems.reference));
  return { ...deletion, items };
}

/** Every record the organisation has deleted under its retention rules, for the export, oldest approval first. */
export async function allDeletedItemsOf(db: Db, organisationId: string) {
  return db
    .select({
      approvedAt: retentionDeletions.approvedAt,
      approvedByName: users.displayName,
      deletionId: retentionDeletions.id,
      recordType: retentionDeletionItems.recordType,
      reference: retentionDeletionItems.reference,
      ageGroup: retentionDeletionItems.ageGroup,
      rule: retentionDeletionItems.rule,
      dueOn: retentionDeletionItems.dueOn,
    })
    .from(retentionDeletionItems)
    .innerJoin(retentionDeletions, eq(retentionDeletions.id, retentionDeletionItems.deletionId))
    .innerJoin(users, eq(users.id, retentionDeletions.approvedBy))
    .where(eq(retentionDeletionItems.organisationId, organisationId))
    .orderBy(asc(retentionDeletions.approvedAt), asc(retentionDeletionItems.reference));
}
