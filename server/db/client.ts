/**
 * Opens the database: PGlite persisted to a data folder by default, or a PostgreSQL server when
 * `DATABASE_URL` is set. Both are reached through the same Drizzle schema and queries.
 */
import { PGlite } from "@electric-sql/pglite";
import type { SQL } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import pg from "pg";
import * as schema from "./schema.js";

export type Schema = typeof schema;
/** A database handle or an open transaction: both run the same queries. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface Database {
  db: Db;
  kind: "pglite" | "postgres";
  /** The embedded engine, when that is what runs (for dumps and restores). */
  pglite?: PGlite;
  close(): Promise<void>;
}

export type DatabaseTarget =
  | { kind: "pglite"; dataDir?: string; loadDataDir?: Blob | File }
  | { kind: "postgres"; url: string; poolSize?: number };

/** Settings for every server connection: JIT compilation costs more than it saves on the short queries an app like this runs. */
export const connectionOptions = "-c jit=off";

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === "postgres") {
    // A database that cannot be reached fails a request within seconds (a clean 503), not never.
    const pool = new pg.Pool({ connectionString: target.url, max: target.poolSize ?? 10, options: connectionOptions, connectionTimeoutMillis: 5_000 });
    // An idle client that errors (server restart) must not crash the process; the pool replaces it.
    pool.on("error", () => undefined);
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return { db, kind: "postgres", close: () => pool.end() };
  }
  const client = await PGlite.create({
    ...(target.dataDir ? { dataDir: target.dataDir } : {}),
    ...(target.loadDataDir ? { loadDataDir: target.loadDataDir } : {}),
  });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return { db, kind: "pglite", pglite: client, close: () => client.close() };
}

/** Runs `fn` in one transaction; every write that touches more than one row goes through here. */
export function inTransaction<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction((tx) => fn(tx as unknown as Db));
}

/** Runs raw SQL and returns its rows; both drivers put them in `.rows`. */
export async function queryRows<T extends Record<string, unknown>>(db: Db, query: SQL): Promise<T[]> {
  // The driver-generic result type is `unknown`; both drivers return `{ rows }`.
  const result = (await db.execute(query)) as { rows: T[] };
  return result.rows;
}
