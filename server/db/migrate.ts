/** Applies the committed SQL migrations to either database. */
import { fileURLToPath } from "node:url";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { Database } from "./client.js";

export const migrationsFolder = fileURLToPath(new URL("./migrations", import.meta.url));

export async function migrate(database: Database): Promise<void> {
  const config = { migrationsFolder };
  if (database.kind === "pglite") {
    await migratePglite(database.db as never, config);
  } else {
    await migratePg(database.db as never, config);
  }
}
