/**
 * Runs one operation many times and summarises its latency: up to `iterations` runs (stopping
 * early at `maxSeconds`), by `concurrency` callers at once, after a warm-up (`warmUp`) that is not
 * recorded.
 * Latency is per operation; throughput is completed operations over the wall time. Peak RSS is
 * sampled every 20 ms while the measurement runs.
 */

export interface Measurement {
  name: string;
  concurrency: number;
  iterations: number;
  seconds: number;
  throughputPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  meanMs: number;
  maxMs: number;
  peakRssMb: number;
}

export interface MeasureOptions {
  warmup: number;
  iterations: number;
  maxSeconds: number;
  concurrency: number;
}

/** Runs `operation` `count` times, or for `maxSeconds`, whichever ends first; nothing is recorded. */
export async function warmUp(operation: (i: number) => Promise<unknown>, count: number, maxSeconds: number): Promise<void> {
  const deadline = performance.now() + maxSeconds * 1000;
  for (let i = 0; i < count && performance.now() < deadline; i++) await operation(i);
}

export async function measure(name: string, operation: (i: number) => Promise<unknown>, options: MeasureOptions): Promise<Measurement> {
  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, 20);
  const durations = new Float64Array(options.iterations);
  let started = 0;
  let completed = 0;
  const begin = performance.now();
  const deadline = begin + options.maxSeconds * 1000;
  try {
    await Promise.all(
      Array.from({ length: options.concurrency }, async () => {
        while (started < options.iterations && performance.now() < deadline) {
          const index = started++;
          const t0 = performance.now();
          await operation(options.warmup + index);
          durations[completed++] = performance.now() - t0;
        }
      }),
    );
  } finally {
    clearInterval(sampler);
  }
  const seconds = (performance.now() - begin) / 1000;
  const sorted = durations.slice(0, completed).sort();
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
  return {
    name,
    concurrency: options.concurrency,
    iterations: completed,
    seconds: round(seconds),
    throughputPerSecond: round(completed / seconds),
    p50Ms: round(at(0.5)),
    p95Ms: round(at(0.95)),
    p99Ms: round(at(0.99)),
    meanMs: round(sorted.reduce((sum, value) => sum + value, 0) / Math.max(1, completed)),
    maxMs: round(sorted[sorted.length - 1] ?? Number.NaN),
    peakRssMb: round(peakRss / 2 ** 20),
  };
}

export const round = (value: number): number => Math.round(value * 100) / 100;
