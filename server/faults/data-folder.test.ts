/**
 * The embedded database's data folder on a disk that is full or read-only, or that is not a folder
 * at all: the app refuses to start with a sentence saying what is wrong, changes nothing in the
 * folder, and starts normally with its data intact once the problem is fixed. Real disks of a set
 * size, made with tmpfs mounts, stand in for the full and read-only disks (permissions would not
 * stop the tests, which run as root).
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readdir, readFile, rm, stat, statfs, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, startAppExpectingRefusal } from "../../test/app-process.js";
import { isPostgres } from "../../test/db.js";
import { openDatabase } from "../db/client.js";
import { minimumFreeBytes } from "../db/data-folder.js";
import { users } from "../db/schema.js";
import { demoStaff } from "../demo/seed-demo.js";

const run = promisify(execFile);
const scratch = await mkdtemp(path.join(tmpdir(), "pathways-disk-"));
const mounted: string[] = [];

async function disk(name: string, megabytes: number): Promise<string> {
  const where = path.join(scratch, name);
  await mkdir(where);
  await run("mount", ["-t", "tmpfs", "-o", `size=${megabytes}m,mode=0700`, "tmpfs", where]);
  mounted.push(where);
  return where;
}

const remount = (where: string, mode: "ro" | "rw") => run("mount", ["-o", `remount,${mode}`, where]);

/** Every file under `folder` with a hash of its content, to show a refused start changed nothing. */
async function contents(folder: string): Promise<Record<string, string>> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
  const hashed = await Promise.all(files.map(async (file) => [path.relative(folder, file), createHash("sha256").update(await readFile(file)).digest("hex")] as const));
  return Object.fromEntries(hashed.sort(([a], [b]) => a.localeCompare(b)));
}

async function startAndStop(dataDir: string): Promise<void> {
  const app = await startApp({ PATHWAYS_DATA_DIR: dataDir });
  app.child.kill("SIGTERM");
  expect(await app.exited).toBe(0);
}

async function staffCount(dataDir: string): Promise<number> {
  const database = await openDatabase({ kind: "pglite", dataDir: path.join(dataDir, "db") });
  try {
    const [row] = await database.db.select({ n: count() }).from(users);
    return row?.n ?? 0;
  } finally {
    await database.close();
  }
}

function expectPlainRefusal(refusal: { exitCode: number | null; output: string }, says: RegExp) {
  expect(refusal.exitCode, refusal.output).toBe(1);
  expect(refusal.output).toMatch(/Pathways could not start\./);
  expect(refusal.output).toMatch(says);
  // A sentence, not the engine's internals.
  expect(refusal.output).not.toMatch(/\bat .+\.(js|ts):\d+|node_modules|RuntimeError|Aborted/);
}

// Mounting needs the privileges CI and the development machines have; in CI their absence fails.
const canMount =
  !isPostgres() &&
  (await (async () => {
    try {
      const probe = await disk("probe", 1);
      await run("umount", [probe]);
      mounted.pop();
      return true;
    } catch {
      return process.env.CI === "true";
    }
  })());

describe.runIf(canMount)("faults: the embedded database's disk", { timeout: 300_000 }, () => {
  let roomy: string;
  beforeAll(async () => {
    // Room for the database (about 60 MB) plus the minimum the app insists on.
    roomy = await disk("roomy", Math.ceil(minimumFreeBytes / 2 ** 20) + 200);
  });
  afterAll(async () => {
    for (const where of mounted.reverse()) await run("umount", ["-l", where]).catch(() => undefined);
    await rm(scratch, { recursive: true, force: true });
  });

  it("refuses to start on a disk without room, creating no database there", async () => {
    const small = await disk("small", 64);
    const dataDir = path.join(small, "data");
    expectPlainRefusal(await startAppExpectingRefusal({ PATHWAYS_DATA_DIR: dataDir }), /needs at least 256 MB/);
    expect(await readdir(dataDir)).toEqual([]);
  });

  it("refuses to start when the disk has filled, leaves the database as it was, and starts once there is room", async () => {
    const dataDir = path.join(roomy, "filling");
    await startAndStop(dataDir);
    const before = await contents(dataDir);
    const { bavail, bsize } = await statfs(roomy);
    const filler = path.join(roomy, "filler");
    await run("fallocate", ["-l", String(bavail * bsize - 4096), filler]);

    expectPlainRefusal(await startAppExpectingRefusal({ PATHWAYS_DATA_DIR: dataDir }), /disk holding the data folder .* is full|Only \d+ MB is free/);
    expect(await contents(dataDir)).toEqual(before);

    await rm(filler);
    await startAndStop(dataDir);
    expect(await staffCount(dataDir)).toBe(demoStaff.length);
  });

  it("refuses to start on a read-only disk, and starts with its data once the disk can be written again", async () => {
    const dataDir = path.join(roomy, "read-only");
    await startAndStop(dataDir);
    const before = await contents(dataDir);
    await remount(roomy, "ro");
    try {
      expectPlainRefusal(await startAppExpectingRefusal({ PATHWAYS_DATA_DIR: dataDir }), /is on a read-only disk/);
    } finally {
      await remount(roomy, "rw");
    }
    expect(await contents(dataDir)).toEqual(before);
    await startAndStop(dataDir);
    expect(await staffCount(dataDir)).toBe(demoStaff.length);
  });

  it("refuses to start when the data folder's name is taken by a file", async () => {
    const dataDir = path.join(roomy, "not-a-folder");
    await writeFile(dataDir, "notes");
    expectPlainRefusal(await startAppExpectingRefusal({ PATHWAYS_DATA_DIR: dataDir }), /is not a folder/);
    expect((await stat(dataDir)).isFile()).toBe(true);
  });
});
