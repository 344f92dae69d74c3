/**
 * The load pipeline: one generator thread per core, each handed the next range of people; while a
 * thread generates its next range, its previous one is COPYed in on a connection of its own
 * (PostgreSQL) or on the one embedded engine (PGlite). At most two ranges per thread are in memory.
 */
import { Worker } from "node:worker_threads";
import type { BenchDatabase } from "../lib/database.js";
import { copyFromStdin } from "./copy-in.js";
import { copyStatement, copyTables, type CopyTable } from "./tables.js";
import type { ChunkRequest, ChunkResult, WorkerSetup } from "./worker.js";

export interface LoadPlan {
  clients: number;
  chunkSize: number;
  workers: number;
  setup: WorkerSetup;
  onProgress(loadedClients: number): void;
}

export async function loadClients(database: BenchDatabase, plan: LoadPlan): Promise<Record<CopyTable, number>> {
  const totals = Object.fromEntries(copyTables.map((table) => [table, 0])) as Record<CopyTable, number>;
  const chunkCount = Math.ceil(plan.clients / plan.chunkSize);
  let nextChunk = 0;
  let loadedClients = 0;
  const threads = Array.from({ length: Math.min(plan.workers, chunkCount) }, () => startWorker(plan.setup));
  try {
    await Promise.all(
      threads.map(async (thread) => {
        let loading: Promise<void> = Promise.resolve();
        while (nextChunk < chunkCount) {
          const index = nextChunk++;
          const from = index * plan.chunkSize;
          const result = await generate(thread, { index, from, to: Math.min(from + plan.chunkSize, plan.clients) });
          await loading;
          loading = load(database, result).then(() => {
            for (const table of copyTables) totals[table] += result.rows[table];
            loadedClients += result.clients;
            plan.onProgress(loadedClients);
          });
        }
        await loading;
      }),
    );
  } finally {
    await Promise.all(threads.map((thread) => thread.terminate()));
  }
  return totals;
}

/**
 * Worker threads do not inherit tsx's loader on Node 20, so each thread registers it before
 * importing the TypeScript worker module.
 */
function startWorker(setup: WorkerSetup): Worker {
  const tsx = import.meta.resolve("tsx/esm/api");
  const entry = new URL("./worker.ts", import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`;
  // A larger young generation: the generator makes many short-lived strings, and fewer scavenges save ~10%.
  return new Worker(bootstrap, { eval: true, workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: 64 } });
}

function generate(thread: Worker, request: ChunkRequest): Promise<ChunkResult> {
  return new Promise((resolve, reject) => {
    const cleanUp = () => {
      thread.off("message", onMessage);
      thread.off("error", onError);
    };
    const onMessage = (result: ChunkResult) => {
      cleanUp();
      resolve(result);
    };
    const onError = (error: Error) => {
      cleanUp();
      reject(error);
    };
    thread.on("message", onMessage);
    thread.on("error", onError);
    thread.postMessage(request);
  });
}

async function load(database: BenchDatabase, result: ChunkResult): Promise<void> {
  if (database.pool) {
    const client = await database.pool.connect();
    try {
      for (const table of copyTables) {
        const bytes = result.data[table];
        await copyFromStdin(client, copyStatement(table), Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      }
    } finally {
      client.release();
    }
    return;
  }
  const pglite = database.pglite;
  if (!pglite) throw new Error("no database engine to load into");
  for (const table of copyTables) {
    if (result.data[table].length === 0) continue;
    await pglite.query(copyStatement(table, "'/dev/blob'"), [], { blob: new Blob([result.data[table] as Uint8Array<ArrayBuffer>]) });
  }
}
