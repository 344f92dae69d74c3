/**
 * An in-process app for endpoint tests: the worker's test database, a fresh keyring, a clock the
 * test can move, and no network (requests go through `app.inject`).
 */
import type { FastifyInstance } from "fastify";
import { buildApp } from "../server/app.js";
import { loadCommonPasswords } from "../server/auth/passwords.js";
import { loadConfig } from "../server/config.js";
import type { AppDeps } from "../server/http/context.js";
import { testKeyring } from "../server/vault/test-keyring.js";
import { createVault } from "../server/vault/vault.js";
import { testDatabase } from "./db.js";

export interface TestApp {
  app: FastifyInstance;
  deps: AppDeps;
  clock: { now: Date; advanceMinutes(minutes: number): void };
}

const commonPasswords = loadCommonPasswords();
const vault = createVault(testKeyring());

let built: Promise<TestApp> | undefined;

/** One app per worker, shared by the worker's tests (each test works in its own organisation). */
export function testApp(): Promise<TestApp> {
  built ??= build();
  return built;
}

async function build(): Promise<TestApp> {
  const { db } = await testDatabase();
  return buildTestApp(db);
}

/**
 * An in-process app over the given database, for a test that needs a database of its own
 * (test/own-database.ts) rather than the worker's shared one.
 */
export async function buildTestApp(db: AppDeps["db"]): Promise<TestApp> {
  const clock = {
    now: new Date(),
    advanceMinutes(minutes: number) {
      clock.now = new Date(clock.now.getTime() + minutes * 60_000);
    },
  };
  // Real time keeps moving underneath the test clock, so sessions behave as in production; a test
  // that advances the clock moves time forward for this worker's app.
  const started = Date.now();
  const deps: AppDeps = {
    db,
    config: loadConfig({ PATHWAYS_DATA_DIR: ".test-data", PATHWAYS_PUBLIC_URL: "http://localhost:3000" }),
    vault,
    commonPasswords,
    now: () => new Date(clock.now.getTime() + (Date.now() - started)),
  };
  const app = await buildApp(deps, { logger: false });
  await app.ready();
  return { app, deps, clock };
}
