/**
 * The soak: the real server, started as it is in production, under a steady mixed workload for a
 * long time (`npm run bench:soak -- --minutes=30 --rate=25 --database=postgres|pglite`). It counts
 * errors, records latency from when each request was due (so a stall is not hidden by requests
 * that were never sent), and samples the server's resident memory to show whether it grows.
 *
 * Requests are sent on a fixed schedule, not one after another: a slow answer does not slow the
 * arrivals, as with real users. Writes bench/results/<date>-soak-<database>.json and .md.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { benchRoot } from "./lib/options.js";
import { z } from "zod";
import { currentCommit, startDemoServer } from "./soak/server.js";
import { chooser, operations, type Caseworker } from "./soak/workload.js";
import { summarise, writeSoakReport, type Sample } from "./soak/report.js";

const { values } = parseArgs({
  options: {
    minutes: { type: "string", default: "30" },
    rate: { type: "string", default: "25" },
    database: { type: "string", default: "postgres" },
    "warmup-seconds": { type: "string", default: "60" },
  },
});
const minutes = Number(values.minutes);
const rate = Number(values.rate);
const warmupSeconds = Number(values["warmup-seconds"]);
const database = values.database;
if (!(minutes > 0) || !(rate > 0) || !(warmupSeconds >= 0) || (database !== "postgres" && database !== "pglite")) {
  throw new Error("usage: --minutes=N --rate=N --database=postgres|pglite --warmup-seconds=N");
}

const server = await startDemoServer(database, "soak");
const { app, workers } = server;
const residentMb = () => server.residentMb();

const choose = chooser(20261124);
const samples: Sample[] = [];
const memory: { atSeconds: number; residentMb: number }[] = [];
const failures: string[] = [];
const intervalMs = 1000 / rate;
const totalMs = (warmupSeconds + minutes * 60) * 1000;
const startedAt = performance.now();
let inFlight = 0;
let peakInFlight = 0;

async function send(worker: Caseworker, dueAt: number) {
  const { operation, request } = choose(worker);
  inFlight += 1;
  peakInFlight = Math.max(peakInFlight, inFlight);
  let status = 0;
  try {
    const answer = await worker.client.send(request.method, request.path, z.unknown(), request.body);
    status = 200;
    operation.record?.(worker, answer, request);
  } catch (error) {
    failures.push(`${operation.name} ${request.method} ${request.path}: ${(error as Error).message}`.slice(0, 300));
  } finally {
    inFlight -= 1;
  }
  const finishedAt = performance.now();
  if (dueAt - startedAt >= warmupSeconds * 1000) {
    samples.push({ operation: operation.name, latencyMs: finishedAt - dueAt, isError: status === 0, atSeconds: (dueAt - startedAt) / 1000 });
  }
}

const memoryTimer = setInterval(() => {
  void residentMb().then((mb) => memory.push({ atSeconds: (performance.now() - startedAt) / 1000, residentMb: mb }));
}, 10_000);
const progressTimer = setInterval(() => {
  const elapsed = (performance.now() - startedAt) / 1000;
  console.log(`${Math.round(elapsed)} s: ${samples.length} measured, ${failures.length} errors, ${inFlight} in flight, ${memory.at(-1)?.residentMb ?? "?"} MB`);
}, 60_000);

console.log(`Soak on ${database}: ${rate} requests/s for ${minutes} min after ${warmupSeconds} s of warm-up`);
const pending = new Set<Promise<void>>();
for (let index = 0; ; index += 1) {
  const dueAt = startedAt + index * intervalMs;
  if (dueAt - startedAt >= totalMs) break;
  const wait = dueAt - performance.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  const worker = workers[index % workers.length]!;
  const sent = send(worker, dueAt);
  pending.add(sent);
  void sent.finally(() => pending.delete(sent));
}
await Promise.all(pending);
clearInterval(memoryTimer);
clearInterval(progressTimer);
memory.push({ atSeconds: (performance.now() - startedAt) / 1000, residentMb: await residentMb() });

const serverLog = app.output();
await server.stop();

const commit = await currentCommit();
const summary = summarise({
  date: new Date().toISOString().slice(0, 10),
  commit,
  database,
  minutes,
  rate,
  warmupSeconds,
  samples,
  memory,
  failures,
  peakInFlight,
  operations: operations.map((operation) => operation.name),
  casesOpened: workers.reduce((sum, worker) => sum + worker.cases.length, 0),
  machine: { cpus: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
});
await mkdir(path.join(benchRoot, "results"), { recursive: true });
const files = await writeSoakReport(summary);
console.log(await readFile(files.markdown, "utf8"));
await writeFile(path.join(os.tmpdir(), "pathways-soak-server.log"), serverLog);
process.exit(summary.verdict.isPassing ? 0 : 1);
