/**
 * The load curve: the real server (as the soak starts it) under the soak's mixed caseworker
 * workload from a closed-loop HTTP load generator on 127.0.0.1, at rising concurrency — 1, 2, 4, 8,
 * 16, 32, 64 callers each sending its next request as soon as the last is answered — until the
 * knee: the level past which throughput stops rising (under 10% more for doubling the callers) and
 * only the waiting grows.
 *
 *   npm run bench:load -- --database=postgres --seconds=20
 *
 * Writes bench/results/<date>-load-<database>.json and .md with the machine, database and commit.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { benchRoot } from "./lib/options.js";
import { currentCommit, startDemoServer, type BenchDatabase } from "./soak/server.js";
import { chooser } from "./soak/workload.js";

const { values } = parseArgs({
  options: {
    database: { type: "string", default: "postgres" },
    seconds: { type: "string", default: "20" },
    "warmup-seconds": { type: "string", default: "5" },
    levels: { type: "string", default: "1,2,4,8,16,32,64" },
  },
});
const database = values.database as BenchDatabase;
const seconds = Number(values.seconds);
const warmupSeconds = Number(values["warmup-seconds"]);
const levels = values.levels.split(",").map(Number);
if ((database !== "postgres" && database !== "pglite") || !(seconds > 0) || !(warmupSeconds >= 0) || levels.some((level) => !Number.isInteger(level) || level < 1)) {
  throw new Error("usage: --database=postgres|pglite --seconds=N --warmup-seconds=N --levels=1,2,4,…");
}

/** The share of extra throughput a doubling of callers must bring for the curve to be still climbing. */
const kneeGain = 0.1;

interface Level {
  concurrency: number;
  requests: number;
  errors: number;
  throughputPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  residentMb: number;
  loadGeneratorCpuSeconds: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
const round = (value: number, places = 1) => Math.round(value * 10 ** places) / 10 ** places;

const loadBefore = os.loadavg();
const server = await startDemoServer(database, "load");
const choose = chooser(20261125);
const failures: string[] = [];

/** Runs `concurrency` callers for the warm-up and the measured seconds; measures only the latter. */
async function runLevel(concurrency: number): Promise<Level> {
  const latencies: number[] = [];
  let errors = 0;
  const cpuBefore = process.cpuUsage();
  const startedAt = performance.now();
  const measureFrom = startedAt + warmupSeconds * 1000;
  const endAt = measureFrom + seconds * 1000;
  const caller = async (index: number) => {
    const worker = server.workers[index % server.workers.length]!;
    while (performance.now() < endAt) {
      const { operation, request } = choose(worker);
      const sentAt = performance.now();
      let isError = false;
      try {
        const answer = await worker.client.send(request.method, request.path, z.unknown(), request.body);
        operation.record?.(worker, answer, request);
      } catch (error) {
        isError = true;
        if (failures.length < 50) failures.push(`${operation.name} ${request.method} ${request.path}: ${(error as Error).message}`.slice(0, 300));
      }
      const answeredAt = performance.now();
      if (sentAt >= measureFrom && answeredAt <= endAt) {
        latencies.push(answeredAt - sentAt);
        if (isError) errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, (_, index) => caller(index)));
  const cpu = process.cpuUsage(cpuBefore);
  latencies.sort((a, b) => a - b);
  return {
    concurrency,
    requests: latencies.length,
    errors,
    throughputPerSecond: round(latencies.length / seconds),
    p50Ms: round(percentile(latencies, 50)),
    p95Ms: round(percentile(latencies, 95)),
    p99Ms: round(percentile(latencies, 99)),
    residentMb: await server.residentMb(),
    loadGeneratorCpuSeconds: round((cpu.user + cpu.system) / 1e6),
  };
}

/** The last level that still added at least `kneeGain` throughput over the one before; the curve flattens after it. */
function kneeOf(results: readonly Level[]): Level | null {
  let knee: Level | null = results[0] ?? null;
  for (let index = 1; index < results.length; index += 1) {
    const gain = results[index]!.throughputPerSecond / results[index - 1]!.throughputPerSecond - 1;
    if (gain < kneeGain) return knee;
    knee = results[index]!;
  }
  return null; // still climbing at the highest level tried
}

const results: Level[] = [];
console.log(`Load curve on ${database}: ${levels.join(", ")} callers, ${seconds} s each after ${warmupSeconds} s of warm-up`);
for (const concurrency of levels) {
  const level = await runLevel(concurrency);
  results.push(level);
  console.log(`  ${concurrency} callers: ${level.throughputPerSecond}/s, p50 ${level.p50Ms} ms, p95 ${level.p95Ms} ms, p99 ${level.p99Ms} ms, ${level.errors} errors`);
}
await server.stop();

const knee = kneeOf(results);
const date = new Date().toISOString().slice(0, 10);
const report = {
  date,
  commit: await currentCommit(),
  database,
  seconds,
  warmupSeconds,
  machine: { cpus: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
  loadAverage: { before: loadBefore.map((value) => round(value, 2)), after: os.loadavg().map((value) => round(value, 2)) },
  levels: results,
  knee: knee ? { concurrency: knee.concurrency, throughputPerSecond: knee.throughputPerSecond, p95Ms: knee.p95Ms } : null,
  failures,
};

const markdown = [
  `# Load curve, ${database}, ${date} (commit ${report.commit})`,
  "",
  `Machine: ${report.machine.cpus} cores, ${report.machine.memoryGiB} GiB, Node ${report.machine.node}; load average ${report.loadAverage.before.join(" ")} before, ${report.loadAverage.after.join(" ")} after. The load generator shares the cores with the server and the database.`,
  "",
  "| callers | requests | errors | throughput /s | p50 ms | p95 ms | p99 ms | server RSS MB | generator CPU s |",
  "|---|---|---|---|---|---|---|---|---|",
  ...results.map((level) => `| ${level.concurrency} | ${level.requests} | ${level.errors} | ${level.throughputPerSecond} | ${level.p50Ms} | ${level.p95Ms} | ${level.p99Ms} | ${level.residentMb} | ${level.loadGeneratorCpuSeconds} |`),
  "",
  knee
    ? `Knee: ${knee.concurrency} callers, ${knee.throughputPerSecond} requests/s at p95 ${knee.p95Ms} ms; doubling the callers beyond it adds under ${kneeGain * 100}% throughput and only waiting.`
    : "No knee within the levels tried: throughput was still rising at the highest.",
  "",
  ...(failures.length > 0 ? ["Errors (first 50):", "", ...failures.map((failure) => `- ${failure}`), ""] : []),
].join("\n");

await mkdir(path.join(benchRoot, "results"), { recursive: true });
const base = path.join(benchRoot, "results", `${date}-load-${database}`);
await writeFile(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
await writeFile(`${base}.md`, `${markdown}\n`);
console.log(await readFile(`${base}.md`, "utf8"));
process.exit(results.some((level) => level.errors > 0) ? 1 : 0);
