/**
 * The backup commands as an operator runs them, each as its own process: make a key pair with a
 * passphrase, back up, check the backup, restore into a new installation (the embedded database's
 * data folder, or a new PostgreSQL database), and the refusals an operator meets along the way.
 */
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { identityOf } from "../../test/case-factories.js";
import { isPostgres } from "../../test/db.js";
import { createThrowawayPostgres, type ThrowawayDatabase } from "../../test/throwaway-postgres.js";
import { createClient } from "../clients/create-client.js";
import { readIdentity } from "../clients/identity-store.js";
import { inTransaction, openDatabase, type Database } from "../db/client.js";
import { migrate } from "../db/migrate.js";
import { organisations } from "../db/schema.js";
import { generateKeyring, serialiseKeyring } from "../vault/keyring.js";
import { createVault } from "../vault/vault.js";

const run = promisify(execFile);
const folder = await mkdtemp(path.join(tmpdir(), "pathways-backup-commands-"));
const keyring = generateKeyring();
const keyringJson = serialiseKeyring(keyring);
const passphrase = "river stone quiet";
const throwaways: ThrowawayDatabase[] = [];

afterAll(async () => {
  for (const throwaway of throwaways) await throwaway.drop();
  await rm(folder, { recursive: true, force: true });
});

/** The test run's environment, less what names a database or keyring: each command is told its own. */
const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== "DATABASE_URL" && name !== "PATHWAYS_KEYRING"));

/** Runs one of the commands; resolves with its exit code and what it printed, never rejecting. */
async function command(script: string, args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", `server/backup/${script}`, ...args], {
      env: { ...inherited, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** Where an installation's database is, as the commands' environment names it, and a way to open it. */
interface Installation {
  env: Record<string, string>;
  open(): Promise<Database>;
}

async function newInstallation(name: string): Promise<Installation> {
  const dataDir = path.join(folder, name);
  if (!isPostgres()) {
    await rm(dataDir, { recursive: true, force: true });
    return { env: { PATHWAYS_DATA_DIR: dataDir }, open: () => openDatabase({ kind: "pglite", dataDir: path.join(dataDir, "db") }) };
  }
  const throwaway = await createThrowawayPostgres("backup_commands");
  throwaways.push(throwaway);
  await throwaway.database.close();
  return { env: { DATABASE_URL: throwaway.url, PATHWAYS_DATA_DIR: dataDir }, open: () => openDatabase({ kind: "postgres", url: throwaway.url }) };
}

// Each test runs the commands as an operator would, as processes of their own that open and
// migrate a database; several of them one after another take minutes on a busy two-core machine.
describe("backup commands", { timeout: 300_000 }, () => {
  it("back up an installation, check the backup and restore it into a new one, refusing what would lose or overwrite data", async () => {
    const source = await newInstallation("source");
    if (!isPostgres()) await mkdir(source.env.PATHWAYS_DATA_DIR!, { mode: 0o700 });
    const database = await source.open();
    await migrate(database);
    const [organisation] = await database.db.insert(organisations).values({ name: "Wexcombe Recovery Trust" }).returning();
    const identity = identityOf({ givenName: "Zephyrine", familyName: "Quillfeather" });
    const { client } = await inTransaction(database.db, (tx) =>
      createClient(tx, { vault: createVault(keyring), now: new Date("2026-11-20T10:00:00Z") }, {
        organisationId: organisation!.id,
        identity,
        preferredLanguage: "ur",
        isInterpreterNeeded: false,
        preferredWorkerGender: "no_preference",
      }),
    );
    await database.close();

    const keyPath = path.join(folder, "offsite");
    const keygen = await command("keygen-cli.ts", ["--out", keyPath], { PATHWAYS_BACKUP_KEY_PASSPHRASE: passphrase });
    expect(keygen.code, keygen.stderr).toBe(0);
    expect(await readFile(`${keyPath}.key`, "utf8")).toContain("ENCRYPTED PRIVATE KEY");

    const backups = path.join(folder, "backups");
    await rm(backups, { recursive: true, force: true });
    await mkdir(backups);
    const backup = await command("backup-cli.ts", ["--key", `${keyPath}.pub`, "--out", backups], source.env);
    expect(backup.code, backup.stderr).toBe(0);
    const [file] = await readdir(backups);
    expect(file).toMatch(/^pathways-\d{8}T\d{6}Z\.pwbackup$/);
    const backupPath = path.join(backups, file!);
    const bytes = await readFile(backupPath);
    for (const secret of ["Wexcombe", "Quillfeather", "organisations"]) expect(bytes.includes(secret)).toBe(false);

    const withoutPassphrase = await command("verify-cli.ts", [backupPath, "--key", `${keyPath}.key`], {});
    expect(withoutPassphrase.code).toBe(1);
    expect(withoutPassphrase.stderr).toContain("PATHWAYS_BACKUP_KEY_PASSPHRASE");
    const verified = await command("verify-cli.ts", [backupPath, "--key", `${keyPath}.key`], { PATHWAYS_BACKUP_KEY_PASSPHRASE: passphrase });
    expect(verified.code, verified.stderr).toBe(0);
    expect(verified.stdout).toMatch(/organisations\s+1\n/);
    expect(verified.stdout).toContain("Intact:");

    const target = await newInstallation("target");
    const restoreArgs = [backupPath, "--key", `${keyPath}.key`];
    const withPassphrase = { ...target.env, PATHWAYS_BACKUP_KEY_PASSPHRASE: passphrase };
    const noKeyring = await command("restore-cli.ts", restoreArgs, withPassphrase);
    expect(noKeyring.code).toBe(1);
    expect(noKeyring.stderr).toContain("There is no keyring");

    const restored = await command("restore-cli.ts", restoreArgs, { ...withPassphrase, PATHWAYS_KEYRING: keyringJson });
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stderr).toContain("The keyring opens all 1 data keys");
    const again = await command("restore-cli.ts", restoreArgs, { ...withPassphrase, PATHWAYS_KEYRING: keyringJson });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/is not empty \(client_identities, .*organisations, subject_keys hold rows\)/);

    const restoredDatabase = await target.open();
    try {
      expect(await readIdentity(restoredDatabase.db, createVault(keyring), client.id)).toEqual(identity);
    } finally {
      await restoredDatabase.close();
    }
  });

  it.skipIf(isPostgres())("leaves no embedded database behind when a restore into a new data folder fails", async () => {
    const dataDir = path.join(folder, "failed");
    await rm(dataDir, { recursive: true, force: true });
    await mkdir(dataDir, { mode: 0o700 });
    await writeFile(path.join(dataDir, "keyring.json"), keyringJson, { mode: 0o600 });
    const notABackup = path.join(folder, "notes.txt");
    await writeFile(notABackup, "not a backup");
    const keyPath = path.join(folder, "second");
    expect((await command("keygen-cli.ts", ["--out", keyPath], {})).code).toBe(0);
    const failed = await command("restore-cli.ts", [notABackup, "--key", `${keyPath}.key`], { PATHWAYS_DATA_DIR: dataDir });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain("not a Pathways backup");
    expect(await readdir(dataDir)).toEqual(["keyring.json"]);
  });
});
