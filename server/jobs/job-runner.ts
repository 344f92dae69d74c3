/**
 * The in-process runner: on each tick it makes sure the current schedule slots have their job rows,
 * then drains due jobs one transaction at a time. Every instance runs one; the database decides who
 * runs what (see `schedules.ts` and `run-next-job.ts`), so nothing here needs to know about peers.
 */
import type { Db } from "../db/client.js";
import { runNextJob, type JobHandlers } from "./run-next-job.js";
import { assertValidSchedule, ensureScheduledSlots, type Schedule } from "./schedules.js";

/** How soon a failed tick is tried again (or at the next poll, if that is sooner). */
const tickRetryMs = 1_000;

/** The subset of a pino logger the runner uses. */
export interface JobLogger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface JobRunnerOptions {
  db: Db;
  handlers: JobHandlers;
  schedules?: readonly Schedule[];
  pollIntervalMs: number;
  logger?: JobLogger;
  /** Injectable so tests move time without sleeping. */
  now?: () => Date;
  /** Bounds one tick, so a backlog cannot keep a tick (and `stop()`) running indefinitely. */
  maxJobsPerTick?: number;
}

export interface TickSummary {
  done: number;
  failed: number;
}

const consoleLogger: JobLogger = {
  info: () => undefined,
  warn: (details, message) => {
    console.warn(message, details);
  },
  error: (details, message) => {
    console.error(message, details);
  },
};

export class JobRunner {
  private readonly db: Db;
  private readonly handlers: JobHandlers;
  private readonly schedules: readonly Schedule[];
  private readonly pollIntervalMs: number;
  private readonly logger: JobLogger;
  private readonly now: () => Date;
  private readonly maxJobsPerTick: number;
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<TickSummary> | undefined;
  private isStopping = false;
  private isWokenDuringTick = false;

  constructor(options: JobRunnerOptions) {
    this.db = options.db;
    this.handlers = options.handlers;
    this.schedules = options.schedules ?? [];
    this.pollIntervalMs = options.pollIntervalMs;
    this.logger = options.logger ?? consoleLogger;
    this.now = options.now ?? (() => new Date());
    this.maxJobsPerTick = options.maxJobsPerTick ?? 20;
    for (const schedule of this.schedules) {
      assertValidSchedule(schedule);
      // A schedule without a handler would queue rows no instance ever claims.
      if (!Object.hasOwn(this.handlers, schedule.name)) throw new Error(`Schedule ${schedule.name} has no handler.`);
    }
  }

  /** Ticks now and then every `pollIntervalMs`. The timer is unref'd so it never keeps the process alive. */
  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.tickAndLog();
    }, this.pollIntervalMs);
    this.timer.unref();
    this.tickAndLog();
  }

  /** Stops ticking; resolves once the running tick has finished its current job. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    this.isStopping = true;
    // Its error belongs to whoever started the tick (tickAndLog logs it); stopping only waits.
    await Promise.allSettled([this.inFlight]);
    this.isStopping = false;
  }

  /**
   * Asks for a tick now rather than at the next poll, when a request has just queued work someone
   * is waiting to see (a report being built). A running tick is followed by another, so a job
   * queued as it was finishing is not left for the next poll. Does nothing unless started.
   */
  wake(): void {
    if (!this.timer) return;
    if (this.inFlight) {
      this.isWokenDuringTick = true;
      return;
    }
    this.tickAndLog();
  }

  /** One tick. Calls made while a tick is running share it, so ticks never overlap. */
  tick(): Promise<TickSummary> {
    this.inFlight ??= this.runTick().finally(() => {
      this.inFlight = undefined;
      if (this.isWokenDuringTick && this.timer) {
        this.isWokenDuringTick = false;
        this.tickAndLog();
      }
    });
    return this.inFlight;
  }

  private tickAndLog(): void {
    this.tick().catch((error: unknown) => {
      this.logger.error({ err: error }, "job tick failed");
      // A failed tick (the database briefly unreachable, a lock given up on) is tried again within
      // a second rather than at the next poll, so work someone is waiting for is not held up.
      if (this.timer) setTimeout(() => this.tickAndLog(), Math.min(this.pollIntervalMs, tickRetryMs)).unref();
    });
  }

  private async runTick(): Promise<TickSummary> {
    await ensureScheduledSlots(this.db, this.schedules, this.now());
    const summary: TickSummary = { done: 0, failed: 0 };
    for (let run = 0; run < this.maxJobsPerTick && !this.isStopping; run += 1) {
      const outcome = await runNextJob(this.db, this.handlers, this.now);
      if (outcome.kind === "idle") break;
      const details = { jobId: outcome.job.id, job: outcome.job.name, attempt: outcome.job.attempts + 1 };
      if (outcome.kind === "done") {
        summary.done += 1;
        this.logger.info(details, "job done");
      } else if (outcome.plan.status === "failed") {
        summary.failed += 1;
        this.logger.error({ ...details, err: outcome.error }, "job failed; no attempts left");
      } else {
        summary.failed += 1;
        this.logger.warn({ ...details, retryAt: outcome.plan.runAt, err: outcome.error }, "job failed; will retry");
      }
    }
    return summary;
  }
}
