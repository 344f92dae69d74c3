/**
 * Which of the committed migrations a database has had, and migrating one only as far as a given
 * migration: a backup is loaded into the schema it was taken from, and the later migrations then
 * carry the restored data forward exactly as they would have carried the original.
 */
import { createHash } from "node:crypto";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { queryRows, type Database } from "../db/client.js";
import { migrationsFolder } from "../db/migrate.js";

export interface MigrationLevel {
  /** How many migrations have been applied. */
  count: number;
  /** The last one's name, e.g. "0022_content". */
  tag: string;
  /** SHA-256 of its SQL file, as the migrator records it. */
  hash: string;
}

interface JournalEntry {
  idx: number;
  when: number;
  tag: string;
}

async function journal(): Promise<{ text: Record<string, unknown>; entries: JournalEntry[] }> {
  const text = JSON.parse(await readFile(path.join(migrationsFolder, "meta", "_journal.json"), "utf8")) as Record<string, unknown> & { entries: JournalEntry[] };
  return { text, entries: text.entries };
}

async function levelOf(entries: JournalEntry[], count: number): Promise<MigrationLevel> {
  const entry = entries[count - 1];
  if (!entry) return { count: 0, tag: "", hash: "" };
  const file = await readFile(path.join(migrationsFolder, `${entry.tag}.sql`), "utf8");
  return { count, tag: entry.tag, hash: createHash("sha256").update(file).digest("hex") };
}

/** The migrations this version of Pathways ships: the level a database reaches when migrated. */
export async function codeMigrationLevel(): Promise<MigrationLevel> {
  const { entries } = await journal();
  return levelOf(entries, entries.length);
}

/** The code's own migration at a level, to compare with a backup's (same name and same SQL, or not the same migration). */
export async function codeMigrationAt(count: number): Promise<MigrationLevel | undefined> {
  const { entries } = await journal();
  return count >= 1 && count <= entries.length ? levelOf(entries, count) : undefined;
}

/** The database's level: none applied is count 0. A migration this version does not know is an error. */
export async function databaseMigrationLevel(database: Database): Promise<MigrationLevel> {
  const [exists] = await queryRows<{ present: boolean }>(database.db, sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`);
  if (!exists?.present) return { count: 0, tag: "", hash: "" };
  const [last] = await queryRows<{ created_at: string; hash: string }>(
    database.db,
    sql`select created_at::text as created_at, hash from drizzle.__drizzle_migrations order by created_at desc limit 1`,
  );
  if (!last) return { count: 0, tag: "", hash: "" };
  const { entries } = await journal();
  const index = entries.findIndex((entry) => String(entry.when) === last.created_at);
  if (index < 0) throw new Error("The database has had a migration this version of Pathways does not know; use the version that migrated it.");
  return levelOf(entries, index + 1);
}

/** Applies the committed migrations up to and including the `count`-th, and no further. */
export async function migrateTo(database: Database, count: number): Promise<void> {
  const { text, entries } = await journal();
  const folder = await mkdtemp(path.join(tmpdir(), "pathways-migrations-"));
  try {
    await cp(migrationsFolder, folder, { recursive: true });
    await writeFile(path.join(folder, "meta", "_journal.json"), JSON.stringify({ ...text, entries: entries.slice(0, count) }));
    const config = { migrationsFolder: folder };
    if (database.kind === "pglite") await migratePglite(database.db as never, config);
    else await migratePg(database.db as never, config);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
