/**
 * `npm run backup -- --key <public key> --out <file or folder>`: an encrypted backup of the whole
 * database (the PostgreSQL server in DATABASE_URL, or the embedded one in the data folder). Given a
 * folder, the file is named by the time, `pathways-20261125T020000Z.pwbackup`. Prints what it holds;
 * exits 1 if anything failed, leaving no file behind.
 * The embedded database is opened by one process at a time: stop the app first (or back up a
 * PostgreSQL installation, which needs no stop).
 */
import { access, stat } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadConfig } from "../config.js";
import { openConfiguredDatabase } from "../db/open-configured.js";
import { keyId } from "./backup-key.js";
import { megabytes, publicKeyFrom, report, runCommand } from "./cli-support.js";
import { takeBackup } from "./take-backup.js";

const stamp = (now: Date) => now.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");

async function outputFile(out: string, now: Date): Promise<string> {
  const info = await stat(out).catch(() => undefined);
  return info?.isDirectory() ? path.join(out, `pathways-${stamp(now)}.pwbackup`) : out;
}

runCommand("The backup", async () => {
  const { values } = parseArgs({ options: { key: { type: "string" }, out: { type: "string" } } });
  if (!values.out) {
    report("Name where to write the backup: --out <file or folder>.");
    return 1;
  }
  const recipient = await publicKeyFrom(values.key);
  const now = new Date();
  const file = await outputFile(values.out, now);
  const config = loadConfig();
  if (!config.databaseUrl) {
    const folder = path.join(config.dataDir, "db");
    // Opening a folder that is not there would make a new, empty database in it.
    if (!(await access(folder).then(() => true, () => false))) {
      report(`There is no embedded database at ${folder}: set PATHWAYS_DATA_DIR to the data folder (or DATABASE_URL to the PostgreSQL server).`);
      return 1;
    }
  }
  const database = await openConfiguredDatabase(config);
  try {
    const started = performance.now();
    const summary = await takeBackup(database, recipient, file, now);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const size = (await stat(file)).size;
    report(`Backup written to ${file}: ${summary.rows} rows in ${summary.tables.length} tables, ${megabytes(size)}, in ${seconds} s.`);
    report(`Schema ${summary.header.migration.tag}; Pathways ${summary.header.appVersion}; encrypted for backup key ${keyId(recipient).toString("hex").slice(0, 16)}.`);
    report("The keyring is not in the backup: keep a copy of it apart from the backups (see docs/OPERATIONS.md).");
    return 0;
  } finally {
    await database.close();
  }
});
