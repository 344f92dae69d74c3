/**
 * Puts a job on the shared queue. A dedupe key makes enqueueing idempotent: however many instances
 * (or retried requests) enqueue the same key, one row exists and the job runs once.
 */
import type { Db } from "../db/client.js";
import { sql } from "drizzle-orm";
import { jobs } from "../db/schema.js";

export interface EnqueueJobInput {
  name: string;
  /** Ids and settings only; payloads are stored in plain text, so never personal data. */
  payload?: Record<string, unknown>;
  /** When the job becomes due; now when omitted. */
  runAt?: Date;
  dedupeKey?: string;
  maxAttempts?: number;
}

/** Enqueues a job and returns its id, or null when a job with the same dedupe key already exists. */
export async function enqueueJob(db: Db, input: EnqueueJobInput): Promise<number | null> {
  const inserted = await db
    .insert(jobs)
    .values({
      name: input.name,
      payload: input.payload ?? {},
      // The column's default, now(), has microseconds; the runner asks for jobs due at a moment
      // with milliseconds, so a job woken within the millisecond it was enqueued would look not yet
      // due and wait for the next poll. Truncating keeps "due now" due to the runner at once.
      runAt: input.runAt ?? sql`date_trunc('milliseconds', now())`,
      ...(input.dedupeKey !== undefined ? { dedupeKey: input.dedupeKey } : {}),
      ...(input.maxAttempts !== undefined ? { maxAttempts: input.maxAttempts } : {}),
    })
    .onConflictDoNothing({ target: jobs.dedupeKey })
    .returning({ id: jobs.id });
  return inserted[0]?.id ?? null;
}
