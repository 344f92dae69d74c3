/**
 * Spreadsheet import (`npx tsx bench/import.ts -- --database=postgres|pglite --rows=100000`): a
 * fresh database with one organisation and its administrator, an invented CSV of `--rows` distinct
 * people (server/import/test-support.ts), uploaded, dry-run and imported through the import's own
 * use cases and its batch job, exactly as the app runs them: every client with its own data key,
 * identity encrypted, blind indexes, imported reference and audit event, a batch of 1,000 rows per
 * transaction. Target: 5,000 rows a second or better for the import on PostgreSQL.
 * Writes bench/results/<date>-import-<database>.{json,md}.
 */
import { execFileSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import pg from "pg";
import { eq } from "drizzle-orm";
import { toCsv } from "../core/csv.js";
import { guessColumns } from "../core/import/cells.js";
import { clientImport } from "../core/import/client-fields.js";
import { connectionOptions, inTransaction, type Database, type Db } from "../server/db/client.js";
import { migrate } from "../server/db/migrate.js";
import * as schema from "../server/db/schema.js";
import { organisations, users } from "../server/db/schema.js";
import { checkImport } from "../server/import/check-import.js";
import { importJobHandlers, startImport } from "../server/import/run-import.js";
import { generateClientSheet } from "../server/import/test-support.js";
import { uploadImport } from "../server/import/upload-import.js";
import { runNextJob } from "../server/jobs/run-next-job.js";
import { testKeyring } from "../server/vault/test-keyring.js";
import { createVault } from "../server/vault/vault.js";
import { recreatePostgresDatabase } from "./lib/database.js";
import { benchRoot } from "./lib/options.js";

const args = new Map(process.argv.slice(2).map((arg) => arg.replace(/^--/, "").split("=") as [string, string]));
const kind = args.get("database") === "pglite" ? "pglite" : "postgres";
const rowCount = Number(args.get("rows") ?? 100_000);
const postgresUrl = args.get("database-url") ?? "postgres://postgres@127.0.0.1:5432/pathways_bench_import";
const targetRowsPerSecond = 5_000;

async function openDatabase(): Promise<Database> {
  if (kind === "postgres") {
    await recreatePostgresDatabase(postgresUrl);
    const pool = new pg.Pool({ connectionString: postgresUrl, max: 4, options: connectionOptions });
    return { db: drizzlePg(pool, { schema }) as unknown as Db, kind, close: () => pool.end() };
  }
  const pglite = await PGlite.create();
  return { db: drizzlePglite(pglite, { schema }) as unknown as Db, kind, pglite, close: () => pglite.close() };
}

const seconds = (from: number) => (performance.now() - from) / 1000;

const database = await openDatabase();
try {
  const { db } = database;
  await migrate(database);
  const vault = createVault(testKeyring());
  const [organisation] = await db.insert(organisations).values({ name: "Bench Community Trust" }).returning();
  const [admin] = await db.insert(users).values({ organisationId: organisation!.id, email: "admin@bench.example.org", displayName: "Bench Administrator" }).returning();
  const actor = { userId: admin!.id, organisationId: organisation!.id };
  const sheet = generateClientSheet(rowCount);
  const file = Buffer.from(toCsv(sheet.rows), "utf8");
  const loadAverageBefore = os.loadavg();
  const context = () => ({ vault, now: new Date(), requestId: "bench" });

  let started = performance.now();
  const uploaded = await inTransaction(db, (tx) => uploadImport(tx, actor, file, context()));
  const uploadSeconds = seconds(started);
  started = performance.now();
  const checked = await inTransaction(db, (tx) => checkImport(tx, actor, uploaded.id, { kind: "clients", columns: guessColumns(clientImport, sheet.rows[0]!) }, context()));
  const dryRunSeconds = seconds(started);
  if (checked.problemRows + checked.duplicateRows > 0) throw new Error(`the generated file should have no problems: ${checked.problemRows} problem rows, ${checked.duplicateRows} duplicates`);

  started = performance.now();
  await inTransaction(db, (tx) => startImport(tx, actor, uploaded.id, context()));
  const handlers = importJobHandlers(vault);
  const batchSeconds: number[] = [];
  for (;;) {
    const batchStarted = performance.now();
    const outcome = await runNextJob(db, handlers, () => new Date());
    if (outcome.kind === "idle") break;
    if (outcome.kind === "failed") throw outcome.error;
    batchSeconds.push(seconds(batchStarted));
  }
  const importSeconds = seconds(started);
  const [done] = await db.select().from(schema.spreadsheetImports).where(eq(schema.spreadsheetImports.id, uploaded.id));
  const rowsImported = done!.rowsImported;
  if (rowsImported !== rowCount) throw new Error(`imported ${rowsImported} of ${rowCount}`);
  const rowsPerSecond = Math.round(rowsImported / importSeconds);
  const sorted = [...batchSeconds].sort((a, b) => a - b);
  const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"]).toString().trim();
  const date = new Date().toISOString().slice(0, 10);
  const report = {
    date,
    commit,
    database: kind,
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? "unknown", memoryGb: Math.round(os.totalmem() / 2 ** 30) },
    loadAverageBefore,
    loadAverageAfter: os.loadavg(),
    rows: rowCount,
    uploadSeconds: Number(uploadSeconds.toFixed(2)),
    dryRunSeconds: Number(dryRunSeconds.toFixed(2)),
    importSeconds: Number(importSeconds.toFixed(2)),
    rowsPerSecond,
    batches: batchSeconds.length,
    batchMedianSeconds: Number((sorted[Math.floor(sorted.length / 2)] ?? 0).toFixed(3)),
    targetRowsPerSecond,
    meetsTarget: rowsPerSecond >= targetRowsPerSecond,
  };
  const dir = path.join(benchRoot, "results");
  await mkdir(dir, { recursive: true });
  const base = path.join(dir, `${date}-import-${kind}`);
  await writeFile(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(
    `${base}.md`,
    [
      `# Spreadsheet import: ${rowCount.toLocaleString("en-GB")} clients (${kind}, ${date}, commit ${commit})`,
      "",
      `Machine: ${report.machine.cpus} × ${report.machine.model}, ${report.machine.memoryGb} GB; load average ${loadAverageBefore.map((value) => value.toFixed(1)).join(" ")} before.`,
      "",
      "| step | seconds | rows a second |",
      "|---|---:|---:|",
      `| upload (read, seal in chunks) | ${report.uploadSeconds} | ${Math.round(rowCount / uploadSeconds)} |`,
      `| dry run (every check, duplicates in the file and in the database) | ${report.dryRunSeconds} | ${Math.round(rowCount / dryRunSeconds)} |`,
      `| import (${report.batches} batches, median ${report.batchMedianSeconds} s) | ${report.importSeconds} | **${rowsPerSecond}** |`,
      "",
      `Target: ${targetRowsPerSecond} rows a second for the import: ${report.meetsTarget ? "met" : "missed"}.`,
      "",
    ].join("\n"),
  );
  console.log(JSON.stringify(report, null, 2));
  process.exitCode = report.meetsTarget ? 0 : 1;
} finally {
  await database.close();
}
