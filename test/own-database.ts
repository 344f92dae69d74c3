/**
 * A migrated database of one test file's own, for tests that read the whole database as a copy
 * would (a dump, every row as text): the worker's shared database holds every earlier test's data,
 * so reading it would grow with the suite and depend on the order files run in. PGlite: restored
 * from the run's migrated template. PostgreSQL: an empty database on the test server, migrated with
 * the built-in instruments and programmes as the run's is, and dropped at the end.
 */
import { inject } from "vitest";
import { openDatabase, type Database } from "../server/db/client.js";
import { migrate } from "../server/db/migrate.js";
import { syncBuiltInInstruments } from "../server/instruments/sync-built-ins.js";
import { syncBuiltInProgrammes } from "../server/programmes/sync-built-ins.js";
import { createThrowawayPostgres } from "./throwaway-postgres.js";

export interface OwnDatabase {
  database: Database;
  /** The PostgreSQL database's address (for pg_dump); null on PGlite. */
  url: string | null;
  /** Closes it, and drops a PostgreSQL database. */
  drop(): Promise<void>;
}

export async function openOwnDatabase(label: string): Promise<OwnDatabase> {
  if (inject("dbKind") === "postgres") {
    const throwaway = await createThrowawayPostgres(label);
    await migrate(throwaway.database);
    await syncBuiltInInstruments(throwaway.database.db);
    await syncBuiltInProgrammes(throwaway.database.db);
    return { database: throwaway.database, url: throwaway.url, drop: () => throwaway.drop() };
  }
  const template = Buffer.from(inject("pgliteTemplate"), "base64");
  const database = await openDatabase({ kind: "pglite", loadDataDir: new Blob([template]) });
  return { database, url: null, drop: () => database.close() };
}
