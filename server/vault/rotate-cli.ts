/**
 * `npm run keys:rotate` — master key rotation for operators (see rotate-master-key.ts for the steps).
 *
 *   npm run keys:rotate                   new master key version, saved, then every subject key rewrapped
 *   npm run keys:rotate -- --rewrap       rewrap subject keys still on old versions (resume, or after
 *                                         storing and deploying a new PATHWAYS_KEYRING)
 *   npm run keys:rotate -- --retire-old   drop old versions once no subject key uses them
 *   --batch-size=N                        subject keys per transaction (default 500)
 *
 * Reports go to stderr; stdout carries only keyring JSON (for PATHWAYS_KEYRING), so it can be piped
 * straight into a secret manager. With the embedded database, stop the app first (PGlite has one
 * process); with PostgreSQL, restart app instances after a rotation so they load the new keyring.
 */
import { parseArgs } from "node:util";
import { openConfiguredDatabase } from "../db/open-configured.js";
import { loadConfig } from "../config.js";
import { isVaultError } from "./errors.js";
import { loadKeyring } from "./keyring.js";
import { rotateMasterKey, type RotationStep } from "./rotate-master-key.js";

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { rewrap: { type: "boolean" }, "retire-old": { type: "boolean" }, "batch-size": { type: "string" } },
  });
  if (values.rewrap && values["retire-old"]) return fail("Choose one of --rewrap and --retire-old.");
  const step: RotationStep = values.rewrap ? "rewrap" : values["retire-old"] ? "retire-old" : "rotate";
  const batchSize = Number(values["batch-size"] ?? 500);
  if (!Number.isInteger(batchSize) || batchSize < 1) return fail("--batch-size must be a positive whole number.");

  const config = loadConfig();
  const loaded = await loadKeyring(config);
  if (loaded.source.kind === "file" && loaded.source.isCreated) {
    return fail(`No keyring existed, so a new one was created at ${loaded.source.path}; there is nothing to rotate.`);
  }
  const database = await openConfiguredDatabase(config);
  try {
    const outcome = await rotateMasterKey(database.db, loaded, step, { batchSize });
    const where = loaded.source.kind === "file" ? loaded.source.path : "PATHWAYS_KEYRING";
    report(`Keyring (${where}): current master key version ${outcome.keyring.currentMasterKey}.`);
    if (outcome.rewrap) {
      const r = outcome.rewrap;
      report(`Rewrapped ${r.rewrapped} subject keys to version ${r.toVersion} (${r.batches} transactions).`);
      if (r.unknownVersion > 0) report(`WARNING: ${r.unknownVersion} subject keys use master key versions this keyring lacks.`);
    }
    if (step === "retire-old") {
      const retired = outcome.retiredVersions.join(", ") || "none (only the current version was left)";
      report(`Retired master key versions: ${retired}.`);
    }
    if (outcome.keyringJsonToStore !== undefined) {
      process.stdout.write(outcome.keyringJsonToStore);
      report("Store the keyring above as PATHWAYS_KEYRING and redeploy; nothing in the database has changed yet.");
      if (step === "rotate") report("Then run `npm run keys:rotate -- --rewrap` with the new keyring.");
    }
    return 0;
  } finally {
    await database.close();
  }
}

function report(line: string): void {
  process.stderr.write(`${line}\n`);
}

/**
 * The first line of each message down the cause chain: the database's own reason is at the bottom,
 * and Drizzle's later lines list query parameters, which are kept off the terminal.
 */
function causes(error: unknown): string[] {
  const lines: string[] = [];
  for (let e = error; e !== undefined && lines.length < 5; e = e instanceof Error ? e.cause : undefined) {
    lines.push(e instanceof Error ? `${e.name}: ${e.message.split("\n")[0] ?? ""}` : typeof e === "string" ? e : "non-error value thrown");
  }
  return lines;
}

function fail(message: string): number {
  report(message);
  return 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    report(isVaultError(error) ? `${error.code}: ${error.message}` : `Key rotation failed:\n  ${causes(error).join("\n  ")}`);
    process.exitCode = 1;
  },
);
