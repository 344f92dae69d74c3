/**
 * When a session's notes are due: a session that took place (attended, or not yet marked either
 * way) is written up within 48 hours. The reminder job and the "write-up due" marks both use this.
 */
import { sql, type SQL } from "drizzle-orm";
import { supportSessions } from "../db/schema.js";

export const writeUpWithinHours = 48;

/** The moment before which a session still without notes is overdue for writing up. */
export const writeUpCutoff = (now: Date): Date => new Date(now.getTime() - writeUpWithinHours * 3_600_000);

export function isWriteUpDue(session: { startsAt: Date; attendance: string | null; notesWrittenAt: Date | null }, now: Date): boolean {
  return session.notesWrittenAt === null && (session.attendance === null || session.attendance === "attended") && session.startsAt < writeUpCutoff(now);
}

/** The same condition as the partial index `support_sessions_unwritten_idx`, written as it is so the planner can use it. */
export const unwrittenSql: SQL = sql`${supportSessions.notesWrittenAt} is null and (${supportSessions.attendance} is null or ${supportSessions.attendance} = 'attended')`;
