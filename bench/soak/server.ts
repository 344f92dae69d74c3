/**
 * The real server for the HTTP benchmarks (the soak and the load curve), started as in production:
 * `node server/main.ts` on a database of its own, empty, so it seeds the demo organisation as on a
 * first start; then three caseworkers (Birmingham, Manchester, Luton) sign in and enrol their
 * authenticator app through the API, as people do.
 */
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startApp, type AppProcess } from "../../test/app-process.js";
import { signInDemoStaff, siteIds } from "./staff.js";
import type { Caseworker } from "./workload.js";

export type BenchDatabase = "postgres" | "pglite";

export interface DemoServer {
  app: AppProcess;
  workers: Caseworker[];
  /** The server process's resident memory now, in MB. */
  residentMb(): Promise<number>;
  stop(): Promise<void>;
}

export async function startDemoServer(database: BenchDatabase, name: string): Promise<DemoServer> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), `pathways-${name}-`));
  const env: Record<string, string> = { PATHWAYS_DATA_DIR: dataDir, PATHWAYS_DEMO: "on" };
  const databaseName = `pathways_${name.replaceAll("-", "_")}`;
  const adminUrl = "postgres://postgres@127.0.0.1:5432/postgres";
  if (database === "postgres") {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${databaseName} with (force)`);
    await admin.query(`create database ${databaseName}`);
    await admin.end();
    env.DATABASE_URL = adminUrl.replace(/\/[^/]*$/, `/${databaseName}`);
  }
  const app = await startApp(env);
  const admin = await signInDemoStaff(app.baseUrl, "admin@pathways.demo");
  const sites = await siteIds(admin);
  const workers: Caseworker[] = [];
  for (const [email, site] of [
    ["caseworker@pathways.demo", "Birmingham"],
    ["caseworker.manchester@pathways.demo", "Manchester"],
    ["caseworker.luton@pathways.demo", "Luton"],
  ] as const) {
    workers.push({ site, siteId: sites.get(site)!, client: await signInDemoStaff(app.baseUrl, email), cases: [], waiting: [] });
  }
  return {
    app,
    workers,
    async residentMb() {
      const status = await readFile(`/proc/${app.child.pid}/status`, "utf8");
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
      return Math.round((kb / 1024) * 10) / 10;
    },
    async stop() {
      app.child.kill("SIGTERM");
      await app.exited;
      await rm(dataDir, { recursive: true, force: true });
      if (database === "postgres") {
        const admin = new pg.Client({ connectionString: adminUrl });
        await admin.connect();
        await admin.query(`drop database if exists ${databaseName} with (force)`);
        await admin.end();
      }
    },
  };
}

/** The short commit the benchmark ran on. */
export function currentCommit(): Promise<string> {
  return new Promise((resolve) => {
    const git = spawn("git", ["rev-parse", "--short", "HEAD"]);
    let out = "";
    git.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    git.on("exit", () => resolve(out.trim() || "unknown"));
  });
}
