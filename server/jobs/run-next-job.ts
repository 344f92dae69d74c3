/**
 * Claims and runs one due job. The claim, the handler's work and the "done" mark share one
 * transaction, so the handler's database effects commit exactly once: a crash or error rolls them
 * back together with the claim, and `FOR UPDATE SKIP LOCKED` keeps every other instance off the row
 * while it runs (they move on to the next job instead of waiting).
 */
import { and, asc, eq, inArray, lte } from "drizzle-orm";
import { inTransaction, type Db } from "../db/client.js";
import { jobs } from "../db/schema.js";
import { planFailure, summariseError, type FailurePlan } from "./job-failure.js";

export interface JobContext {
  jobId: number;
  /** For a scheduled job, `${name}@${slotIso}`, which names the slot being run. */
  dedupeKey: string | null;
  /** 1 on the first run. */
  attempt: number;
  /** The runner's clock, so handlers and tests agree on what "now" is. */
  now: Date;
}

/** Does the job's work with `tx`, the claiming transaction; throwing rolls every write back. */
export type JobHandler = (tx: Db, payload: Record<string, unknown>, context: JobContext) => Promise<void>;
export type JobHandlers = Readonly<Record<string, JobHandler>>;

export interface ClaimedJob {
  id: number;
  name: string;
  dedupeKey: string | null;
  payload: Record<string, unknown>;
  runAt: Date;
  attempts: number;
  maxAttempts: number;
}

export type RunOutcome =
  | { kind: "idle" }
  | { kind: "done"; job: ClaimedJob }
  | { kind: "failed"; job: ClaimedJob; plan: FailurePlan; error: unknown };

/** Runs the oldest due job that one of `handlers` can run, or reports that none is due. */
export async function runNextJob(db: Db, handlers: JobHandlers, clock: () => Date): Promise<RunOutcome> {
  const names = Object.keys(handlers);
  if (names.length === 0) return { kind: "idle" };
  let claimed: ClaimedJob | undefined;
  try {
    return await inTransaction(db, async (tx): Promise<RunOutcome> => {
      const job = await claimNextDueJob(tx, names, clock());
      if (!job) return { kind: "idle" };
      claimed = job;
      const handler = handlers[job.name];
      if (!handler) throw new Error(`No handler for job ${job.name}`);
      const context = { jobId: job.id, dedupeKey: job.dedupeKey, attempt: job.attempts + 1, now: clock() };
      try {
        // A savepoint: the handler's writes roll back on error while the row stays locked, so the
        // failure and its backoff are recorded before another instance can pick the job up again.
        await inTransaction(tx, (handlerTx) => handler(handlerTx, job.payload, context));
      } catch (error) {
        const plan = planFailure(job, clock());
        await recordFailure(tx, job, plan, error);
        return { kind: "failed", job, plan, error };
      }
      await tx.update(jobs).set({ status: "done", finishedAt: clock() }).where(eq(jobs.id, job.id));
      return { kind: "done", job };
    });
  } catch (error) {
    // The transaction itself failed (connection lost, commit refused), so all of it rolled back:
    // record the attempt in a separate statement, after the rollback.
    if (!claimed) throw error;
    const plan = planFailure(claimed, clock());
    await recordFailure(db, claimed, plan, error);
    return { kind: "failed", job: claimed, plan, error };
  }
}

/** Locks the oldest due queued job; rows locked by other instances are skipped, not waited for. */
async function claimNextDueJob(tx: Db, names: string[], now: Date): Promise<ClaimedJob | undefined> {
  const [job] = await tx
    .select({
      id: jobs.id,
      name: jobs.name,
      dedupeKey: jobs.dedupeKey,
      payload: jobs.payload,
      runAt: jobs.runAt,
      attempts: jobs.attempts,
      maxAttempts: jobs.maxAttempts,
    })
    .from(jobs)
    // Only names this instance can run: during a rolling deploy an older instance leaves new
    // kinds of job for the instances that know them, instead of failing them.
    .where(and(eq(jobs.status, "queued"), lte(jobs.runAt, now), inArray(jobs.name, names)))
    .orderBy(asc(jobs.runAt), asc(jobs.id))
    .limit(1)
    .for("update", { skipLocked: true });
  return job;
}

/** Guarded by the attempts seen at claim time, so one failure is never counted twice. */
async function recordFailure(db: Db, job: ClaimedJob, plan: FailurePlan, error: unknown): Promise<void> {
  await db
    .update(jobs)
    .set({ ...plan, lastError: summariseError(error) })
    .where(and(eq(jobs.id, job.id), eq(jobs.status, "queued"), eq(jobs.attempts, job.attempts)));
}
