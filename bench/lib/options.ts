/**
 * Command-line options shared by the generator and the benchmark: which preset (how many clients,
 * on which database), the seed, and where the run's keyring and manifest live.
 *
 *   --preset=national   1,000,000 clients on PostgreSQL (postgres://postgres@127.0.0.1:5432/pathways_bench)
 *   --preset=small        100,000 clients on PGlite (bench/.data/small/db)  [default]
 *   --clients=N         override the count (the run is then labelled custom-N)
 *   --database-url=URL  PostgreSQL instead of the preset's database
 *   --pglite            PGlite instead of the preset's database
 *   --seed=N  --workers=N  --chunk=N
 */
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export type Target = { kind: "postgres"; url: string } | { kind: "pglite"; dir: string };

export interface BenchOptions {
  preset: "national" | "small";
  /** Names the data folder, the database and the results: the preset, or custom-N. */
  label: string;
  clients: number;
  target: Target;
  seed: number;
  workers: number;
  chunkSize: number;
  /** Holds keyring.json, manifest.json and (for PGlite) the database. */
  dataDir: string;
  /** Options particular to one command (those it passed as `extraFlags`). */
  extra: ReadonlyMap<string, string>;
}

export const benchRoot = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const defaultServer = "postgres://postgres@127.0.0.1:5432";
const presets = { national: { clients: 1_000_000, kind: "postgres" }, small: { clients: 100_000, kind: "pglite" } } as const;

export function parseOptions(argv: readonly string[], extraFlags: readonly string[] = []): BenchOptions {
  const flags = new Map<string, string>();
  for (const arg of argv) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match?.[1]) throw new Error(`Unknown argument ${arg}`);
    flags.set(match[1], match[2] ?? "true");
  }
  const known = new Set(["preset", "clients", "database-url", "pglite", "seed", "workers", "chunk", ...extraFlags]);
  for (const flag of flags.keys()) if (!known.has(flag)) throw new Error(`Unknown option --${flag}`);
  const preset = flags.get("preset") ?? "small";
  if (preset !== "national" && preset !== "small") throw new Error("--preset is national or small");
  const clients = positiveInt(flags.get("clients") ?? String(presets[preset].clients), "--clients");
  const label = flags.has("clients") ? `custom-${clients}` : preset;
  const dataDir = path.join(benchRoot, ".data", label);
  const databaseName = label === "national" ? "pathways_bench" : `pathways_bench_${label.replace(/[^a-z0-9]/g, "_")}`;
  const url = flags.get("database-url");
  const isPglite = flags.has("pglite") || (!url && presets[preset].kind === "pglite");
  const target: Target = isPglite ? { kind: "pglite", dir: path.join(dataDir, "db") } : { kind: "postgres", url: url ?? `${defaultServer}/${databaseName}` };
  return {
    preset,
    label,
    clients,
    target,
    seed: positiveInt(flags.get("seed") ?? "20251101", "--seed"),
    workers: positiveInt(flags.get("workers") ?? String(os.availableParallelism()), "--workers"),
    chunkSize: positiveInt(flags.get("chunk") ?? "2000", "--chunk"),
    dataDir,
    extra: new Map([...flags].filter(([flag]) => extraFlags.includes(flag))),
  };
}

export function positiveInt(value: string, name: string): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < 1) throw new Error(`${name} must be a positive whole number`);
  return number;
}

/** The target with any password hidden, for printing. */
export function describeTarget(target: Target): string {
  if (target.kind === "pglite") return `PGlite at ${path.relative(process.cwd(), target.dir)}`;
  const url = new URL(target.url);
  if (url.password) url.password = "***";
  return `PostgreSQL ${url.toString()}`;
}
