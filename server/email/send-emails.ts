/**
 * Sends what waits in the outbox, outside any database transaction: an SMTP server can be slow, and
 * the embedded database has a single connection that every request needs. Due rows are claimed in
 * a short transaction (`FOR UPDATE SKIP LOCKED`, then a lease in `claimed_until`), so two instances
 * or two overlapping runs never send the same row; each is then sent, and marked sent or its attempt
 * counted with a short error, in a transaction of its own. A failed row is tried again after a
 * growing pause (2 minutes, 10, 30, 2 hours, 6 hours after it was queued) and left alone after six
 * tries. An unreachable server ends the run at once, counting a try for every row claimed, so an
 * outage does not hold the run once per row. A deactivated recipient gets nothing: their rows leave
 * the queue. If the process stopped after the server took a message but before it was marked sent,
 * the message would go again once the lease ran out.
 */
import { and, asc, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
import type { PgUpdateSetSource } from "drizzle-orm/pg-core";
import { inTransaction, type Db } from "../db/client.js";
import { emailOutbox, users } from "../db/schema.js";
import { isServerUnreachable, type MailSender } from "./transport.js";

/** Minutes after queueing before each try (the first at once); its length is the number of tries. */
export const retryAfterMinutes = [0, 2, 10, 30, 120, 360] as const;
const batchSize = 20;
/** Longer than a batch can take to send (each message times out well within it). */
const leaseMinutes = 15;

export interface SendSummary {
  sent: number;
  failed: number;
}

const at = (date: Date) => sql`${date.toISOString()}::timestamptz`;

async function claimDue(db: Db, now: Date) {
  const schedule = sql.raw(`array[${retryAfterMinutes.join(",")}]::int[]`);
  return inTransaction(db, async (tx) => {
    const due = await tx
      .select({ id: emailOutbox.id, attempts: emailOutbox.attempts, subject: emailOutbox.subject, body: emailOutbox.body, to: users.email, isActive: users.isActive })
      .from(emailOutbox)
      .innerJoin(users, eq(users.id, emailOutbox.userId))
      .where(
        and(
          isNull(emailOutbox.sentAt),
          lt(emailOutbox.attempts, retryAfterMinutes.length),
          or(isNull(emailOutbox.claimedUntil), lt(emailOutbox.claimedUntil, now)),
          sql`${emailOutbox.createdAt} + make_interval(mins => (${schedule})[${emailOutbox.attempts} + 1]) <= ${at(now)}`,
        ),
      )
      .orderBy(asc(emailOutbox.createdAt), asc(emailOutbox.id))
      .limit(batchSize)
      .for("update", { of: emailOutbox, skipLocked: true });
    if (due.length > 0) {
      await tx
        .update(emailOutbox)
        .set({ claimedUntil: new Date(now.getTime() + leaseMinutes * 60_000) })
        .where(inArray(emailOutbox.id, due.map((row) => row.id)));
    }
    return due;
  });
}

export async function sendQueuedEmails(db: Db, sender: MailSender, options: { now: Date; describeError: (error: unknown) => string }): Promise<SendSummary> {
  const due = await claimDue(db, options.now);
  const record = (ids: string[], values: PgUpdateSetSource<typeof emailOutbox>) =>
    db.update(emailOutbox).set({ ...values, claimedUntil: null }).where(inArray(emailOutbox.id, ids));
  const summary: SendSummary = { sent: 0, failed: 0 };
  for (const [index, row] of due.entries()) {
    if (!row.isActive) {
      await record([row.id], { attempts: retryAfterMinutes.length, lastError: "recipient deactivated" });
      continue;
    }
    try {
      await sender.send({ to: row.to, subject: row.subject, text: row.body });
      await record([row.id], { sentAt: options.now, attempts: row.attempts + 1, lastError: null });
      summary.sent += 1;
    } catch (error) {
      const lastError = options.describeError(error);
      if (isServerUnreachable(error)) {
        const rest = due.slice(index).filter((other) => other.isActive).map((other) => other.id);
        await record(rest, { attempts: sql`${emailOutbox.attempts} + 1`, lastError });
        // Rows after an inactive one were claimed too: release them untouched for the next run.
        const untouched = due.slice(index).filter((other) => !other.isActive).map((other) => other.id);
        if (untouched.length > 0) await record(untouched, {});
        summary.failed += rest.length;
        return summary;
      }
      await record([row.id], { attempts: row.attempts + 1, lastError });
      summary.failed += 1;
    }
  }
  return summary;
}
