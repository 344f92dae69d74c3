/**
 * Certificate numbers: "PW-TR-2026-000123", the year the training was given and the next number in
 * that year, printed on the certificate and checkable against the record. A lock per year, held to
 * the end of the transaction, keeps two attendees added at once from taking the same number; the
 * unique index stays as the backstop.
 */
import { sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { trainingAttendees } from "../../db/schema.js";
import { queryRows } from "../../db/client.js";

type NewAttendee = Omit<typeof trainingAttendees.$inferInsert, "certificateNumber">;

const certificatePrefix = (year: string) => `PW-TR-${year}-`;

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

/** Inserts the attendee with the next number of the training's year; answers the row. */
export async function insertWithCertificate(tx: Db, values: NewAttendee, year: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`training_certificates:${year}`}, 0))`);
  const certificateNumber = `${certificatePrefix(year)}${String(await nextSequence(tx, year)).padStart(6, "0")}`;
  const [inserted] = await tx.insert(trainingAttendees).values({ ...values, certificateNumber }).returning();
  return inserted!;
}
