/**
 * The embedded app's cold start: how long `node server/main.ts` takes from being started to
 * answering, and how much memory it holds, on the embedded database (PGlite) with the demo
 * organisation and with the generated 100,000 clients (`npm run bench:data`, the small preset).
 *
 *   npm run bench:cold-start -- --runs=3
 *
 * Each run starts the server on a data folder already prepared (the demo seeded by a first start
 * that is not measured; the generated data as the generator left it), waits until it answers its
 * health check and reads its resident memory; on the demo, Birmingham's caseworker then signs in
 * and lists the site's open cases and the memory is read again; then it stops. Writes bench/results/<date>-cold-start.json and .md.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { caseListSchema } from "../core/api/cases.js";
import { freePort } from "../test/app-process.js";
import { benchRoot } from "./lib/options.js";
import { manifestPath, readManifest } from "./lib/manifest.js";
import { currentCommit } from "./soak/server.js";
import { signInDemoStaff, siteIds } from "./soak/staff.js";

const { values } = parseArgs({ options: { runs: { type: "string", default: "3" } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error("usage: --runs=N");

interface Start {
  /** From spawning the process to its first answer on /api/health. */
  toHealthyMs: number;
  /** What the server itself logged as its start-up time (opening the database to listening). */
  startupLoggedMs: number | null;
  residentMbAtStart: number;
  residentMbAfterFirstRequests: number;
}

async function residentMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN) / 102.4) / 10;
}

/** One cold start on `dataDir`; `firstRequests` runs against it once it answers. */
async function coldStart(dataDir: string, firstRequests: (baseUrl: string) => Promise<void>): Promise<Start> {
  const port = await freePort();
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    env: { ...process.env, PATHWAYS_DATA_DIR: dataDir, PATHWAYS_DEMO: "on", PORT: String(port), LOG_LEVEL: "info" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    for (;;) {
      if ((await fetch(`${baseUrl}/api/health`).catch(() => null))?.ok) break;
      if (child.exitCode !== null || performance.now() - spawnedAt > 600_000) throw new Error(`the server did not start:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const toHealthyMs = performance.now() - spawnedAt;
    const residentMbAtStart = await residentMb(child.pid!);
    await firstRequests(baseUrl);
    const residentMbAfterFirstRequests = await residentMb(child.pid!);
    const running = output.split("\n").find((line) => line.includes('"Pathways is running"'));
    const startupLoggedMs = running ? ((JSON.parse(running) as { startupMs?: number }).startupMs ?? null) : null;
    return { toHealthyMs: Math.round(toHealthyMs), startupLoggedMs, residentMbAtStart, residentMbAfterFirstRequests };
  } finally {
    child.kill("SIGTERM");
    await exited;
  }
}

/** Birmingham's caseworker signs in and reads the site's open cases, as someone opening the app would. */
async function caseworkerLooksAtCases(baseUrl: string): Promise<void> {
  const sites = await siteIds(await signInDemoStaff(baseUrl, "admin@pathways.demo"));
  const caseworker = await signInDemoStaff(baseUrl, "caseworker@pathways.demo");
  await caseworker.send("GET", `/api/cases?siteId=${sites.get("Birmingham")}&state=open&page=1&pageSize=25`, caseListSchema);
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;

interface Scenario {
  name: string;
  clients: string;
  starts: Start[];
}
const scenarios: Scenario[] = [];

// The demo organisation: seeded by a first start that is not measured.
const demoDir = await mkdtemp(path.join(os.tmpdir(), "pathways-cold-start-"));
try {
  await coldStart(demoDir, async () => undefined);
  const starts: Start[] = [];
  // Each run starts from a copy of the seeded folder, so its staff sign in for the first time, as
  // on the first run (enrolling their authenticator), and no run inherits another's sessions.
  for (let run = 0; run < runs; run += 1) {
    const runDir = `${demoDir}-run${run}`;
    await cp(demoDir, runDir, { recursive: true });
    try {
      starts.push(await coldStart(runDir, caseworkerLooksAtCases));
    } finally {
      await rm(runDir, { recursive: true, force: true });
    }
  }
  scenarios.push({ name: "demo organisation", clients: "demo", starts });
} finally {
  await rm(demoDir, { recursive: true, force: true });
}

// The generated small preset, if it has been generated.
const smallDir = path.join(benchRoot, ".data", "small");
if (existsSync(manifestPath(smallDir))) {
  const manifest = await readManifest(smallDir);
  const starts: Start[] = [];
  for (let run = 0; run < runs; run += 1) starts.push(await coldStart(smallDir, async () => undefined));
  scenarios.push({ name: "generated (small preset)", clients: manifest.clients.toLocaleString("en-GB"), starts });
} else {
  console.log("No generated data in bench/.data/small: run `npm run bench:data` to measure a start with 100,000 clients.");
}

const date = new Date().toISOString().slice(0, 10);
const report = {
  date,
  commit: await currentCommit(),
  database: "PGlite (embedded)",
  machine: { cpus: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
  loadAverage: os.loadavg().map((value) => Math.round(value * 100) / 100),
  scenarios: scenarios.map((scenario) => ({
    ...scenario,
    medianToHealthyMs: median(scenario.starts.map((start) => start.toHealthyMs)),
    medianResidentMbAtStart: median(scenario.starts.map((start) => start.residentMbAtStart)),
  })),
};
const markdown = [
  `# Cold start of the embedded app, ${date} (commit ${report.commit})`,
  "",
  `Machine: ${report.machine.cpus} cores, ${report.machine.memoryGiB} GiB, Node ${report.machine.node}; load average ${report.loadAverage.join(" ")} at the end.`,
  "",
  "| data | clients | run | to first answer | start-up logged by the server | memory at start | memory after the first requests |",
  "|---|---|---|---|---|---|---|",
  ...scenarios.flatMap((scenario) =>
    scenario.starts.map(
      (start, index) =>
        `| ${scenario.name} | ${scenario.clients} | ${index + 1} | ${(start.toHealthyMs / 1000).toFixed(1)} s | ${start.startupLoggedMs === null ? "—" : `${(start.startupLoggedMs / 1000).toFixed(1)} s`} | ${start.residentMbAtStart} MB | ${start.residentMbAfterFirstRequests} MB |`,
    ),
  ),
  "",
].join("\n");
await mkdir(path.join(benchRoot, "results"), { recursive: true });
const base = path.join(benchRoot, "results", `${date}-cold-start`);
await writeFile(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
await writeFile(`${base}.md`, markdown);
console.log(markdown);
