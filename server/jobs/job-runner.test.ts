/** The runner's behaviour with one instance: success, failure and retry, unknown jobs, start and stop. */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testDatabase } from "../../test/db.js";
import { jobs } from "../db/schema.js";
import { enqueueJob } from "./enqueue-job.js";
import { JobRunner } from "./job-runner.js";
import type { JobHandlers } from "./run-next-job.js";
import { createRunLog, delay, silentLogger, testClock } from "./test-support.js";

const uniqueName = (what: string) => `test.${what}.${randomUUID()}`;

describe("jobs.runner", () => {
  it("rolls back a failing job's writes, retries it with backoff and marks it failed after maxAttempts", async () => {
    const { db } = await testDatabase();
    const log = await createRunLog(db);
    try {
      const name = uniqueName("failing");
      const clock = testClock("2031-02-01T09:00:00.000Z");
      const start = clock.now();
      const runner = new JobRunner({
        db,
        handlers: {
          [name]: async (tx) => {
            await log.record(tx, name);
            throw new Error("could not notify jane.doe@example.org");
          },
        },
        pollIntervalMs: 60_000,
        now: clock.now,
        logger: silentLogger,
      });
      const id = await enqueueJob(db, { name, runAt: start, maxAttempts: 3 });
      const job = async () => (await db.select().from(jobs).where(eq(jobs.id, id ?? -1)))[0];

      expect(await runner.tick()).toEqual({ done: 0, failed: 1 });
      expect(await job()).toMatchObject({ status: "queued", attempts: 1, runAt: new Date("2031-02-01T09:00:30.000Z") });
      expect((await job())?.lastError).toBe("Error");

      clock.advance(29_000);
      expect(await runner.tick()).toEqual({ done: 0, failed: 0 });

      clock.advance(1_000);
      expect(await runner.tick()).toEqual({ done: 0, failed: 1 });
      expect(await job()).toMatchObject({ status: "queued", attempts: 2, runAt: new Date("2031-02-01T09:01:30.000Z") });

      clock.advance(60_000);
      expect(await runner.tick()).toEqual({ done: 0, failed: 1 });
      expect(await job()).toMatchObject({ status: "failed", attempts: 3, finishedAt: clock.now() });

      clock.advance(24 * 60 * 60_000);
      expect(await runner.tick()).toEqual({ done: 0, failed: 0 });
      expect(await log.runsByKey()).toEqual([]);
    } finally {
      await log.drop();
    }
  });

  it("runs work queued by a request when woken, without waiting for the next poll", async () => {
    const { db } = await testDatabase();
    const name = uniqueName("woken");
    let ran = 0;
    const runner = new JobRunner({
      db,
      handlers: {
        [name]: async () => {
          ran += 1;
        },
      },
      // Far longer than the test: only a wake can run the job in time.
      pollIntervalMs: 3_600_000,
      logger: silentLogger,
    });
    runner.wake();
    runner.start();
    try {
      await runner.tick();
      await enqueueJob(db, { name });
      runner.wake();
      for (let waited = 0; ran === 0 && waited < 5_000; waited += 20) await delay(20);
      expect(ran).toBe(1);
    } finally {
      await runner.stop();
    }
  });

  it("runs a job's writes and marks it done in the same transaction", async () => {
    const { db } = await testDatabase();
    const log = await createRunLog(db);
    try {
      const name = uniqueName("succeeding");
      const clock = testClock("2031-02-01T09:00:00.000Z");
      const handlers: JobHandlers = { [name]: (tx, payload) => log.record(tx, String(payload.caseId)) };
      const runner = new JobRunner({ db, handlers, pollIntervalMs: 60_000, now: clock.now, logger: silentLogger });
      const id = await enqueueJob(db, { name, runAt: clock.now(), payload: { caseId: "c-1" } });

      expect(await runner.tick()).toEqual({ done: 1, failed: 0 });
      expect(await runner.tick()).toEqual({ done: 0, failed: 0 });
      expect(await log.runsByKey()).toEqual([{ key: "c-1", runs: 1 }]);
      const [row] = await db.select().from(jobs).where(eq(jobs.id, id ?? -1));
      expect(row).toMatchObject({ status: "done", attempts: 0, finishedAt: clock.now() });
    } finally {
      await log.drop();
    }
  });

  it("leaves a job it has no handler for to the instances that have one", async () => {
    const { db } = await testDatabase();
    const clock = testClock("2031-02-01T09:00:00.000Z");
    const handlers: JobHandlers = { [uniqueName("known")]: () => Promise.resolve() };
    const runner = new JobRunner({ db, handlers, pollIntervalMs: 60_000, now: clock.now });
    const id = await enqueueJob(db, { name: uniqueName("unknown"), runAt: clock.now() });

    expect(await runner.tick()).toEqual({ done: 0, failed: 0 });
    const [row] = await db.select({ status: jobs.status, attempts: jobs.attempts }).from(jobs).where(eq(jobs.id, id ?? -1));
    expect(row).toEqual({ status: "queued", attempts: 0 });
  });

  it("refuses a schedule that has no handler", async () => {
    const { db } = await testDatabase();
    const schedules = [{ name: "nobody.handles-this", everySeconds: 60 }];
    expect(() => new JobRunner({ db, handlers: {}, schedules, pollIntervalMs: 1_000 })).toThrow(/no handler/);
  });

  it("joins a tick already running instead of starting an overlapping one", async () => {
    const { db } = await testDatabase();
    const runner = new JobRunner({ db, handlers: {}, pollIntervalMs: 60_000 });
    const first = runner.tick();
    expect(runner.tick()).toBe(first);
    await first;
  });

  it("stops by letting the running job finish and starting no other", async () => {
    const { db } = await testDatabase();
    const name = uniqueName("slow");
    let release = (): void => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let started = 0;
    const runner = new JobRunner({
      db,
      handlers: {
        [name]: async () => {
          started += 1;
          await gate;
        },
      },
      pollIntervalMs: 10,
      logger: silentLogger,
    });
    const runAt = new Date(Date.now() - 1_000);
    const firstId = await enqueueJob(db, { name, runAt });
    const secondId = await enqueueJob(db, { name, runAt });

    runner.start();
    await expect.poll(() => started, { timeout: 5_000 }).toBe(1);
    let isStopped = false;
    const stopping = runner.stop().then(() => (isStopped = true));
    await delay(30);
    expect(isStopped).toBe(false);
    release();
    await stopping;

    const statuses = await db
      .select({ id: jobs.id, status: jobs.status })
      .from(jobs)
      .where(eq(jobs.name, name))
      .orderBy(jobs.id);
    expect(statuses).toEqual([
      { id: firstId, status: "done" },
      { id: secondId, status: "queued" },
    ]);
    expect(started).toBe(1);
  });
});
