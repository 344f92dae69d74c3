/**
 * What the backup commands share: reading the key files they are given, and ending with a sentence
 * for the operator (a BackupError's message, or the first line of each cause) and exit code 1.
 */
import { readFile } from "node:fs/promises";
import type { KeyObject } from "node:crypto";
import { DataFolderError } from "../db/data-folder.js";
import { BackupError, isBackupError } from "./backup-error.js";
import { parsePrivateKey, parsePublicKey } from "./backup-key.js";

export function report(line: string): void {
  process.stderr.write(`${line}\n`);
}

async function readKeyText(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch {
    throw new BackupError("bad_key", `The key file ${file} cannot be read.`);
  }
}

/** The public key from `--key <file>`, or PATHWAYS_BACKUP_PUBLIC_KEY (its PEM text) for servers configured by environment. */
export async function publicKeyFrom(file: string | undefined): Promise<KeyObject> {
  if (file) return parsePublicKey(await readKeyText(file), file);
  const pem = process.env.PATHWAYS_BACKUP_PUBLIC_KEY;
  if (pem) return parsePublicKey(pem, "PATHWAYS_BACKUP_PUBLIC_KEY");
  throw new BackupError("bad_key", "Name the backup public key: --key <file>, or PATHWAYS_BACKUP_PUBLIC_KEY.");
}

/** The private key from `--key <file>`, opened with PATHWAYS_BACKUP_KEY_PASSPHRASE when it has one. */
export async function privateKeyFrom(file: string | undefined): Promise<KeyObject> {
  if (!file) throw new BackupError("bad_key", "Name the backup private key: --key <file>.");
  return parsePrivateKey(await readKeyText(file), file, process.env.PATHWAYS_BACKUP_KEY_PASSPHRASE || undefined);
}

/** The first line of each message down the cause chain; later lines can hold query parameters. */
function causes(error: unknown): string[] {
  const lines: string[] = [];
  for (let e = error; e !== undefined && lines.length < 5; e = e instanceof Error ? e.cause : undefined) {
    lines.push(e instanceof Error ? `${e.name}: ${e.message.split("\n")[0] ?? ""}` : "non-error value thrown");
  }
  return lines;
}

/** Runs a command's main function and sets the exit code from its outcome. */
export function runCommand(what: string, main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      report(isBackupError(error) || error instanceof DataFolderError ? error.message : `${what} failed:\n  ${causes(error).join("\n  ")}`);
      process.exitCode = 1;
    },
  );
}

export const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
