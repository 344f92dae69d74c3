/**
 * Puts a job on the shared queue. A dedupe key makes enqueueing idempotent: however many instances
 * (or retried requests) enqueue the same key, one row exists and the job runs once.
 */
import type { Db } from "../db/client.js";
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
      ...(input.runAt ? { runAt: input.runAt } : {}),
      ...(input.dedupeKey !== undefined ? { dedupeKey: input.dedupeKey } : {}),
      ...(input.maxAttempts !== undefined ? { maxAttempts: input.maxAttempts } : {}),
    })
    .onConflictDoNothing({ target: jobs.dedupeKey })
    .returning({ id: jobs.id });
  return inserted[0]?.id ?? null;
}
