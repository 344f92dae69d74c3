/**
 * The keyring file on disk: owner-only permissions, refused when anyone else could read it, created
 * and replaced atomically so a crash never leaves half a keyring (which would orphan every subject key).
 * Deals in JSON text; parsing is keyring.ts's job.
 */
import { randomBytes } from "node:crypto";
import { link, mkdir, open, readFile, rename, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { VaultError } from "./errors.js";

const FILE_MODE = 0o600;
const DIR_MODE = 0o700;

/** The file's text, or undefined when it does not exist. Refuses a file others can read or write. */
export async function readKeyringFile(file: string): Promise<string | undefined> {
  let info;
  try {
    info = await stat(file);
  } catch (error) {
    if (isErrno(error, "ENOENT")) return undefined;
    throw error;
  }
  if (!info.isFile()) throw new VaultError("keyring_invalid", `Keyring ${file} is not a regular file.`);
  // Windows has no POSIX modes; there the folder's ACL is what protects the file.
  if (process.platform !== "win32" && (info.mode & 0o077) !== 0) {
    const mode = (info.mode & 0o777).toString(8).padStart(4, "0");
    throw new VaultError(
      "keyring_insecure",
      `Keyring ${file} has mode ${mode}, so other users can reach the master keys. Refusing to start: run \`chmod 600 ${file}\` (and consider rotating the keys if others may have read it).`,
    );
  }
  return readFile(file, "utf8");
}

/**
 * Creates the file with `text` unless it exists. The text is written to a temporary file and then
 * hard-linked into place: the link either appears complete or fails because another process got
 * there first, in which case that process's keyring is returned instead.
 */
export async function createKeyringFile(file: string, text: string): Promise<{ text: string; isCreated: boolean }> {
  await mkdir(path.dirname(file), { recursive: true, mode: DIR_MODE });
  const temporary = await writeTemporary(file, text);
  try {
    await link(temporary, file);
    await syncDirectory(path.dirname(file));
    return { text, isCreated: true };
  } catch (error) {
    if (!isErrno(error, "EEXIST")) throw error;
    const existing = await readKeyringFile(file);
    if (existing === undefined) throw error;
    return { text: existing, isCreated: false };
  } finally {
    await unlink(temporary);
  }
}

/** Replaces the file with `text` atomically (temporary file, fsync, rename). */
export async function replaceKeyringFile(file: string, text: string): Promise<void> {
  const temporary = await writeTemporary(file, text);
  try {
    await rename(temporary, file);
  } catch (error) {
    await unlink(temporary);
    throw error;
  }
  await syncDirectory(path.dirname(file));
}

/**
 * Runs `fn` holding `<file>.lock`. Two rotations at once would each add "the next" version with a
 * different key, and the second file written would orphan every subject key the first rewrapped.
 */
export async function withKeyringLock<T>(file: string, fn: () => Promise<T>): Promise<T> {
  const lock = `${file}.lock`;
  let handle;
  try {
    handle = await open(lock, "wx", FILE_MODE);
  } catch (error) {
    if (!isErrno(error, "EEXIST")) throw error;
    throw new VaultError("keyring_locked", `Another key rotation holds ${lock}. If none is running, remove that file and retry.`);
  }
  try {
    await handle.writeFile(`${process.pid}\n`);
    await handle.close();
    return await fn();
  } finally {
    await unlink(lock);
  }
}

async function writeTemporary(file: string, text: string): Promise<string> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
  // "wx" with mode 0600: the key material is never readable by others, not even for a moment.
  const handle = await open(temporary, "wx", FILE_MODE);
  try {
    await handle.writeFile(text, "utf8");
    await handle.sync();
  } finally {
    await handle.close();
  }
  return temporary;
}

/** Makes a rename or link durable across a power cut. */
async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === "win32") return;
  const handle = await open(dir, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}
