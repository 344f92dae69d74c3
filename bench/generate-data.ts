/**
 * Generates the synthetic organisation the benchmarks run against (`npm run bench:data --
 * --preset=national|small [--clients=N] [--database-url=URL]`): recreates the database, migrates
 * it, creates the organisation, sites and staff, loads the sites' outreach, training and panel
 * meetings, generates every client with their cases and the support on them with a fixed seed on
 * one thread per core, COPYs the rows in, rebuilds indexes and foreign keys, then VACUUM ANALYZE.
 * Leaves keyring.json and manifest.json in bench/.data/<label>/ so the app and `npm run bench` can
 * read the data.
 */
import { chmod, mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { migrate } from "../server/db/migrate.js";
import { generateKeyring, serialiseKeyring } from "../server/vault/keyring.js";
import { createVault } from "../server/vault/vault.js";
import { dropBulkIndexes, restoreBulkIndexes } from "./generate/bulk-indexes.js";
import { checkFirstEvents, checkNoHeldClients, fillEngagementMonths, pauseLoadTriggers, resumeLoadTriggers } from "./generate/load-triggers.js";
import { loadClients } from "./generate/load-clients.js";
import { loadSiteActivity } from "./generate/activity-rows.js";
import { createBenchOrganisation } from "./generate/organisation.js";
import { copyTables } from "./generate/tables.js";
import { verifySample } from "./generate/verify-sample.js";
import { dataNow } from "./data/person.js";
import { openBenchDatabase, recreatePostgresDatabase, type BenchDatabase } from "./lib/database.js";
import { writeManifest } from "./lib/manifest.js";
import { describeTarget, parseOptions } from "./lib/options.js";

const options = parseOptions(process.argv.slice(2));
const started = performance.now();
const elapsed = () => (performance.now() - started) / 1000;
const log = (message: string) => console.log(`[${elapsed().toFixed(1).padStart(7)} s] ${message}`);

log(`Generating ${options.clients.toLocaleString("en-GB")} clients (${options.label}, seed ${options.seed}) into ${describeTarget(options.target)} with ${options.workers} threads`);
await mkdir(options.dataDir, { recursive: true, mode: 0o700 });
if (options.target.kind === "postgres") await recreatePostgresDatabase(options.target.url);
else await rm(options.target.dir, { recursive: true, force: true });

const keyring = generateKeyring();
const keyringJson = serialiseKeyring(keyring);
const keyringFile = path.join(options.dataDir, "keyring.json");
await writeFile(keyringFile, keyringJson, { mode: 0o600 });
await chmod(keyringFile, 0o600);
const vault = createVault(keyring);

const database = await openBenchDatabase(options.target, options.workers + 1);
try {
  await migrate(database);
  const organisation = await createBenchOrganisation(database.db, vault, dataNow);
  log(`Migrated; organisation ${organisation.organisationId} with ${organisation.sites.length} sites and ${organisation.sites.length * 3} staff`);

  const activity = await loadSiteActivity(database, { seed: options.seed, organisationId: organisation.organisationId, sites: organisation.sites, courses: organisation.courses });
  log(`Sites' activity: ${Object.entries(activity).map(([table, count]) => `${table} ${count.toLocaleString("en-GB")}`).join(", ")}`);

  await database.query("CREATE UNLOGGED TABLE bench_group_sessions (LIKE group_sessions INCLUDING DEFAULTS)");
  const pausedTriggers = await pauseLoadTriggers(database, copyTables);
  const saved = await dropBulkIndexes(database, copyTables);
  const loadStarted = performance.now();
  let lastReport = 0;
  const loaded = await loadClients(database, {
    clients: options.clients,
    chunkSize: options.chunkSize,
    workers: options.workers,
    setup: {
      seed: options.seed,
      clients: options.clients,
      keyringJson,
      organisationId: organisation.organisationId,
      sites: organisation.sites,
      sourceIds: organisation.sourceIds,
      instrumentIds: organisation.instrumentIds,
      programmeIds: organisation.programmeIds,
    },
    onProgress(loaded) {
      if (loaded < options.clients && elapsed() - lastReport < 15) return;
      lastReport = elapsed();
      const rate = loaded / ((performance.now() - loadStarted) / 1000);
      const remaining = (options.clients - loaded) / rate;
      log(`loaded ${loaded.toLocaleString("en-GB")} / ${options.clients.toLocaleString("en-GB")} clients (${Math.round(rate).toLocaleString("en-GB")}/s, ~${Math.round(remaining)} s to go)`);
    },
  });
  // Every attendee's row named its group session; each session is kept once.
  const [groups] = await database.query<{ count: string }>(
    "WITH kept AS (INSERT INTO group_sessions SELECT DISTINCT ON (id) * FROM bench_group_sessions ORDER BY id RETURNING 1) SELECT count(*)::text AS count FROM kept",
  );
  await database.query("DROP TABLE bench_group_sessions");
  const { bench_group_sessions: _named, ...clientRows } = loaded;
  const rows: Record<string, number> = { ...clientRows, ...activity, group_sessions: Number(groups?.count ?? 0) };
  const loadSeconds = (performance.now() - loadStarted) / 1000;
  log(`Loaded in ${loadSeconds.toFixed(1)} s: ${Object.entries(rows).map(([table, count]) => `${table} ${count.toLocaleString("en-GB")}`).join(", ")}`);

  const indexStarted = performance.now();
  await restoreBulkIndexes(database, saved, (name, seconds) => log(`  rebuilt ${name} in ${seconds.toFixed(1)} s`));
  const indexSeconds = (performance.now() - indexStarted) / 1000;
  const engagementStarted = performance.now();
  const engagementMonths = await fillEngagementMonths(database);
  log(`People engaged by month: ${engagementMonths.toLocaleString("en-GB")} rows in ${((performance.now() - engagementStarted) / 1000).toFixed(1)} s`);
  await resumeLoadTriggers(database, pausedTriggers);
  const vacuumStarted = performance.now();
  await database.query("VACUUM (ANALYZE)");
  const vacuumSeconds = (performance.now() - vacuumStarted) / 1000;
  log(`Indexes and foreign keys in ${indexSeconds.toFixed(1)} s; VACUUM ANALYZE in ${vacuumSeconds.toFixed(1)} s`);
  const checkStarted = performance.now();
  await checkFirstEvents(database);
  await checkNoHeldClients(database);
  log(`Every case's first contact and first assessment checked against its sessions and assessments in ${((performance.now() - checkStarted) / 1000).toFixed(1)} s`);

  await verifySample(database.db, vault, options.seed, options.clients);
  const databaseBytes = await sizeOf(database);
  const seconds = elapsed();
  const cpu = process.cpuUsage();
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  await writeManifest(options.dataDir, {
    label: options.label,
    preset: options.preset,
    seed: options.seed,
    clients: options.clients,
    target: options.target,
    organisationId: organisation.organisationId,
    sites: organisation.sites,
    generatedAt: new Date().toISOString(),
    generation: { seconds, loadSeconds, indexSeconds, vacuumSeconds, workers: options.workers, chunkSize: options.chunkSize, cpuSeconds, loadAverage: os.loadavg() },
    rows,
    databaseBytes,
  });
  log(`Sample of 50 clients decrypts as generated. Database ${(databaseBytes / 2 ** 30).toFixed(2)} GiB. Done in ${seconds.toFixed(1)} s (${(seconds / 60).toFixed(1)} min), using ${cpuSeconds.toFixed(0)} CPU s; load average ${os.loadavg().map((v) => v.toFixed(1)).join(" ")}.`);
} finally {
  await database.close();
}

async function sizeOf(db: BenchDatabase): Promise<number> {
  const [row] = await db.query<{ bytes: string }>("select pg_database_size(current_database())::text as bytes");
  return Number(row?.bytes ?? 0);
}
