/**
 * The database as someone who took a copy would read it, for tests that prove what it does not
 * hold: every row of every table read back as text, and a full pg_dump of a PostgreSQL database.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { sql } from "drizzle-orm";
import { queryRows, type Db } from "../server/db/client.js";
import { postgresUrl } from "./db.js";

/** Every row of every table read back through SQL as text (sees through TOAST compression), lower-cased. */
export async function everyRowAsText(db: Db): Promise<string> {
  const tables = await queryRows<{ name: string }>(
    db,
    sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  const parts: string[] = [];
  for (const { name } of tables) {
    const rows = await queryRows<{ row: string }>(db, sql`select t::text as row from ${sql.identifier(name)} t`);
    // One table's rows joined first: spreading a large table into push() overflows the stack.
    parts.push(rows.map((row) => row.row).join("\n"));
  }
  return parts.join("\n").toLowerCase();
}

/**
 * A full pg_dump (schema and data, every table and large object; not --data-only) of a PostgreSQL
 * database: the run's shared test database unless another is named.
 */
export async function postgresDump(url: string = postgresUrl()): Promise<Buffer> {
  const folder = await mkdtemp(join(tmpdir(), "pathways-dump-"));
  try {
    const file = join(folder, "dump.sql");
    await promisify(execFile)("/usr/bin/pg_dump", ["--no-password", "--file", file, "--dbname", url]);
    return await readFile(file);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
