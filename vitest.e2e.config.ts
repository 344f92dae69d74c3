/**
 * End-to-end journeys in headless Chromium against the real server (see e2e/global-setup.ts).
 * Run by scripts/test.sh after the web app is built. Never retried: a flaky journey is a bug.
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.test.ts"],
    globalSetup: ["e2e/global-setup.ts"],
    pool: "forks",
    // Two journey files at a time, each driving its own browser against the one shared server; more
    // only makes every journey slower on a two-core machine.
    fileParallelism: true,
    maxWorkers: 2,
    retry: 0,
    testTimeout: 180_000,
    hookTimeout: 60_000,
    teardownTimeout: 20_000,
  },
});
