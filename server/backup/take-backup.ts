/**
 * Takes a backup of the whole database: every table the catalogue lists (parents first), every
 * sequence, and the migration level, read in one repeatable-read, read-only transaction so the
 * backup is one moment's consistent state while the app carries on writing (on PostgreSQL), then
 * compressed and encrypted to the backup public key. The same logical form comes from PGlite and
 * PostgreSQL, so either can be restored into the other.
 */
import { readFile } from "node:fs/promises";
import type { KeyObject } from "node:crypto";
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import { inTransaction, queryRows, type Database, type Db } from "../db/client.js";
import { writeBackupFile } from "./backup-file.js";
import { backupFormat, backupFormatVersion, recordLine, type BackupHeaderRecord } from "./backup-format.js";
import { quoteIdentifier, sequenceStates, tablesInLoadOrder } from "./catalogue.js";
import { databaseMigrationLevel } from "./migration-level.js";

export interface BackupSummary {
  file: string;
  header: BackupHeaderRecord;
  tables: { name: string; rows: number }[];
  rows: number;
}

const fetchRows = 1000;

export async function appVersion(): Promise<string> {
  const manifest = JSON.parse(await readFile(new URL("../../package.json", import.meta.url), "utf8")) as { version?: unknown };
  return typeof manifest.version === "string" ? manifest.version : "unknown";
}

export async function takeBackup(database: Database, recipient: KeyObject, file: string, now: Date): Promise<BackupSummary> {
  const migration = await databaseMigrationLevel(database);
  if (migration.count === 0) throw new Error("The database has no schema yet: there is nothing to back up.");
  const version = await appVersion();
  return inTransaction(database.db, async (tx) => {
    await tx.execute(sql`set transaction isolation level repeatable read, read only`);
    const tables = await tablesInLoadOrder(tx);
    const header: BackupHeaderRecord = {
      kind: "header",
      format: backupFormat,
      formatVersion: backupFormatVersion,
      appVersion: version,
      createdAt: now.toISOString(),
      sourceKind: database.kind,
      migration,
      tables,
    };
    const counts: BackupSummary["tables"] = [];
    async function* lines(): AsyncGenerator<string> {
      yield recordLine(header);
      for (const table of tables) {
        yield recordLine({ kind: "table", name: table });
        const hash = createHash("sha256");
        let rows = 0;
        for await (const batch of tableRows(tx, table)) {
          const text = batch.map((row) => `${row}\n`).join("");
          hash.update(text);
          rows += batch.length;
          yield text;
        }
        counts.push({ name: table, rows });
        yield recordLine({ kind: "end", table, rows, sha256: hash.digest("hex") });
      }
      // Sequences stand outside the snapshot and only move forward, so read after the rows they
      // are never behind an id the backup holds.
      yield recordLine({ kind: "sequences", sequences: await sequenceStates(tx) });
      yield recordLine({ kind: "trailer", rows: counts.reduce((sum, t) => sum + t.rows, 0) });
    }
    await writeBackupFile(file, recipient, lines());
    return { file, header, tables: counts, rows: counts.reduce((sum, t) => sum + t.rows, 0) };
  });
}

/**
 * A table's rows as the database's JSON of each row (jsonb's text, which has no line breaks, so
 * one row is one line), through a cursor so no table is held in memory whole. */
async function* tableRows(tx: Db, table: string): AsyncGenerator<string[]> {
  const cursor = sql.raw(`backup_${table.replace(/[^a-z0-9_]/gi, "_")}`);
  await tx.execute(sql`declare ${cursor} no scroll cursor for select to_jsonb(t)::text as row from ${sql.raw(quoteIdentifier(table))} t`);
  try {
    for (;;) {
      const rows = await queryRows<{ row: string }>(tx, sql`fetch forward ${sql.raw(String(fetchRows))} from ${cursor}`);
      if (rows.length === 0) return;
      yield rows.map((r) => r.row);
    }
  } finally {
    await tx.execute(sql`close ${cursor}`);
  }
}
