/**
 * Certificate numbers: "PW-TR-2026-000123", the year the training was given and the next number in
 * that year, printed on the certificate and checkable against the record. The unique index is the
 * judge: two attendees added at once may both reach for the same number, and the one that finds it
 * taken (ON CONFLICT DO NOTHING, which waits for the other to commit) takes the next.
 */
import { sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { trainingAttendees } from "../../db/schema.js";
import { AppError } from "../../http/errors.js";
import { queryRows } from "../../db/client.js";

type NewAttendee = Omit<typeof trainingAttendees.$inferInsert, "certificateNumber">;

const attempts = 5;

export const certificatePrefix = (year: string) => `PW-TR-${year}-`;

export const certificateNumber = (year: string, sequence: number) => `${certificatePrefix(year)}${String(sequence).padStart(6, "0")}`;

async function nextSequence(tx: Db, year: string): Promise<number> {
  const prefix = certificatePrefix(year);
  // Compared as numbers, so the millionth certificate of a year still follows the 999,999th. The
  // position is cast: as text it would make `substring … from` a regular-expression match.
  const [row] = await queryRows<{ last: number | null }>(
    tx,
    sql`select max(substring(${trainingAttendees.certificateNumber} from ${prefix.length + 1}::int)::int) as last from ${trainingAttendees} where ${trainingAttendees.certificateNumber} like ${`${prefix}%`}`,
  );
  return (row?.last ?? 0) + 1;
}

/** Inserts the attendee with the next free number of the training's year; answers the row. */
export async function insertWithCertificate(tx: Db, values: NewAttendee, year: string) {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    const number = certificateNumber(year, await nextSequence(tx, year));
    const [inserted] = await tx.insert(trainingAttendees).values({ ...values, certificateNumber: number }).onConflictDoNothing({ target: trainingAttendees.certificateNumber }).returning();
    if (inserted) return inserted;
  }
  throw new AppError("conflict", "Many certificates are being issued at this moment. Try again.");
}
