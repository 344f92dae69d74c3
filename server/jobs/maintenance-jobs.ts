/**
 * Housekeeping every installation needs: ending sessions that have expired or gone idle, dropping
 * old rate-limit windows and old finished jobs. Each is a recurring job, so with several instances
 * each slot still runs once.
 */
import { sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import type { JobContext, JobHandlers } from "./run-next-job.js";
import type { Schedule } from "./schedules.js";

/** Timestamps go in as ISO text with a cast, which both drivers bind the same way. */
const at = (date: Date) => sql`${date.toISOString()}::timestamptz`;

/**
 * Deletes sessions past their absolute expiry, or idle for longer than their organisation allows.
 * This runs every few minutes, so session lookups must still check both rules themselves; the
 * purge only stops dead rows (and their token hashes) piling up.
 */
async function purgeExpiredSessions(tx: Db, _payload: unknown, { now }: JobContext): Promise<void> {
  await tx.execute(sql`delete from sessions where expires_at < ${at(now)}`);
  // The idle limit is per organisation, so it is read through the session's user.
  await tx.execute(sql`
    delete from sessions s
    using users u, organisations o
    where u.id = s.user_id
      and o.id = u.organisation_id
      and s.last_seen_at < ${at(now)} - make_interval(mins => o.session_idle_minutes)`);
}

/** A limit counts only its current window, so a day-old window (any window shorter than a day) is dead weight. */
async function purgeOldRateLimitWindows(tx: Db, _payload: unknown, { now }: JobContext): Promise<void> {
  await tx.execute(sql`delete from rate_limits where window_start < ${at(now)} - interval '1 day'`);
}

/** An unknown email's wrong-password count is forgotten after a month without tries, and never while locked. */
async function purgeIdleSignInDecoys(tx: Db, _payload: unknown, { now }: JobContext): Promise<void> {
  await tx.execute(sql`delete from sign_in_decoys where updated_at < ${at(now)} - interval '30 days' and (locked_until is null or locked_until < ${at(now)})`);
}

/** Done jobs are kept a week for troubleshooting; failed ones stay until someone has looked at them. */
async function purgeFinishedJobs(tx: Db, _payload: unknown, { now }: JobContext): Promise<void> {
  await tx.execute(sql`delete from jobs where status = 'done' and finished_at < ${at(now)} - interval '7 days'`);
}

export const maintenanceHandlers = {
  "sessions.purge-expired": purgeExpiredSessions,
  "rate-limits.purge-old": purgeOldRateLimitWindows,
  "sign-in-decoys.purge-idle": purgeIdleSignInDecoys,
  "jobs.purge-finished": purgeFinishedJobs,
} satisfies JobHandlers;

type MaintenanceJobName = keyof typeof maintenanceHandlers;

/** The recurring jobs every instance declares; pass with `maintenanceHandlers` to the runner. */
export const defaultSchedules: readonly (Schedule & { name: MaintenanceJobName })[] = [
  { name: "sessions.purge-expired", everySeconds: 5 * 60 },
  { name: "rate-limits.purge-old", everySeconds: 60 * 60 },
  { name: "sign-in-decoys.purge-idle", everySeconds: 24 * 60 * 60 },
  { name: "jobs.purge-finished", everySeconds: 60 * 60 },
];
