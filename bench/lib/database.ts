/**
 * Opens the bench database with the application's schema, through the same drivers the server
 * uses, keeping hold of the raw pool (PostgreSQL) or engine (PGlite): the loader COPYs through it,
 * and the benchmarks measure their limits on it.
 */
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import { connectionOptions, type Database, type Db } from "../../server/db/client.js";
import * as schema from "../../server/db/schema.js";
import type { Target } from "./options.js";

export interface BenchDatabase extends Database {
  /** Raw SQL with positional parameters; rows as plain objects. */
  query<T extends Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  pool?: pg.Pool;
}

export async function openBenchDatabase(target: Target, poolSize = 10): Promise<BenchDatabase> {
  if (target.kind === "postgres") {
    // The server's own connection settings, so plans here are the plans the server gets.
    const pool = new pg.Pool({ connectionString: target.url, max: poolSize, options: connectionOptions });
    pool.on("error", () => undefined);
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return {
      db,
      kind: "postgres",
      pool,
      query: async <T extends Record<string, unknown>>(text: string, params?: unknown[]) => (await pool.query<T>(text, params)).rows,
      close: () => pool.end(),
    };
  }
  const pglite = await PGlite.create({ dataDir: target.dir });
  const db = drizzlePglite(pglite, { schema }) as unknown as Db;
  return {
    db,
    kind: "pglite",
    pglite,
    query: async <T extends Record<string, unknown>>(text: string, params?: unknown[]) => (await pglite.query<T>(text, params)).rows,
    close: () => pglite.close(),
  };
}

/**
 * Drops and recreates a PostgreSQL database. Refuses any name not starting `pathways_bench`, so a
 * mistyped --database-url cannot drop a real database.
 */
export async function recreatePostgresDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ""));
  if (!/^pathways_bench[a-z0-9_]*$/.test(name)) throw new Error(`Refusing to drop "${name}": bench databases are named pathways_bench…`);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
}
