/** Writes a run's results: the full JSON, a short Markdown table, and the query plans. */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { benchRoot } from "../lib/options.js";
import type { Measurement } from "./harness.js";
import type { Breakdown } from "./spec.js";
import { plansText, type ExplainedQuery } from "./explain.js";

export interface BenchmarkResult {
  key: string;
  title: string;
  targetP95Ms: number;
  maxRatioP95?: number;
  limitDescription: string;
  runs: { concurrency: number; real: Measurement; limit: Measurement; ratio: { p50: number; p95: number; p99: number; throughput: number }; meetsTarget: boolean }[];
  quality: Record<string, number>;
  breakdown?: Breakdown;
}

export interface RunReport {
  date: string;
  label: string;
  clients: number;
  database: { kind: string; version: string; bytes: number; settings: Record<string, string> };
  machine: { cpus: number; memoryGiB: number; node: string; loadAverageBefore: number[]; loadAverageAfter: number[] };
  generation: { seconds: number; loadSeconds: number; indexSeconds: number; vacuumSeconds: number; cpuSeconds?: number; loadAverage?: number[]; rows: Record<string, number> };
  options: { warmup: number; iterations: number; maxSeconds: number };
  benchmarks: BenchmarkResult[];
  processPeakRssMb: number;
  plans: { file: string; seqScans: { path: string; tables: string[] }[]; jitCompiled: string[]; slowest: { path: string; executionMs: number }[] };
}

export async function writeReport(report: RunReport, explained: readonly ExplainedQuery[]): Promise<{ json: string; markdown: string; plans: string }> {
  const dir = path.join(benchRoot, "results");
  await mkdir(dir, { recursive: true });
  const base = path.join(dir, `${report.date}-${report.label}`);
  const files = { json: `${base}.json`, markdown: `${base}.md`, plans: `${base}-plans.txt` };
  await writeFile(files.json, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(files.markdown, markdownOf(report));
  await writeFile(files.plans, plansText(explained));
  return files;
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : "–");
const times = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)}×` : "–");

function markdownOf(report: RunReport): string {
  const g = report.generation;
  const lines = [
    `# Benchmarks: ${report.label}, ${report.date}`,
    "",
    `${report.clients.toLocaleString("en-GB")} clients on ${report.database.kind} (${report.database.version}), database ${(report.database.bytes / 2 ** 30).toFixed(2)} GiB; ` +
      `generated in ${(g.seconds / 60).toFixed(1)} min (load ${g.loadSeconds.toFixed(0)} s, indexes ${g.indexSeconds.toFixed(0)} s, VACUUM ANALYZE ${g.vacuumSeconds.toFixed(0)} s` +
      `${g.cpuSeconds ? `; generator CPU ${g.cpuSeconds.toFixed(0)} s` : ""}).`,
    `Machine: ${report.machine.cpus} cores, ${report.machine.memoryGiB} GiB, Node ${report.machine.node}; load average ${report.machine.loadAverageBefore.map((v) => v.toFixed(1)).join("/")} before, ` +
      `${report.machine.loadAverageAfter.map((v) => v.toFixed(1)).join("/")} after (other work shares these cores). ` +
      `Warm-up ${report.options.warmup}, up to ${report.options.iterations} iterations or ${report.options.maxSeconds} s per measurement. Latencies in ms.`,
    "",
    "| benchmark | conc. | n | p50 | p95 | p99 | ops/s | limit p50 | limit p95 | limit p99 | limit ops/s | ratio p50 | ratio p95 | target p95 | met | peak RSS MB |",
    "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|:-:|--:|",
  ];
  for (const benchmark of report.benchmarks) {
    for (const run of benchmark.runs) {
      const { real, limit } = run;
      lines.push(
        `| ${benchmark.title} | ${run.concurrency} | ${real.iterations} | ${ms(real.p50Ms)} | ${ms(real.p95Ms)} | ${ms(real.p99Ms)} | ${real.throughputPerSecond.toFixed(0)} | ` +
          `${ms(limit.p50Ms)} | ${ms(limit.p95Ms)} | ${ms(limit.p99Ms)} | ${limit.throughputPerSecond.toFixed(0)} | ${times(run.ratio.p50)} | ${times(run.ratio.p95)} | ` +
          `< ${benchmark.targetP95Ms}${benchmark.maxRatioP95 ? `, ≤ ${benchmark.maxRatioP95}×` : ""} | ${run.meetsTarget ? "yes" : "**no**"} | ${Math.max(real.peakRssMb, limit.peakRssMb).toFixed(0)} |`,
      );
    }
  }
  lines.push("", "Limits:");
  for (const benchmark of report.benchmarks) lines.push(`- ${benchmark.title}: ${benchmark.limitDescription}.`);
  lines.push("", "Quality checks:");
  for (const benchmark of report.benchmarks) {
    if (Object.keys(benchmark.quality).length > 0) {
      lines.push(`- ${benchmark.title}: ${Object.entries(benchmark.quality).map(([key, value]) => `${key} ${Number.isInteger(value) ? value : value.toFixed(3)}`).join(", ")}.`);
    }
  }
  for (const benchmark of report.benchmarks) {
    const table = benchmark.breakdown;
    if (!table) continue;
    lines.push("", `${benchmark.title}: ${table.title}`, "", `| ${table.columns.join(" | ")} |`, `|${table.columns.map((_, index) => (index === 0 ? "---" : "--:")).join("|")}|`);
    for (const row of table.rows) lines.push(`| ${row.map((cell) => (typeof cell === "number" ? (Number.isInteger(cell) ? String(cell) : cell.toFixed(2)) : cell)).join(" | ")} |`);
  }
  const scans = report.plans.seqScans;
  lines.push(
    "",
    `Query plans: \`${path.basename(report.plans.file)}\`. ${scans.length === 0 ? "No sequential scan on a large table." : `Sequential scans: ${scans.map((s) => `${s.path} (${s.tables.join(", ")})`).join("; ")}.`}` +
      `${report.plans.jitCompiled.length > 0 ? ` JIT-compiled: ${[...new Set(report.plans.jitCompiled)].join("; ")}.` : ""}` +
      ` Slowest statements: ${report.plans.slowest.map((q) => `${q.path} ${q.executionMs} ms`).join("; ")}.`,
    "",
  );
  return lines.join("\n");
}
