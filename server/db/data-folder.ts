/**
 * Checks the data folder before the embedded database opens it. On a read-only or full disk the
 * database engine fails part-way through writing, with nothing a person can act on; this check
 * stops the start first, with a sentence saying what is wrong and what to do, and writes nothing
 * that could damage the data already there.
 */
import { randomBytes } from "node:crypto";
import { mkdir, open, rm, stat, statfs } from "node:fs/promises";
import path from "node:path";

/** Below this much free space the embedded database does not start: a new one needs about 60 MB. */
export const minimumFreeBytes = 256 * 1024 * 1024;
/** Below this much, the start goes ahead with a warning in the log. */
export const lowFreeBytes = 2 * 1024 * 1024 * 1024;

/** A problem with the place the app keeps its data; its message is for the person starting it. */
export class DataFolderError extends Error {
  override readonly name = "DataFolderError";
}

const megabytes = (bytes: number) => `${Math.floor(bytes / (1024 * 1024)).toLocaleString("en-GB")} MB`;

function explain(error: unknown, folder: string): DataFolderError {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "EROFS":
      return new DataFolderError(`The data folder ${folder} is on a read-only disk. Pathways needs to write there; mount it read-write or set PATHWAYS_DATA_DIR to another folder.`);
    case "EACCES":
    case "EPERM":
      return new DataFolderError(`Pathways is not allowed to write to the data folder ${folder}. Give the user running it write access, or set PATHWAYS_DATA_DIR to another folder.`);
    case "ENOSPC":
    case "EDQUOT":
      return new DataFolderError(`The disk holding the data folder ${folder} is full. Free some space, or set PATHWAYS_DATA_DIR to a folder on a disk with room.`);
    case "EEXIST":
    case "ENOTDIR":
      return new DataFolderError(`The data folder ${folder} is not a folder (something else has that name). Move it away or set PATHWAYS_DATA_DIR to another folder.`);
    default:
      return new DataFolderError(`The data folder ${folder} cannot be used: ${(error as Error).message}`);
  }
}

/**
 * Makes sure `folder` exists, is a folder, can be written to and synced, and has room; returns the
 * free space. Throws DataFolderError, naming the problem, when it cannot be used.
 */
export async function checkDataFolder(folder: string): Promise<{ freeBytes: number; isLow: boolean }> {
  try {
    await mkdir(folder, { recursive: true, mode: 0o700 });
    if (!(await stat(folder)).isDirectory()) throw Object.assign(new Error("not a folder"), { code: "ENOTDIR" });
    // A real write, synced to the disk, is the only reliable test: permissions say nothing to root,
    // and a read-only mount or a full disk shows only when something is written.
    const probe = path.join(folder, `.write-check-${process.pid}-${randomBytes(4).toString("hex")}`);
    const handle = await open(probe, "wx", 0o600);
    try {
      await handle.write(randomBytes(64 * 1024));
      await handle.sync();
    } finally {
      await handle.close();
      await rm(probe, { force: true });
    }
  } catch (error) {
    throw explain(error, folder);
  }
  const space = await statfs(folder);
  const freeBytes = space.bavail * space.bsize;
  if (freeBytes < minimumFreeBytes) {
    throw new DataFolderError(
      `Only ${megabytes(freeBytes)} is free on the disk holding the data folder ${folder}; the embedded database needs at least ${megabytes(minimumFreeBytes)} to run safely. Free some space, or set PATHWAYS_DATA_DIR to a folder on a disk with room.`,
    );
  }
  return { freeBytes, isLow: freeBytes < lowFreeBytes };
}
