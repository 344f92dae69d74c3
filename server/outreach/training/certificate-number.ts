/**
 * Certificate numbers: "PW-TR-2026-000123", the year the training was given and a number from a
 * database sequence, printed on the certificate and checkable against the record. The sequence
 * never hands a number out twice, even after an attendee is removed, and needs no lock; the unique
 * index stands behind it.
 */
import { sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { queryRows } from "../../db/client.js";
import { trainingAttendees } from "../../db/schema.js";

type NewAttendee = Omit<typeof trainingAttendees.$inferInsert, "certificateNumber">;

/** Inserts the attendee with the next certificate number, under the training's year; answers the row. */
export async function insertWithCertificate(tx: Db, values: NewAttendee, year: string) {
  const [row] = await queryRows<{ next: string }>(tx, sql`select nextval('training_certificate_numbers')::text as next`);
  const certificateNumber = `PW-TR-${year}-${row!.next.padStart(6, "0")}`;
  const [inserted] = await tx.insert(trainingAttendees).values({ ...values, certificateNumber }).returning();
  return inserted!;
}
