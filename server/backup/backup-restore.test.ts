import { readFile, rm, writeFile } from "node:fs/promises";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isPostgres } from "../../test/db.js";
import { organisationSnapshot } from "../../test/snapshot.js";
import { createThrowawayPostgres } from "../../test/throwaway-postgres.js";
import { sealOrganisationChain } from "../audit/seal-chain.js";
import { verifyChain } from "../audit/verify-chain.js";
import { readIdentity } from "../clients/identity-store.js";
import { inTransaction, openDatabase, queryRows, type Database } from "../db/client.js";
import { migrate } from "../db/migrate.js";
import { clients, organisations } from "../db/schema.js";
import { seedDemoIfEmpty } from "../demo/seed-demo.js";
import { syncBuiltInInstruments } from "../instruments/sync-built-ins.js";
import { syncBuiltInProgrammes } from "../programmes/sync-built-ins.js";
import { generateKeyring, type Keyring } from "../vault/keyring.js";
import { createVault } from "../vault/vault.js";
import { BackupError } from "./backup-error.js";
import { generateBackupKeyPair, parsePrivateKey, parsePublicKey } from "./backup-key.js";
import { quoteIdentifier, sequenceStates, tablesInLoadOrder } from "./catalogue.js";
import { codeMigrationLevel, databaseMigrationLevel, migrateTo } from "./migration-level.js";
import { restoreBackup } from "./restore-backup.js";
import { takeBackup } from "./take-backup.js";

const now = new Date("2026-11-20T10:00:00Z");
const folder = mkdtempSync(path.join(tmpdir(), "pathways-backup-test-"));
const backupKey = generateBackupKeyPair();
const publicKey = parsePublicKey(backupKey.publicKeyPem, "test key");
const privateKey = parsePrivateKey(backupKey.privateKeyPem, "test key");
const keyring = generateKeyring();
const opened: { drop(): Promise<void> }[] = [];

/** An empty, unmigrated database of the given kind, of this test's own. */
async function emptyDatabase(kind: "pglite" | "postgres"): Promise<Database> {
  if (kind === "pglite") {
    const database = await openDatabase({ kind: "pglite" });
    opened.push({ drop: () => database.close() });
    return database;
  }
  const throwaway = await createThrowawayPostgres("backup");
  opened.push(throwaway);
  return throwaway.database;
}

/** A database holding the demo organisation (every feature's tables in use), its audit chain sealed. */
async function demoDatabase(kind: "pglite" | "postgres", demoKeyring: Keyring): Promise<Database> {
  const database = await emptyDatabase(kind);
  await migrate(database);
  await syncBuiltInInstruments(database.db);
  await syncBuiltInProgrammes(database.db);
  await seedDemoIfEmpty(database.db, createVault(demoKeyring), now);
  for (const organisation of await database.db.select({ id: organisations.id }).from(organisations)) {
    await sealOrganisationChain(database.db, organisation.id);
  }
  return database;
}

/** Each table's row count and a digest of its rows, compared as the database's own JSON of each row. */
async function tableDigests(database: Database): Promise<Record<string, string>> {
  return inTransaction(database.db, async (tx) => {
    await tx.execute(sql`set local timezone to 'UTC'`);
    const digests: Record<string, string> = {};
    for (const table of await tablesInLoadOrder(tx)) {
      const name = sql.raw(quoteIdentifier(table));
      const [row] = await queryRows<{ digest: string }>(
        tx,
        sql`select count(*)::text || ':' || md5(coalesce(string_agg(to_jsonb(t)::text, '|' order by to_jsonb(t)::text), '')) as digest from ${name} t`,
      );
      digests[table] = row?.digest ?? "";
    }
    return digests;
  });
}

async function isUntouched(database: Database): Promise<boolean> {
  return (await databaseMigrationLevel(database)).count === 0 && (await tablesInLoadOrder(database.db)).length === 0;
}

async function expectRefused(attempt: Promise<unknown>, code: BackupError["code"]): Promise<BackupError> {
  const error = await attempt.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BackupError);
  expect((error as BackupError).code).toBe(code);
  return error as BackupError;
}

/** A whole demo organisation restored, twice over in places, on a machine that may be busy. */
const slow = 240_000;
const ownKind = isPostgres() ? "postgres" : "pglite";
let source: Database;
let backupFile: string;

beforeAll(async () => {
  source = await demoDatabase(ownKind, keyring);
  backupFile = path.join(folder, "demo.pwbackup");
  await takeBackup(source, publicKey, backupFile, now);
}, 240_000);

afterAll(async () => {
  for (const database of opened) await database.drop();
  await rm(folder, { recursive: true, force: true });
});

/** Restores `file` into a new database of `kind` and checks it holds exactly what `original` does. */
async function expectFaithfulRestore(original: Database, file: string, kind: "pglite" | "postgres"): Promise<void> {
  const target = await emptyDatabase(kind);
  const summary = await restoreBackup(target, file, privateKey, keyring);
  expect(summary.keysChecked).toBeGreaterThan(0);
  expect(await tableDigests(target)).toEqual(await tableDigests(original));
  expect(await sequenceStates(target.db)).toEqual(await sequenceStates(original.db));

  const [organisation] = await target.db.select({ id: organisations.id }).from(organisations);
  const chain = await verifyChain(target.db, organisation!.id, now);
  expect(chain).toMatchObject({ isIntact: true, unsealedEvents: 0 });
  expect(chain.checkedEvents).toBe((await verifyChain(original.db, organisation!.id, now)).checkedEvents);

  const vault = createVault(keyring);
  const someClients = await original.db.select({ id: clients.id }).from(clients).where(eq(clients.organisationId, organisation!.id)).orderBy(asc(clients.id)).limit(5);
  expect(someClients.length).toBeGreaterThan(0);
  for (const client of someClients) {
    const restored = await readIdentity(target.db, vault, client.id);
    expect(restored.givenName).not.toBe("");
    expect(restored).toEqual(await readIdentity(original.db, vault, client.id));
  }
}

describe("backup and restore", () => {
  it("restores into an empty database every table's rows, the sequences, people's identities and an intact audit chain", async () => {
    await expectFaithfulRestore(source, backupFile, ownKind);
  }, slow);

  it.skipIf(!isPostgres())(
    "restores a PostgreSQL backup into PGlite",
    async () => {
      await expectFaithfulRestore(source, backupFile, "pglite");
    },
    slow,
  );

  it.skipIf(!isPostgres())(
    "restores a PGlite backup into PostgreSQL",
    async () => {
      const embedded = await demoDatabase("pglite", keyring);
      const embeddedFile = path.join(folder, "embedded.pwbackup");
      await takeBackup(embedded, publicKey, embeddedFile, now);
      await expectFaithfulRestore(embedded, embeddedFile, "postgres");
    },
    slow,
  );

  it("refuses a backup altered anywhere or cut short, before touching the database", async () => {
    const bytes = await readFile(backupFile);
    const chunk = 64 * 1024 + 16;
    const damaged: [string, Buffer][] = [
      ["a byte changed in the header", flip(bytes, 20)],
      ["a byte changed in the middle", flip(bytes, Math.floor(bytes.length / 2))],
      ["a byte changed in the last tag", flip(bytes, bytes.length - 1)],
      ["cut part-way through a chunk", bytes.subarray(0, bytes.length - 100)],
      ["cut at a chunk's end", bytes.subarray(0, 77 + chunk * 2)],
      ["only its header", bytes.subarray(0, 77)],
    ];
    const target = await emptyDatabase(ownKind);
    for (const [what, content] of damaged) {
      const file = path.join(folder, "damaged.pwbackup");
      await writeFile(file, content);
      const error = await expectRefused(restoreBackup(target, file, privateKey, keyring), what === "a byte changed in the header" ? "wrong_key" : "damaged");
      expect(error.message, what).toMatch(/./);
      expect(await isUntouched(target), what).toBe(true);
    }
    await writeFile(path.join(folder, "not-a-backup.pwbackup"), "organisation,name\n");
    await expectRefused(restoreBackup(target, path.join(folder, "not-a-backup.pwbackup"), privateKey, keyring), "not_a_backup");
    expect(await isUntouched(target)).toBe(true);
  });

  it("refuses another backup key, before touching the database", async () => {
    const target = await emptyDatabase(ownKind);
    const other = generateBackupKeyPair();
    const error = await expectRefused(restoreBackup(target, backupFile, parsePrivateKey(other.privateKeyPem, "other key"), keyring), "wrong_key");
    expect(error.message).toContain("another backup key");
    expect(await isUntouched(target)).toBe(true);
  });

  it("refuses to finish when the keyring cannot open the data keys, and leaves no row behind", async () => {
    const target = await emptyDatabase(ownKind);
    const error = await expectRefused(restoreBackup(target, backupFile, privateKey, generateKeyring()), "keyring_mismatch");
    expect(error.message).toMatch(/cannot open \d+ of the \d+ data keys/);
    const digests = await tableDigests(target);
    expect(Object.entries(digests).filter(([, digest]) => !digest.startsWith("0:"))).toEqual([]);
    // Nothing was loaded, so the same database takes the restore once the right keyring is there.
    await restoreBackup(target, backupFile, privateKey, keyring);
    expect(await tableDigests(target)).toEqual(await tableDigests(source));
  }, slow);

  it("refuses to finish when the keyring's blind-index key is not the one the records were indexed with", async () => {
    const target = await emptyDatabase(ownKind);
    const otherIndexKey = { ...keyring, blindIndexKey: generateKeyring().blindIndexKey };
    const error = await expectRefused(restoreBackup(target, backupFile, privateKey, otherIndexKey), "keyring_mismatch");
    expect(error.message).toContain("blind-index key");
    expect(Object.values(await tableDigests(target)).filter((digest) => !digest.startsWith("0:"))).toEqual([]);
  }, slow);

  it("refuses to restore into a database that holds rows, and changes nothing in it", async () => {
    const [organisation] = await source.db.select({ id: organisations.id }).from(organisations);
    const before = await organisationSnapshot(source.db, organisation!.id);
    const error = await expectRefused(restoreBackup(source, backupFile, privateKey, keyring), "not_empty");
    expect(error.message).toContain("is not empty");
    expect(await organisationSnapshot(source.db, organisation!.id)).toEqual(before);
  });

  it("restores a backup taken at an earlier schema and carries it forward with the later migrations", async () => {
    const latest = (await codeMigrationLevel()).count;
    const older = await emptyDatabase(ownKind);
    await migrateTo(older, latest - 1);
    await older.db.insert(organisations).values({ name: "Taken before the last migration" });
    const file = path.join(folder, "older.pwbackup");
    const taken = await takeBackup(older, publicKey, file, now);
    expect(taken.header.migration.count).toBe(latest - 1);

    const target = await emptyDatabase(ownKind);
    const summary = await restoreBackup(target, file, privateKey, keyring);
    expect(summary.laterMigrations).toBe(1);
    expect((await databaseMigrationLevel(target)).count).toBe(latest);
    expect(await target.db.select({ name: organisations.name }).from(organisations)).toEqual([{ name: "Taken before the last migration" }]);
  }, slow);
});

function flip(bytes: Buffer, at: number): Buffer {
  const copy = Buffer.from(bytes);
  copy[at] = (copy[at] ?? 0) ^ 0x01;
  return copy;
}
