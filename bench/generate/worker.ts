/**
 * A generator thread: receives ranges of person numbers, answers with their rows as COPY text for
 * each table. Encryption is the expensive part, so one thread runs per core.
 */
import { parentPort, workerData } from "node:worker_threads";
import { parseKeyring } from "../../server/vault/keyring.js";
import { createVault } from "../../server/vault/vault.js";
import { chunkRows, type ChunkContext, type SiteStaff } from "./chunk-rows.js";
import { installPooledRandomBytes } from "./pooled-random.js";
import type { CopyTable } from "./tables.js";

export interface WorkerSetup {
  seed: number;
  clients: number;
  /** The run's keyring as JSON; handed over in memory, never logged. */
  keyringJson: string;
  organisationId: string;
  sites: SiteStaff[];
  sourceIds: Record<string, string>;
  instrumentIds: ChunkContext["instrumentIds"];
  programmeIds: ChunkContext["programmeIds"];
}

export interface ChunkRequest {
  index: number;
  from: number;
  to: number;
}

export interface ChunkResult {
  index: number;
  clients: number;
  data: Record<CopyTable, Uint8Array>;
  rows: Record<CopyTable, number>;
}

installPooledRandomBytes();
const setup = workerData as WorkerSetup;
const keyring = parseKeyring(setup.keyringJson, "the bench keyring");
const context: ChunkContext = { ...setup, vault: createVault(keyring), keyring };
const encoder = new TextEncoder();

parentPort?.on("message", (request: ChunkRequest) => {
  const { text, rows } = chunkRows(context, request.from, request.to);
  // TextEncoder gives each table its own ArrayBuffer, so it can be transferred without copying.
  const data = Object.fromEntries(Object.entries(text).map(([table, lines]) => [table, encoder.encode(lines)])) as Record<CopyTable, Uint8Array>;
  const result: ChunkResult = { index: request.index, clients: request.to - request.from, data, rows };
  parentPort?.postMessage(result, Object.values(data).map((bytes) => bytes.buffer as ArrayBuffer));
});
