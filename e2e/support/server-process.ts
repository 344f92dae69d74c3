/**
 * Runs the real Pathways server as a child process for the browser journeys: a free port, a fresh
 * data folder (embedded PGlite, demo organisation seeded on start) and quiet logs. The server and
 * everything it spawns share one process group, so stopping it leaves nothing behind.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";

export interface RunningServer {
  /** The address the browser uses; invitation links are built from it too. */
  baseUrl: string;
  /** The same server by IP, for calls from Node (which may try IPv6 first for "localhost"). */
  apiUrl: string;
  logFile: string;
  stop: () => Promise<void>;
}

/** A port nobody is listening on right now. */
async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, "127.0.0.1");
  await once(probe, "listening");
  const address = probe.address();
  probe.close();
  await once(probe, "close");
  if (address === null || typeof address === "string") throw new Error("could not find a free port");
  return address.port;
}

/**
 * Ends the whole process group: SIGTERM (the server flushes PGlite and exits), then SIGKILL if it
 * has not gone within `graceMs`. Waits for every process in the group, not just npx, which exits
 * before the server it started has finished closing its database.
 */
async function stopGroup(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.pid === undefined) return;
  killGroup(child.pid, "SIGTERM");
  if (await groupGone(child.pid, graceMs)) return;
  killGroup(child.pid, "SIGKILL");
  await groupGone(child.pid, graceMs);
}

/** Whether the process group has no processes left, polling until `timeoutMs`. */
async function groupGone(pgid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isGroupAlive(pgid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return !isGroupAlive(pgid);
}

function isGroupAlive(pgid: number): boolean {
  try {
    // Signal 0 delivers nothing; it only checks that some process in the group exists.
    process.kill(-pgid, 0);
    return true;
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "ESRCH") return false;
    throw error;
  }
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    // ESRCH: the group has already gone, which is what we wanted.
    if (!(error instanceof Error && "code" in error && error.code === "ESRCH")) throw error;
  }
}

async function waitForHealth(apiUrl: string, child: ChildProcess, logFile: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The server exited during start-up (${child.exitCode ?? child.signalCode}).\n${await tail(logFile)}`);
    }
    try {
      const response = await fetch(`${apiUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet: poll again below.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The server did not answer /api/health within ${timeoutMs} ms.\n${await tail(logFile)}`);
}

async function tail(file: string): Promise<string> {
  const text = await readFile(file, "utf8").catch(() => "");
  return `Last lines of ${file}:\n${text.split("\n").slice(-40).join("\n")}`;
}

/** This environment plus `overrides`, never a PostgreSQL server or keyring from the developer's shell. */
function serverEnvironment(overrides: Record<string, string>): NodeJS.ProcessEnv {
  const { DATABASE_URL: _database, PATHWAYS_KEYRING: _keyring, ...inherited } = process.env;
  return { ...inherited, ...overrides };
}

/** Starts `npx tsx server/main.ts` and resolves once it answers /api/health. */
export async function startServer(options: { root: string; logFile: string; startTimeoutMs?: number }): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "pathways-e2e-"));
  const baseUrl = `http://localhost:${port}`;
  const apiUrl = `http://127.0.0.1:${port}`;
  const log = createWriteStream(options.logFile);
  const child = spawn("npx", ["tsx", "server/main.ts"], {
    cwd: options.root,
    // Its own process group, so npx, tsx and node can be stopped together.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: serverEnvironment({
      PORT: String(port),
      HOST: "127.0.0.1",
      PATHWAYS_DATA_DIR: dataDir,
      PATHWAYS_PUBLIC_URL: baseUrl,
      PATHWAYS_DEMO: "on",
      LOG_LEVEL: "warn",
      // The journeys' browsers say which client they are (browser.ts), as a reverse proxy would, so
      // each person has their own rate limits instead of all sharing the machine's address.
      PATHWAYS_TRUSTED_PROXIES: "127.0.0.1",
    }),
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  // If the test runner dies without tearing down, do not leave a server behind.
  const onExit = () => {
    if (child.pid !== undefined) killGroup(child.pid, "SIGKILL");
  };
  process.once("exit", onExit);

  let isStopped = false;
  const stop = async () => {
    if (isStopped) return;
    isStopped = true;
    process.removeListener("exit", onExit);
    await stopGroup(child, 5_000);
    log.end();
    await rm(dataDir, { recursive: true, force: true, maxRetries: 5 });
  };

  try {
    await waitForHealth(apiUrl, child, options.logFile, options.startTimeoutMs ?? 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, apiUrl, logFile: options.logFile, stop };
}
