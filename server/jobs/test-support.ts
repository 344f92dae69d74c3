/**
 * Helpers for the job tests: a throwaway table that records each handler run, a controllable
 * clock and a silent logger. The table has a random name so parallel test files never share it.
 */
import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { queryRows, type Db } from "../db/client.js";
import type { JobLogger } from "./job-runner.js";

export interface RunLog {
  /** Records one run, inside the handler's transaction, so a rollback erases it. */
  record(tx: Db, key: string): Promise<void>;
  runsByKey(): Promise<{ key: string; runs: number }[]>;
  drop(): Promise<void>;
}

export async function createRunLog(db: Db): Promise<RunLog> {
  // A generated name, not input, so raw SQL is safe here.
  const table = sql.raw(`job_test_runs_${randomBytes(6).toString("hex")}`);
  // No unique constraint on purpose: a second run of the same slot must show up as a second row.
  await db.execute(sql`create table if not exists ${table} (key text not null)`);
  return {
    record: async (tx, key) => {
      await tx.execute(sql`insert into ${table} (key) values (${key})`);
    },
    runsByKey: () =>
      queryRows<{ key: string; runs: number }>(
        db,
        sql`select key, count(*)::int as runs from ${table} group by key order by key`,
      ),
    drop: async () => {
      await db.execute(sql`drop table if exists ${table}`);
    },
  };
}

export function testClock(startIso: string): { now: () => Date; set(date: Date): void; advance(ms: number): void } {
  let current = new Date(startIso);
  return {
    now: () => current,
    set: (date) => {
      current = date;
    },
    advance: (ms) => {
      current = new Date(current.getTime() + ms);
    },
  };
}

export const silentLogger: JobLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };

export const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
