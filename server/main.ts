/**
 * Starts Pathways: checks the data folder, opens the database (embedded PGlite under the data
 * folder, or the PostgreSQL server named by DATABASE_URL), applies migrations, stores any new
 * built-in instrument and programme versions, loads the keyring, seeds the demo organisation on an empty
 * database, starts the job runner, the audit sealer and any match-key backfill, and listens.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { buildApp } from "./app.js";
import { auditJobHandlers, auditJobSchedules } from "./audit/jobs.js";
import { startAuditSealer } from "./audit/sealer.js";
import { startMatchKeyBackfill } from "./clients/backfill-match-keys.js";
import { loadCommonPasswords } from "./auth/passwords.js";
import { reminderHandlers, reminderSchedules } from "./assessments/reminders.js";
import { carePlanReminderHandlers, carePlanReminderSchedules } from "./care-plans/reminders.js";
import { panelActionReminderHandlers, panelActionReminderSchedules } from "./panel/cases/action-reminders.js";
import { reportingJobHandlers } from "./reporting/returns/build-report.js";
import { trainingRefresherHandlers, trainingRefresherSchedules } from "./outreach/training/refresher-reminders.js";
import { importJobHandlers, importSchedules } from "./import/run-import.js";
import { writeUpReminderHandlers, writeUpReminderSchedules } from "./sessions/reminders.js";
import { vettingReminderHandlers, vettingReminderSchedules } from "./workers/vetting-reminders.js";
import { retentionReviewJobs } from "./data-protection/retention/review-job.js";
import { passwordResetHandlers } from "./auth/password-reset.js";
import { loadConfig } from "./config.js";
import { checkDataFolder, DataFolderError } from "./db/data-folder.js";
import { openConfiguredDatabase } from "./db/open-configured.js";
import { openDatabase } from "./db/client.js";
import { migrate } from "./db/migrate.js";
import { withStartupLock } from "./db/startup-lock.js";
import { InstrumentVersionChangedError, syncBuiltInInstruments } from "./instruments/sync-built-ins.js";
import { ProgrammeVersionChangedError, syncBuiltInProgrammes } from "./programmes/sync-built-ins.js";
import { demoPassword, demoStaff, seedDemoIfEmpty } from "./demo/seed-demo.js";
import { JobRunner } from "./jobs/job-runner.js";
import { defaultSchedules, maintenanceHandlers } from "./jobs/maintenance-jobs.js";
import { emailJobs, startEmailSender } from "./email/email-jobs.js";
import { webhookJobHandlers } from "./integrations/webhooks/delivery-job.js";
import { smtpSender } from "./email/transport.js";
import { loadKeyring } from "./vault/keyring.js";
import { createVault } from "./vault/vault.js";

/**
 * Runs one step of starting up. A failure ends the process with a sentence for the person starting
 * it (the data folder's problem, or the port in use) rather than an engine's internals.
 */
async function startStep<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      error instanceof DataFolderError || error instanceof InstrumentVersionChangedError || error instanceof ProgrammeVersionChangedError
        ? error.message
        : code === "EADDRINUSE"
          ? `Port ${config.port} is already in use. Stop whatever is using it, or set PORT to another port.`
          : `${(error as Error).message}\n${(error as Error).stack?.split("\n").slice(1, 6).join("\n") ?? ""}`;
    process.stderr.write(`\nPathways could not start.\n\n  ${message}\n\n`);
    process.exit(1);
  }
}

const startedAt = performance.now();
const config = loadConfig();
// The embedded database's folder is checked before anything is written to it; a PostgreSQL
// installation only keeps the keyring here, when it is not given in the environment.
const folder = await startStep(async () => {
  if (!config.databaseUrl) return checkDataFolder(config.dataDir);
  await mkdir(config.dataDir, { recursive: true, mode: 0o700 });
  return null;
});
const database = await startStep(() => openConfiguredDatabase(config));
const { keyring } = await loadKeyring(config);
const vault = createVault(keyring);
// Instances starting together take turns at the steps that write the schema and the shared data.
const isSeeded = await startStep(() =>
  withStartupLock(config.databaseUrl, async () => {
    await migrate(database);
    await syncBuiltInInstruments(database.db);
    await syncBuiltInProgrammes(database.db);
    return config.isDemo ? seedDemoIfEmpty(database.db, vault, new Date()) : false;
  }),
);

// Requests that queue a report wake the runner; it exists before the app answers any request.
// Reports read a replica when one is configured; nothing is written through it.
const reportsDatabase = config.reportsDatabaseUrl ? await startStep(() => openDatabase({ kind: "postgres", url: config.reportsDatabaseUrl!, poolSize: 4 })) : null;
const app = await buildApp({ db: database.db, ...(reportsDatabase ? { reportsDb: reportsDatabase.db } : {}), config, vault, commonPasswords: loadCommonPasswords(), now: () => new Date(), wakeJobs: () => runner.wake() });
// Alerts are emailed only when an SMTP server is configured; otherwise they stay in the app.
const mailSender = config.mail ? smtpSender(config.mail) : null;
const email = config.mail ? emailJobs({ publicUrl: config.publicUrl }) : { handlers: {}, schedules: [] };
const retention = retentionReviewJobs(vault);
const runner = new JobRunner({
  db: database.db,
  handlers: { ...reportingJobHandlers(reportsDatabase?.db), ...maintenanceHandlers, ...passwordResetHandlers, ...reminderHandlers, ...carePlanReminderHandlers, ...writeUpReminderHandlers, ...vettingReminderHandlers, ...panelActionReminderHandlers, ...trainingRefresherHandlers, ...retention.handlers, ...importJobHandlers(vault), ...auditJobHandlers, ...email.handlers, ...webhookJobHandlers({ vault, rules: { isLoopbackAllowed: config.isWebhookLoopbackAllowed } }) },
  schedules: [...defaultSchedules, ...reminderSchedules, ...carePlanReminderSchedules, ...writeUpReminderSchedules, ...vettingReminderSchedules, ...panelActionReminderSchedules, ...trainingRefresherSchedules, ...retention.schedules, ...importSchedules, ...auditJobSchedules, ...email.schedules],
  pollIntervalMs: 5_000,
  logger: {
    info: (details, message) => app.log.info(details, message),
    warn: (details, message) => app.log.warn(details, message),
    error: (details, message) => app.log.error(details, message),
  },
});

await startStep(() => app.listen({ port: config.port, host: config.host }));
// The SMTP address can hold a password: only its host is logged.
if (config.mail) app.log.info({ smtpHost: new URL(config.mail.smtpUrl).hostname }, "alerts and reminders are emailed through the configured SMTP server");
else app.log.info("email is off (PATHWAYS_SMTP_URL is not set): alerts and reminders are shown in the app only");
if (folder?.isLow) app.log.warn({ freeMb: Math.floor(folder.freeBytes / 2 ** 20) }, "the disk holding the data folder is nearly full");
runner.start();
const emailSender = config.mail && mailSender ? startEmailSender(database.db, mailSender, { mail: config.mail, onError: (error) => app.log.error({ err: error }, "sending queued email failed") }) : null;
const sealer = startAuditSealer(database.db, { onError: (error) => app.log.error({ err: error }, "sealing the audit chain failed") });
const backfill = startMatchKeyBackfill(database.db, vault, {
  onDone: (count) => app.log.info({ count }, "clients re-indexed for the year-of-birth match key"),
  onError: (error) => app.log.error({ err: error }, "re-indexing clients for match keys failed"),
});
app.log.info(
  {
    database: database.kind,
    reportsFrom: reportsDatabase ? "replica" : "primary",
    startupMs: Math.round(performance.now() - startedAt),
    rssMb: Math.round(process.memoryUsage().rss / 1e6),
  },
  "Pathways is running",
);
if (config.isDemo) {
  const lines = [
    "",
    `  Pathways is running at ${config.publicUrl}`,
    `  Database: ${database.kind === "pglite" ? `embedded (${path.join(config.dataDir, "db")})` : "PostgreSQL server"}${isSeeded ? ", demo organisation created" : ""}`,
    "",
    `  Demo sign-in (password for everyone: "${demoPassword}"):`,
    ...demoStaff.map((person) => `    ${person.role.padEnd(24)} ${person.email}${person.site ? `  (${person.site})` : ""}`),
    "",
    "  Staff who can see client data set up an authenticator app the first time they sign in.",
    "",
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

let isShuttingDown = false;
async function shutdown(signal: string): Promise<void> {
  if (isShuttingDown) return;
  isShuttingDown = true;
  app.log.info({ signal }, "shutting down");
  await runner.stop();
  await emailSender?.stop();
  mailSender?.close();
  await backfill.stop();
  await app.close();
  await sealer.stop();
  // Closing PGlite flushes it to the data folder.
  await database.close();
  await reportsDatabase?.close();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
