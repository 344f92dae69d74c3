/**
 * Reading requests within the actor's organisation. A request of another organisation, or one that
 * does not exist, is the same 404. The lock variant serialises changes to one request.
 */
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { dataRightsRequests, organisations } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { notFound } from "../http/errors.js";

export type RequestRow = typeof dataRightsRequests.$inferSelect;

export async function findRequestFor(db: Db, actor: Actor, requestId: string, options: { isForUpdate?: boolean } = {}): Promise<RequestRow> {
  const query = db
    .select()
    .from(dataRightsRequests)
    .where(and(eq(dataRightsRequests.id, requestId), eq(dataRightsRequests.organisationId, actor.organisationId)))
    .limit(1);
  const [row] = options.isForUpdate ? await query.for("update") : await query;
  if (!row) throw notFound("Request");
  return row;
}

/** The organisation's bank holidays, which move a deadline to the next working day. */
export async function holidaysOf(db: Db, organisationId: string): Promise<Set<string>> {
  const [row] = await db.select({ holidays: organisations.holidays }).from(organisations).where(eq(organisations.id, organisationId)).limit(1);
  return new Set(row?.holidays ?? []);
}

/** Bumps a request's version and time of change, with the columns changed. */
export async function updateRequest(tx: Db, request: RequestRow, changes: Partial<typeof dataRightsRequests.$inferInsert>, now: Date): Promise<void> {
  await tx
    .update(dataRightsRequests)
    .set({ ...changes, updatedAt: now, version: sql`${dataRightsRequests.version} + 1` })
    .where(eq(dataRightsRequests.id, request.id));
}
