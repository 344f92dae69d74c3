/**
 * Enrolments belong to a case, so they move with it when two client records are merged; the notes
 * of their events (override reasons, step-back and withdrawal notes) are re-encrypted under the
 * receiving client's key (clients/move-client-records.ts calls this).
 */
import { and, eq, inArray, isNotNull } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { programmeEnrolmentEvents } from "../db/schema.js";
import { enrolmentFields } from "./fields.js";

export async function rekeyEnrolmentNotes(tx: Db, caseIds: readonly string[], reseal: (field: string, value: Uint8Array) => Uint8Array): Promise<void> {
  if (caseIds.length === 0) return;
  const rows = await tx
    .select({ id: programmeEnrolmentEvents.id, note: programmeEnrolmentEvents.note })
    .from(programmeEnrolmentEvents)
    .where(and(inArray(programmeEnrolmentEvents.caseId, [...caseIds]), isNotNull(programmeEnrolmentEvents.note)));
  for (const row of rows) {
    if (row.note) await tx.update(programmeEnrolmentEvents).set({ note: reseal(enrolmentFields.note, row.note) }).where(eq(programmeEnrolmentEvents.id, row.id));
  }
}
