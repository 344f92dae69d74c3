/**
 * Prepares one migrated database, with the built-in instruments and programmes stored as at start, for the whole test run:
 * - PGlite: a migrated data directory dumped once, which every test worker restores (fast).
 * - PostgreSQL: a throwaway database created for this run and dropped afterwards. With `CI=true`
 *   an unreachable server fails the run instead of skipping it.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../server/db/client.js";
import { migrate } from "../server/db/migrate.js";
import { syncBuiltInInstruments } from "../server/instruments/sync-built-ins.js";
import { syncBuiltInProgrammes } from "../server/programmes/sync-built-ins.js";

declare module "vitest" {
  export interface ProvidedContext {
    dbKind: "pglite" | "postgres";
    postgresUrl: string;
    pgliteTemplate: string;
  }
}

export const adminUrl = process.env.PATHWAYS_TEST_POSTGRES_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const kind = process.env.PATHWAYS_TEST_DB === "postgres" ? "postgres" : "pglite";
  project.provide("dbKind", kind);
  if (kind === "pglite") {
    const database = await openDatabase({ kind: "pglite" });
    await migrate(database);
    await syncBuiltInInstruments(database.db);
    await syncBuiltInProgrammes(database.db);
    const dump = await database.pglite!.dumpDataDir("none");
    const buffer = Buffer.from(await dump.arrayBuffer());
    project.provide("pgliteTemplate", buffer.toString("base64"));
    project.provide("postgresUrl", "");
    await database.close();
    return async () => undefined;
  }

  const name = `pathways_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(`PostgreSQL is not reachable at ${adminUrl}; the PostgreSQL tests cannot run.`, { cause: error });
  }
  await admin.query(`CREATE DATABASE ${name}`);
  const url = adminUrl.replace(/\/[^/]*$/, `/${name}`);
  const database = await openDatabase({ kind: "postgres", url });
  await migrate(database);
  await syncBuiltInInstruments(database.db);
  await syncBuiltInProgrammes(database.db);
  await database.close();
  project.provide("postgresUrl", url);
  project.provide("pgliteTemplate", "");
  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  };
}
