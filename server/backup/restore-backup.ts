/**
 * Restores a backup into an empty database, all or nothing:
 *
 * 1. the whole backup is decrypted and checked (every chunk's tag, every table's count and
 *    checksum, its end) before the database is touched;
 * 2. the database must be empty and its schema no further on than the backup's, and this version
 *    of Pathways must have the backup's migrations, byte for byte;
 * 3. the schema is migrated to the backup's level; then, in one transaction, every table's rows are
 *    loaded (parents first), the sequences set, each table's count compared with the backup's, and
 *    every data key unwrapped with the keyring present (and its blind-index key shown to be the one
 *    the records were indexed with); any failure rolls all of it back;
 * 4. any later migrations carry the restored data forward, as they would have the original.
 *
 * The tables' own triggers are off while their rows load, inside the same transaction: the rows
 * come back exactly as they were, derived columns (a case's first contact) included, so nothing
 * needs working out again, and the append-only and immutability triggers refuse changes, which a
 * load does not make. The foreign keys stay checked (they are the database's own triggers, which
 * only a superuser could turn off, and a managed database gives none).
 */
import type { KeyObject } from "node:crypto";
import { sql } from "drizzle-orm";
import { inTransaction, queryRows, type Database, type Db } from "../db/client.js";
import { migrate } from "../db/migrate.js";
import type { Keyring } from "../vault/keyring.js";
import { BackupError } from "./backup-error.js";
import { readBackupFile } from "./backup-file.js";
import type { BackupManifest } from "./backup-format.js";
import { quoteIdentifier, restoreSequence, tablesInLoadOrder } from "./catalogue.js";
import { checkBlindIndexKey, checkKeyringOpensKeys } from "./check-keyring.js";
import { codeMigrationAt, codeMigrationLevel, databaseMigrationLevel, migrateTo } from "./migration-level.js";

export interface RestoreSummary {
  manifest: BackupManifest;
  /** Data keys the keyring was shown to open. */
  keysChecked: number;
  /** Migrations applied after the backup's level. */
  laterMigrations: number;
}

export async function restoreBackup(database: Database, file: string, privateKey: KeyObject, keyring: Keyring): Promise<RestoreSummary> {
  const manifest = await readBackupFile(file, privateKey);
  await checkMigrationsMatch(manifest);
  await checkEmpty(database, manifest);
  await migrateTo(database, manifest.header.migration.count);
  const { keysChecked } = await inTransaction(database.db, async (tx) => {
    await checkTablesMatch(tx, manifest);
    const triggered = await tablesWithTriggers(tx);
    for (const table of triggered) await tx.execute(sql`alter table ${sql.raw(quoteIdentifier(table))} disable trigger user`);
    await readBackupFile(file, privateKey, {
      start: async () => undefined,
      rows: (table, lines) => insertRows(tx, table, lines),
    });
    for (const table of triggered) await tx.execute(sql`alter table ${sql.raw(quoteIdentifier(table))} enable trigger user`);
    for (const sequence of manifest.sequences) await restoreSequence(tx, sequence);
    await checkCounts(tx, manifest);
    const keys = await checkKeyringOpensKeys(tx, keyring);
    await checkBlindIndexKey(tx, keyring);
    return { keysChecked: keys.checked };
  });
  const level = (await codeMigrationLevel()).count;
  await migrate(database);
  return { manifest, keysChecked, laterMigrations: level - manifest.header.migration.count };
}

/** The application's tables that have triggers of their own (not the foreign keys' internal ones). */
async function tablesWithTriggers(tx: Db): Promise<string[]> {
  const rows = await queryRows<{ name: string }>(
    tx,
    sql`select distinct c.relname as name from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
      where not t.tgisinternal and n.nspname = current_schema() order by c.relname`,
  );
  return rows.map((row) => row.name);
}

async function insertRows(tx: Db, table: string, lines: string[]): Promise<void> {
  const name = sql.raw(quoteIdentifier(table));
  await tx.execute(sql`insert into ${name} select * from jsonb_populate_recordset(null::${name}, ${`[${lines.join(",")}]`}::jsonb)`);
}

async function checkMigrationsMatch(manifest: BackupManifest): Promise<void> {
  const wanted = manifest.header.migration;
  const ours = await codeMigrationAt(wanted.count);
  if (!ours) {
    throw new BackupError(
      "schema_mismatch",
      `This backup was taken by a newer version of Pathways (${manifest.header.appVersion}, schema ${wanted.tag}); restore it with that version or a later one.`,
    );
  }
  if (ours.tag !== wanted.tag || ours.hash !== wanted.hash) {
    throw new BackupError("schema_mismatch", `This backup's schema (${wanted.tag}) is not this version's migration ${ours.tag}; restore it with the version that took it (${manifest.header.appVersion}).`);
  }
}

/** Refuses a database with any row in it, or one migrated further than the backup. */
async function checkEmpty(database: Database, manifest: BackupManifest): Promise<void> {
  const tables = await tablesInLoadOrder(database.db);
  if (tables.length > 0) {
    const probes = tables.map((table) => sql`select ${table}::text as name where exists (select 1 from ${sql.raw(quoteIdentifier(table))})`);
    const filled = await queryRows<{ name: string }>(database.db, sql.join(probes, sql` union all `));
    if (filled.length > 0) {
      const names = filled.map((row) => row.name).sort();
      const shown = names.length > 5 ? `${names.slice(0, 5).join(", ")} and ${names.length - 5} more` : names.join(", ");
      throw new BackupError(
        "not_empty",
        `The database to restore into is not empty (${shown} hold rows). A backup is restored only into an empty database, so nothing is overwritten: create a new database (or, for the embedded one, point PATHWAYS_DATA_DIR at a new folder) and restore into that.`,
      );
    }
  }
  const level = await databaseMigrationLevel(database);
  if (level.count > manifest.header.migration.count) {
    throw new BackupError(
      "not_empty",
      `The database to restore into has a newer schema (${level.tag}) than the backup (${manifest.header.migration.tag}). Restore into a new database that has not been migrated.`,
    );
  }
}

async function checkTablesMatch(tx: Db, manifest: BackupManifest): Promise<void> {
  const here = new Set(await tablesInLoadOrder(tx));
  const there = new Set(manifest.header.tables);
  const missingHere = [...there].filter((t) => !here.has(t));
  const missingThere = [...here].filter((t) => !there.has(t));
  if (missingHere.length > 0 || missingThere.length > 0) {
    const parts = [missingHere.length ? `tables only in the backup: ${missingHere.join(", ")}` : "", missingThere.length ? `tables only here: ${missingThere.join(", ")}` : ""];
    throw new BackupError("schema_mismatch", `The backup's tables differ from the schema it names (${parts.filter(Boolean).join("; ")}).`);
  }
}

async function checkCounts(tx: Db, manifest: BackupManifest): Promise<void> {
  for (const table of manifest.tables) {
    const [row] = await queryRows<{ n: string }>(tx, sql`select count(*)::text as n from ${sql.raw(quoteIdentifier(table.name))}`);
    if (Number(row?.n) !== table.rows) throw new BackupError("damaged", `Table ${table.name} holds ${row?.n} rows after loading, not the backup's ${table.rows}.`);
  }
}
