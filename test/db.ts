/**
 * The test database for this worker: one per worker, restored from the migrated template (PGlite)
 * or a pool on the run's throwaway database (PostgreSQL). Tests stay isolated by creating their own
 * organisation through the factories, so nothing is cleaned up between them.
 */
import { inject } from "vitest";
import { openDatabase, type Database } from "../server/db/client.js";

let opened: Promise<Database> | undefined;

export function testDatabase(): Promise<Database> {
  opened ??= open();
  return opened;
}

async function open(): Promise<Database> {
  if (inject("dbKind") === "postgres") {
    return openDatabase({ kind: "postgres", url: inject("postgresUrl"), poolSize: 5 });
  }
  const template = Buffer.from(inject("pgliteTemplate"), "base64");
  return openDatabase({ kind: "pglite", loadDataDir: new Blob([template]) });
}

export const isPostgres = (): boolean => inject("dbKind") === "postgres";
export const postgresUrl = (): string => inject("postgresUrl");
