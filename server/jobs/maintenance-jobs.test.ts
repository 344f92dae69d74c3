/** The built-in housekeeping jobs delete what is stale and nothing else. */
import { randomBytes, randomUUID } from "node:crypto";
import { inArray, like } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testDatabase } from "../../test/db.js";
import { inTransaction, type Db } from "../db/client.js";
import { jobs, organisations, rateLimits, sessions, signInDecoys, users } from "../db/schema.js";
import { defaultSchedules, maintenanceHandlers } from "./maintenance-jobs.js";
import type { JobContext } from "./run-next-job.js";

// The real time, so the purge (rolled back below) only ever touches other tests' rows that are really stale.
const now = new Date();
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
const context: JobContext = { jobId: 0, dedupeKey: null, attempt: 1, now };

class RolledBack extends Error {}

/**
 * The purges are global, and the database is shared with other test files: each test runs in a
 * transaction it rolls back, so other tests' rows are never really deleted.
 */
async function inRolledBackTransaction(fn: (tx: Db) => Promise<void>): Promise<void> {
  const { db } = await testDatabase();
  const run = inTransaction(db, async (tx) => {
    await fn(tx);
    throw new RolledBack();
  });
  await expect(run).rejects.toBeInstanceOf(RolledBack);
}

async function createUser(tx: Db, sessionIdleMinutes: number): Promise<string> {
  const organisationId = randomUUID();
  const userId = randomUUID();
  await tx.insert(organisations).values({ id: organisationId, name: "Maintenance test", sessionIdleMinutes });
  await tx.insert(users).values({ id: userId, organisationId, email: `jobs-${userId}@example.test`, displayName: "Test" });
  return userId;
}

async function createSession(tx: Db, userId: string, lastSeenAt: Date, expiresAt: Date): Promise<string> {
  const tokenHash = randomBytes(32).toString("hex");
  await tx.insert(sessions).values({ tokenHash, userId, mfaState: "complete", csrfToken: "t", lastSeenAt, expiresAt });
  return tokenHash;
}

describe("jobs.maintenance", () => {
  it("ends sessions past their expiry or idle longer than their organisation allows, and keeps live ones", async () => {
    await inRolledBackTransaction(async (tx) => {
      const strictUser = await createUser(tx, 30);
      const lenientUser = await createUser(tx, 120);
      const inAnHour = new Date(now.getTime() + 60 * 60_000);
      const expired = await createSession(tx, strictUser, minutesAgo(1), minutesAgo(1));
      const idle = await createSession(tx, strictUser, minutesAgo(31), inAnHour);
      const live = await createSession(tx, strictUser, minutesAgo(5), inAnHour);
      const idleButAllowed = await createSession(tx, lenientUser, minutesAgo(60), inAnHour);

      await maintenanceHandlers["sessions.purge-expired"](tx, {}, context);

      const left = await tx
        .select({ tokenHash: sessions.tokenHash })
        .from(sessions)
        .where(inArray(sessions.tokenHash, [expired, idle, live, idleButAllowed]));
      expect(left.map((row) => row.tokenHash).sort()).toEqual([live, idleButAllowed].sort());
    });
  });

  it("drops rate-limit windows older than a day and keeps recent ones", async () => {
    await inRolledBackTransaction(async (tx) => {
      const prefix = `test:${randomUUID()}:`;
      await tx.insert(rateLimits).values([
        { key: `${prefix}old`, windowStart: minutesAgo(25 * 60), count: 3 },
        { key: `${prefix}recent`, windowStart: minutesAgo(23 * 60), count: 3 },
      ]);

      await maintenanceHandlers["rate-limits.purge-old"](tx, {}, context);

      const left = await tx.select({ key: rateLimits.key }).from(rateLimits).where(like(rateLimits.key, `${prefix}%`));
      expect(left).toEqual([{ key: `${prefix}recent` }]);
    });
  });

  it("forgets an unknown email's wrong passwords after a month without tries, but never while it is locked", async () => {
    await inRolledBackTransaction(async (tx) => {
      const prefix = `test-${randomUUID()}-`;
      const days = (n: number) => minutesAgo(n * 24 * 60);
      await tx.insert(signInDecoys).values([
        { emailHash: `${prefix}idle`, failedSignIns: 2, updatedAt: days(31) },
        { emailHash: `${prefix}recent`, failedSignIns: 2, updatedAt: days(29) },
        { emailHash: `${prefix}locked`, failedSignIns: 0, lockedUntil: new Date(now.getTime() + 60_000), updatedAt: days(31) },
      ]);

      await maintenanceHandlers["sign-in-decoys.purge-idle"](tx, {}, context);

      const left = await tx.select({ emailHash: signInDecoys.emailHash }).from(signInDecoys).where(like(signInDecoys.emailHash, `${prefix}%`));
      expect(left.map((row) => row.emailHash).sort()).toEqual([`${prefix}locked`, `${prefix}recent`]);
    });
  });

  it("drops done jobs older than a week and keeps recent, failed and queued ones", async () => {
    await inRolledBackTransaction(async (tx) => {
      const prefix = `test.purge.${randomUUID()}.`;
      const eightDaysAgo = minutesAgo(8 * 24 * 60);
      await tx.insert(jobs).values([
        { name: `${prefix}old-done`, status: "done", finishedAt: eightDaysAgo },
        { name: `${prefix}recent-done`, status: "done", finishedAt: minutesAgo(24 * 60) },
        { name: `${prefix}old-failed`, status: "failed", finishedAt: eightDaysAgo },
        { name: `${prefix}queued`, runAt: eightDaysAgo },
      ]);

      await maintenanceHandlers["jobs.purge-finished"](tx, {}, context);

      const left = await tx.select({ name: jobs.name }).from(jobs).where(like(jobs.name, `${prefix}%`));
      expect(left.map((row) => row.name.slice(prefix.length)).sort()).toEqual(["old-failed", "queued", "recent-done"]);
    });
  });

  it("schedules every maintenance job it has a handler for", () => {
    expect(defaultSchedules.map((schedule) => schedule.name).sort()).toEqual(Object.keys(maintenanceHandlers).sort());
  });
});
