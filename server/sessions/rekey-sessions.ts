/**
 * Sessions belong to a case and move with it when two client records are merged (or the merge is
 * undone); their notes are re-encrypted under the receiving client's key, since readers decrypt
 * with the key of the client the case now belongs to.
 */
import { and, eq, inArray, isNotNull } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { supportSessions } from "../db/schema.js";
import { sessionFields } from "./fields.js";

export async function rekeySessionNotes(tx: Db, caseIds: readonly string[], reseal: (field: string, value: Uint8Array) => Uint8Array): Promise<void> {
  if (caseIds.length === 0) return;
  const rows = await tx
    .select({ id: supportSessions.id, notes: supportSessions.notes })
    .from(supportSessions)
    .where(and(inArray(supportSessions.caseId, [...caseIds]), isNotNull(supportSessions.notes)));
  for (const row of rows) {
    if (row.notes) await tx.update(supportSessions).set({ notes: reseal(sessionFields.notes, row.notes) }).where(eq(supportSessions.id, row.id));
  }
}
