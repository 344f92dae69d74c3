/** The guarantee the job queue exists for: a scheduled slot runs once however many instances tick. */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { isPostgres, postgresUrl, testDatabase } from "../../test/db.js";
import { openDatabase, type Db } from "../db/client.js";
import { jobs } from "../db/schema.js";
import { JobRunner } from "./job-runner.js";
import type { JobHandler } from "./run-next-job.js";
import { createRunLog, delay, silentLogger, testClock } from "./test-support.js";

const slotCount = 4;
const ticksPerSlot = 6;

/**
 * Two runners, as two app instances would, tick at the same moments through several slots of one
 * schedule; the handler writes a row per run, in the job's transaction.
 */
async function expectOneRunPerSlot(instanceA: Db, instanceB: Db, observer: Db): Promise<void> {
  const log = await createRunLog(observer);
  try {
    const name = `test.exactly-once.${randomUUID()}`;
    const clock = testClock("2031-05-01T12:00:00.000Z");
    const handler: JobHandler = async (tx, _payload, { dedupeKey }) => {
      await log.record(tx, dedupeKey ?? "none");
      await delay(2); // hold the row lock while the other instance tries to claim the job
    };
    const options = {
      handlers: { [name]: handler },
      schedules: [{ name, everySeconds: 60 }],
      pollIntervalMs: 60_000,
      now: clock.now,
      logger: silentLogger,
    };
    const runners = [new JobRunner({ ...options, db: instanceA }), new JobRunner({ ...options, db: instanceB })];

    for (let tick = 0; tick < slotCount * ticksPerSlot; tick += 1) {
      await Promise.all(runners.map((runner) => runner.tick()));
      clock.advance(60_000 / ticksPerSlot);
    }

    const slots = Array.from({ length: slotCount }, (_, slot) => ({
      key: `${name}@${new Date(Date.parse("2031-05-01T12:00:00.000Z") + slot * 60_000).toISOString()}`,
      runs: 1,
    }));
    expect(await log.runsByKey()).toEqual(slots);
    const rows = await observer.select({ status: jobs.status, attempts: jobs.attempts }).from(jobs).where(eq(jobs.name, name));
    expect(rows).toEqual(slots.map(() => ({ status: "done", attempts: 0 })));
  } finally {
    await log.drop();
  }
}

describe("jobs.exactly-once", () => {
  it("runs a scheduled slot once when two instances tick at the same moment", async () => {
    const { db } = await testDatabase();
    await expectOneRunPerSlot(db, db, db);
  });

  it.runIf(isPostgres())(
    "runs a scheduled slot once when two instances with their own connection pools tick at the same moment",
    async () => {
      const { db } = await testDatabase();
      const instanceA = await openDatabase({ kind: "postgres", url: postgresUrl(), poolSize: 3 });
      const instanceB = await openDatabase({ kind: "postgres", url: postgresUrl(), poolSize: 3 });
      try {
        await expectOneRunPerSlot(instanceA.db, instanceB.db, db);
      } finally {
        await Promise.all([instanceA.close(), instanceB.close()]);
      }
    },
  );
});
