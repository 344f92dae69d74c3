/**
 * Loading millions of rows is far faster into bare tables: the secondary indexes and foreign keys
 * of the loaded tables are dropped first and rebuilt after, from the definitions the migrations
 * created (read back from the catalogue, so the result is exactly the migrated schema). Rebuilding
 * the foreign keys also checks every loaded row against them.
 */
import type { BenchDatabase } from "../lib/database.js";

interface SavedDefinitions {
  indexes: { name: string; definition: string }[];
  foreignKeys: { name: string; table: string; definition: string }[];
}

export async function dropBulkIndexes(database: BenchDatabase, tables: readonly string[]): Promise<SavedDefinitions> {
  const indexes = await database.query<{ name: string; definition: string }>(
    `select i.indexname as name, i.indexdef as definition from pg_indexes i
      where i.schemaname = 'public' and i.tablename = any($1)
        and not exists (select 1 from pg_constraint c where c.conname = i.indexname and c.contype = 'p')
      order by i.tablename, i.indexname`,
    [tables],
  );
  const foreignKeys = await database.query<{ name: string; table: string; definition: string }>(
    `select c.conname as name, c.conrelid::regclass::text as "table", pg_get_constraintdef(c.oid) as definition
       from pg_constraint c where c.contype = 'f' and c.conrelid::regclass::text = any($1) order by 2, 1`,
    [tables],
  );
  for (const key of foreignKeys) await database.query(`ALTER TABLE ${key.table} DROP CONSTRAINT ${key.name}`);
  for (const index of indexes) await database.query(`DROP INDEX ${index.name}`);
  return { indexes, foreignKeys };
}

/** Rebuilds what `dropBulkIndexes` dropped; `onStep` hears each statement's name and seconds. */
export async function restoreBulkIndexes(database: BenchDatabase, saved: SavedDefinitions, onStep: (name: string, seconds: number) => void): Promise<void> {
  // One session for every statement, so the memory setting applies to all of them.
  const client = database.pool ? await database.pool.connect() : null;
  const exec = async (statement: string) => {
    if (client) await client.query(statement);
    else await database.query(statement);
  };
  const timed = async (name: string, statement: string) => {
    const started = performance.now();
    await exec(statement);
    onStep(name, (performance.now() - started) / 1000);
  };
  try {
    await exec(`SET maintenance_work_mem = '${database.kind === "postgres" ? "1GB" : "256MB"}'`);
    for (const index of saved.indexes) await timed(index.name, index.definition);
    for (const key of saved.foreignKeys) await timed(key.name, `ALTER TABLE ${key.table} ADD CONSTRAINT ${key.name} ${key.definition}`);
  } finally {
    client?.release();
  }
}
