/** Enqueueing is idempotent per dedupe key. */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testDatabase } from "../../test/db.js";
import { jobs } from "../db/schema.js";
import { enqueueJob } from "./enqueue-job.js";

describe("jobs.enqueue", () => {
  it("keeps one job when the same dedupe key is enqueued twice", async () => {
    const { db } = await testDatabase();
    const name = `test.enqueue.${randomUUID()}`;
    const dedupeKey = `${name}#once`;

    const first = await enqueueJob(db, { name, dedupeKey, payload: { step: 1 } });
    const second = await enqueueJob(db, { name, dedupeKey, payload: { step: 2 } });

    expect(first).toEqual(expect.any(Number));
    expect(second).toBeNull();
    const rows = await db.select({ id: jobs.id, payload: jobs.payload }).from(jobs).where(eq(jobs.name, name));
    expect(rows).toEqual([{ id: first, payload: { step: 1 } }]);
  });

  it("queues jobs without a dedupe key independently", async () => {
    const { db } = await testDatabase();
    const name = `test.enqueue.${randomUUID()}`;
    const runAt = new Date("2031-01-01T00:00:00Z");

    await enqueueJob(db, { name, runAt });
    await enqueueJob(db, { name, runAt });

    const rows = await db.select({ status: jobs.status, runAt: jobs.runAt }).from(jobs).where(eq(jobs.name, name));
    expect(rows).toEqual([
      { status: "queued", runAt },
      { status: "queued", runAt },
    ]);
  });
});
