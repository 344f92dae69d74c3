/**
 * Conflicts of interest follow their client in a merge (and its reversal): their notes are
 * re-encrypted under the receiving client's key, since readers decrypt with the key of the client a
 * row now belongs to. Called by clients/move-client-records.ts.
 */
import { eq, inArray } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { workerConflicts } from "../db/schema.js";
import { workerFields } from "./fields.js";

export async function rekeyConflictNotes(tx: Db, conflictIds: readonly string[], reseal: (field: string, value: Uint8Array) => Uint8Array): Promise<void> {
  if (conflictIds.length === 0) return;
  const rows = await tx.select({ id: workerConflicts.id, note: workerConflicts.note }).from(workerConflicts).where(inArray(workerConflicts.id, [...conflictIds]));
  for (const row of rows) {
    if (row.note) await tx.update(workerConflicts).set({ note: reseal(workerFields.conflictNote, row.note) }).where(eq(workerConflicts.id, row.id));
  }
}
