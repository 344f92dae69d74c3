/**
 * Write-up reminders: every hour, each worker at a session that took place (attended, or not yet
 * marked either way) more than 48 hours ago and still has no notes is told, once per session. Only
 * workers who can still open the case are told (they could not write it up otherwise). The alert
 * names the case reference and the day of the session, never the client.
 */
import { and, asc, eq, gt, inArray, lt, or, sql } from "drizzle-orm";
import { londonDay } from "../../core/referrals/triage-target.js";
import type { Db } from "../db/client.js";
import { cases, notifications, supportSessions, supportSessionWorkers, users } from "../db/schema.js";
import type { JobContext, JobHandlers } from "../jobs/run-next-job.js";
import { seesCaseSql } from "./queries.js";
import { unwrittenSql, writeUpCutoff } from "./write-up.js";

const batchSize = 500;
/**
 * How far back the job looks. A session unwritten for four weeks has had its reminder (the job runs
 * hourly); looking no further keeps each run's scan small however many old sessions stay unmarked.
 */
const lookBackDays = 28;

type Cursor = { startsAt: Date; id: string };

async function remindBatch(tx: Db, now: Date, after: Cursor | null): Promise<{ sent: number; next: Cursor | null }> {
  const cutoff = writeUpCutoff(now);
  const due = await tx
    .select({ session: supportSessions, kase: cases })
    .from(supportSessions)
    .innerJoin(cases, eq(cases.id, supportSessions.caseId))
    .where(
      and(
        unwrittenSql,
        lt(supportSessions.startsAt, cutoff),
        gt(supportSessions.startsAt, new Date(cutoff.getTime() - lookBackDays * 86_400_000)),
        after ? or(gt(supportSessions.startsAt, after.startsAt), and(eq(supportSessions.startsAt, after.startsAt), gt(supportSessions.id, after.id))) : undefined,
      ),
    )
    .orderBy(asc(supportSessions.startsAt), asc(supportSessions.id))
    .limit(batchSize);
  if (due.length === 0) return { sent: 0, next: null };
  const last = due.at(-1)!.session;
  const sessionIds = due.map((row) => row.session.id);
  const [workers, told] = await Promise.all([
    tx
      .select({ sessionId: supportSessionWorkers.sessionId, userId: supportSessionWorkers.userId })
      .from(supportSessionWorkers)
      .innerJoin(users, eq(users.id, supportSessionWorkers.userId))
      .where(and(inArray(supportSessionWorkers.sessionId, sessionIds), eq(users.isActive, true))),
    tx
      .select({ userId: notifications.userId, sessionId: sql<string>`${notifications.details}->>'sessionId'` })
      .from(notifications)
      .where(and(eq(notifications.kind, "session_write_up_due"), inArray(notifications.entityId, [...new Set(due.map((row) => row.kase.id))]))),
  ]);
  const toldKeys = new Set(told.map((row) => `${row.sessionId}|${row.userId}`));
  const alerts = [];
  for (const { session, kase } of due) {
    const untold = workers.filter((worker) => worker.sessionId === session.id && !toldKeys.has(`${session.id}|${worker.userId}`)).map((worker) => worker.userId);
    if (untold.length === 0) continue;
    const able = await tx.select({ id: users.id }).from(users).where(and(inArray(users.id, untold), seesCaseSql(users.id, kase)));
    for (const { id } of able) {
      alerts.push({
        organisationId: session.organisationId,
        userId: id,
        kind: "session_write_up_due",
        entityType: "case",
        entityId: kase.id,
        details: { reference: kase.reference, siteId: kase.siteId, date: londonDay(session.startsAt), sessionId: session.id },
      });
    }
  }
  if (alerts.length > 0) await tx.insert(notifications).values(alerts);
  return { sent: alerts.length, next: due.length < batchSize ? null : { startsAt: last.startsAt, id: last.id } };
}

/** Sends every reminder now due; answers how many (for tests). */
export async function sendWriteUpReminders(tx: Db, now: Date): Promise<number> {
  let sent = 0;
  let cursor: Cursor | null = null;
  do {
    const batch: { sent: number; next: Cursor | null } = await remindBatch(tx, now, cursor);
    sent += batch.sent;
    cursor = batch.next;
  } while (cursor);
  return sent;
}

export const writeUpReminderHandlers = {
  "sessions.write-up-reminders": async (tx: Db, _payload: unknown, { now }: JobContext) => {
    await sendWriteUpReminders(tx, now);
  },
} satisfies JobHandlers;

export const writeUpReminderSchedules = [{ name: "sessions.write-up-reminders", everySeconds: 60 * 60 }] as const;
