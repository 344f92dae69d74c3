/**
 * `npm run backup:verify -- <backup file> --key <private key>`: decrypts and checks a whole backup
 * without restoring it (every chunk's authentication, every table's count and checksum, its end)
 * and prints its manifest. Touches no database; exits 1 if the backup cannot be trusted.
 */
import { parseArgs } from "node:util";
import { readBackupFile } from "./backup-file.js";
import { privateKeyFrom, report, runCommand } from "./cli-support.js";

runCommand("Checking the backup", async () => {
  const { values, positionals } = parseArgs({ options: { key: { type: "string" } }, allowPositionals: true });
  const [file] = positionals;
  if (!file) {
    report("Name the backup to check: npm run backup:verify -- <file> --key <private key>.");
    return 1;
  }
  const manifest = await readBackupFile(file, await privateKeyFrom(values.key));
  const { header } = manifest;
  process.stdout.write(`Backup taken ${header.createdAt} from ${header.sourceKind} by Pathways ${header.appVersion}, schema ${header.migration.tag}.\n`);
  for (const table of manifest.tables) process.stdout.write(`  ${table.name.padEnd(40)} ${String(table.rows).padStart(10)}\n`);
  process.stdout.write(`Intact: ${manifest.rows} rows in ${manifest.tables.length} tables, ${manifest.sequences.length} sequences.\n`);
  return 0;
});
