/**
 * What a soak run found: latency per operation and overall, errors, and the server's memory over
 * time, with the verdict against the targets — no errors, p99 under 200 ms, and memory flat (the
 * last five minutes within 10% of the first five after warm-up, which a leak would not be).
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { benchRoot } from "../lib/options.js";

export interface Sample {
  operation: string;
  latencyMs: number;
  isError: boolean;
  atSeconds: number;
}

export interface SoakInput {
  date: string;
  commit: string;
  database: string;
  minutes: number;
  rate: number;
  warmupSeconds: number;
  samples: Sample[];
  memory: { atSeconds: number; residentMb: number }[];
  failures: string[];
  peakInFlight: number;
  operations: string[];
  casesOpened: number;
  machine: { cpus: number; memoryGiB: number; node: string };
}

const targets = { p99Ms: 200, memoryGrowth: 0.1 } as const;

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

const round = (value: number, places = 1) => Math.round(value * 10 ** places) / 10 ** places;

function latencies(samples: readonly Sample[]) {
  const sorted = samples.map((sample) => sample.latencyMs).sort((a, b) => a - b);
  return {
    count: samples.length,
    errors: samples.filter((sample) => sample.isError).length,
    p50Ms: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    p99Ms: round(percentile(sorted, 99)),
    maxMs: round(sorted.at(-1) ?? Number.NaN),
  };
}

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);

export function summarise(input: SoakInput) {
  const measuredFrom = input.warmupSeconds;
  const measuredTo = input.warmupSeconds + input.minutes * 60;
  const window = Math.min(300, (measuredTo - measuredFrom) / 3);
  const measured = input.memory.filter((point) => point.atSeconds >= measuredFrom);
  const first = mean(measured.filter((point) => point.atSeconds < measuredFrom + window).map((point) => point.residentMb));
  const last = mean(measured.filter((point) => point.atSeconds >= measuredTo - window).map((point) => point.residentMb));
  const overall = latencies(input.samples);
  const byOperation = Object.fromEntries(
    input.operations
      .map((name) => [name, latencies(input.samples.filter((sample) => sample.operation === name))] as const)
      .filter(([, stats]) => stats.count > 0),
  );
  const memoryGrowth = first > 0 ? (last - first) / first : Number.NaN;
  const verdict = {
    hasNoErrors: overall.errors === 0,
    isP99UnderTarget: overall.p99Ms < targets.p99Ms,
    isMemoryFlat: Math.abs(memoryGrowth) <= targets.memoryGrowth,
  };
  return {
    ...input,
    samples: undefined,
    failures: input.failures.slice(0, 50),
    failureCount: input.failures.length,
    overall,
    byOperation,
    residentMemory: {
      firstWindowMeanMb: round(first),
      lastWindowMeanMb: round(last),
      windowSeconds: window,
      growth: round(memoryGrowth * 100, 1),
      peakMb: Math.max(...input.memory.map((point) => point.residentMb)),
    },
    targets,
    verdict: { ...verdict, isPassing: verdict.hasNoErrors && verdict.isP99UnderTarget && verdict.isMemoryFlat },
  };
}

export type SoakSummary = ReturnType<typeof summarise>;

export async function writeSoakReport(summary: SoakSummary): Promise<{ json: string; markdown: string }> {
  const base = path.join(benchRoot, "results", `${summary.date}-soak-${summary.database}`);
  const files = { json: `${base}.json`, markdown: `${base}.md` };
  await writeFile(files.json, `${JSON.stringify(summary, null, 2)}\n`);
  await writeFile(files.markdown, markdownOf(summary));
  return files;
}

function markdownOf(s: SoakSummary): string {
  const yes = (ok: boolean) => (ok ? "yes" : "**no**");
  const rows = Object.entries(s.byOperation).map(
    ([name, stats]) => `| ${name} | ${stats.count.toLocaleString("en-GB")} | ${stats.errors} | ${stats.p50Ms} | ${stats.p95Ms} | ${stats.p99Ms} | ${stats.maxMs} |`,
  );
  return [
    `# Soak on ${s.database}, ${s.date} (commit ${s.commit})`,
    "",
    `${s.rate} requests/s for ${s.minutes} min on 127.0.0.1 after ${s.warmupSeconds} s of warm-up; ${s.machine.cpus} cores, ${s.machine.memoryGiB} GiB, Node ${s.machine.node}.`,
    `Latency is from when each request was due. ${s.casesOpened.toLocaleString("en-GB")} cases opened during the run; at most ${s.peakInFlight} requests in flight.`,
    "",
    "| Operation | Requests | Errors | p50 ms | p95 ms | p99 ms | max ms |",
    "|---|---:|---:|---:|---:|---:|---:|",
    ...rows,
    `| **all** | ${s.overall.count.toLocaleString("en-GB")} | ${s.overall.errors} | ${s.overall.p50Ms} | ${s.overall.p95Ms} | ${s.overall.p99Ms} | ${s.overall.maxMs} |`,
    "",
    `Server resident memory: ${s.residentMemory.firstWindowMeanMb} MB (mean of the first ${round(s.residentMemory.windowSeconds / 60)} min measured) → ${s.residentMemory.lastWindowMeanMb} MB (last ${round(s.residentMemory.windowSeconds / 60)} min), ${s.residentMemory.growth}%; peak ${s.residentMemory.peakMb} MB.`,
    "",
    `Targets: no errors — ${yes(s.verdict.hasNoErrors)}; p99 under ${s.targets.p99Ms} ms — ${yes(s.verdict.isP99UnderTarget)}; memory flat (within ${s.targets.memoryGrowth * 100}%) — ${yes(s.verdict.isMemoryFlat)}.`,
    ...(s.failureCount > 0 ? ["", `First errors (${s.failureCount} in all):`, "", ...s.failures.map((failure) => `- ${failure}`)] : []),
    "",
  ].join("\n");
}
