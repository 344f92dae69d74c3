/** Opens the database the configuration names: the PostgreSQL server, or the embedded one. */
import path from "node:path";
import type { Config } from "../config.js";
import { openDatabase, type Database } from "./client.js";

export function openConfiguredDatabase(config: Config): Promise<Database> {
  return config.databaseUrl
    ? openDatabase({ kind: "postgres", url: config.databaseUrl })
    : openDatabase({ kind: "pglite", dataDir: path.join(config.dataDir, "db") });
}
