/**
 * `npm run restore -- <backup file> --key <private key>`: restores a backup into an empty database
 * (the PostgreSQL database in DATABASE_URL, created empty beforehand, or the embedded one in a new
 * data folder), all or nothing; see restore-backup.ts. The keyring must already be in place
 * (PATHWAYS_KEYRING, or keyring.json in the data folder): it is restored separately, and the
 * restore checks that it opens every data key in the backup before it finishes.
 */
import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadConfig, type Config } from "../config.js";
import { checkDataFolder } from "../db/data-folder.js";
import { openConfiguredDatabase } from "../db/open-configured.js";
import { readKeyringFile } from "../vault/keyring-file.js";
import { parseKeyring, type Keyring } from "../vault/keyring.js";
import { BackupError } from "./backup-error.js";
import { privateKeyFrom, report, runCommand } from "./cli-support.js";
import { restoreBackup } from "./restore-backup.js";

async function presentKeyring(config: Config): Promise<Keyring> {
  if (config.keyringJson !== undefined) return parseKeyring(config.keyringJson, "PATHWAYS_KEYRING");
  const file = path.join(config.dataDir, "keyring.json");
  const text = await readKeyringFile(file);
  if (text === undefined) {
    throw new BackupError(
      "keyring_mismatch",
      `There is no keyring at ${file} (nor in PATHWAYS_KEYRING). Put the keyring kept with your backups there first: without it the restored records cannot be read.`,
    );
  }
  return parseKeyring(text, file);
}

/** Whether the embedded database's folder is missing or empty, so a failed restore may remove what it made. */
async function isNewFolder(folder: string): Promise<boolean> {
  const entries = await readdir(folder).catch(() => undefined);
  return entries === undefined || entries.length === 0;
}

runCommand("The restore", async () => {
  const { values, positionals } = parseArgs({ options: { key: { type: "string" } }, allowPositionals: true });
  const [file] = positionals;
  if (!file) {
    report("Name the backup to restore: npm run restore -- <file> --key <private key>.");
    return 1;
  }
  const config = loadConfig();
  const privateKey = await privateKeyFrom(values.key);
  const keyring = await presentKeyring(config);
  const embeddedFolder = config.databaseUrl ? undefined : path.join(config.dataDir, "db");
  const isMadeHere = embeddedFolder !== undefined && (await isNewFolder(embeddedFolder));
  if (embeddedFolder) await checkDataFolder(config.dataDir);
  const database = await openConfiguredDatabase(config);
  let isRestored = false;
  try {
    const started = performance.now();
    const summary = await restoreBackup(database, file, privateKey, keyring);
    isRestored = true;
    const { header } = summary.manifest;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    report(`Restored the backup taken ${header.createdAt} (Pathways ${header.appVersion}, schema ${header.migration.tag}): ${summary.manifest.rows} rows in ${summary.manifest.tables.length} tables, in ${seconds} s.`);
    report(`The keyring opens all ${summary.keysChecked} data keys.${summary.laterMigrations > 0 ? ` ${summary.laterMigrations} later migrations applied.` : ""}`);
    report("Run `npm run audit:verify` to check the audit chains, then start the app.");
    return 0;
  } finally {
    await database.close();
    // An embedded database this command created is removed again when the restore failed, so the next try starts from nothing.
    if (!isRestored && isMadeHere && embeddedFolder) await rm(embeddedFolder, { recursive: true, force: true });
  }
});
