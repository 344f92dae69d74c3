/**
 * A PostgreSQL database of a test's own, created empty on the test server and dropped afterwards:
 * for tests that need a whole database to themselves (a backup covers every organisation, and a
 * restore needs an empty database), which the run's shared database cannot be.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { openDatabase, type Database } from "../server/db/client.js";
import { adminUrl } from "./global-setup.js";

export interface ThrowawayDatabase {
  database: Database;
  url: string;
  /** Closes the connections and drops the database. */
  drop(): Promise<void>;
}

async function asAdmin(statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

/** Creates an empty database; answers its address and how to drop it. */
async function createEmpty(label: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `pathways_${label}_${Date.now()}_${randomBytes(3).toString("hex")}`;
  await asAdmin(`CREATE DATABASE ${name}`);
  return { url: adminUrl.replace(/\/[^/]*$/, `/${name}`), drop: () => asAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** For tests that start app processes on a database of their own: `work` gets its address; it is dropped afterwards. */
export async function withThrowawayPostgres<T>(label: string, work: (url: string) => Promise<T>): Promise<T> {
  const { url, drop } = await createEmpty(label);
  try {
    return await work(url);
  } finally {
    await drop();
  }
}

export async function createThrowawayPostgres(label: string): Promise<ThrowawayDatabase> {
  const { url, drop: dropDatabase } = await createEmpty(label);
  const opened = await openDatabase({ kind: "postgres", url, poolSize: 3 });
  let isClosed = false;
  // Closing twice (a test that closed it, then the drop) is harmless.
  const close = async () => {
    if (isClosed) return;
    isClosed = true;
    await opened.close();
  };
  const database: Database = { ...opened, close };
  return {
    database,
    url,
    drop: async () => {
      await close();
      await dropDatabase();
    },
  };
}
