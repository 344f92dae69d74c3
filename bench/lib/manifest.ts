/**
 * What the generator leaves beside its database for the benchmark (and for anyone who wants to run
 * the app against it): the organisation, its sites and staff, the seed, and how the load went.
 * The keyring that decrypts the data is `keyring.json` in the same folder (owner-only).
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { BenchSite } from "../generate/organisation.js";
import type { Target } from "./options.js";

export interface Manifest {
  label: string;
  preset: string;
  seed: number;
  clients: number;
  target: Target;
  organisationId: string;
  sites: BenchSite[];
  generatedAt: string;
  generation: {
    seconds: number;
    loadSeconds: number;
    indexSeconds: number;
    vacuumSeconds: number;
    workers: number;
    chunkSize: number;
    /** CPU time of the generator process (all its threads), to tell slow code from a busy machine. */
    cpuSeconds?: number;
    loadAverage?: number[];
  };
  rows: Record<string, number>;
  databaseBytes: number;
}

export const manifestPath = (dataDir: string): string => path.join(dataDir, "manifest.json");

export async function writeManifest(dataDir: string, manifest: Manifest): Promise<void> {
  await writeFile(manifestPath(dataDir), `${JSON.stringify(manifest, null, 2)}\n`);
}

export async function readManifest(dataDir: string): Promise<Manifest> {
  try {
    return JSON.parse(await readFile(manifestPath(dataDir), "utf8")) as Manifest;
  } catch (error) {
    throw new Error(`No generated data in ${dataDir}: run \`npm run bench:data\` with the same options first.`, { cause: error });
  }
}
