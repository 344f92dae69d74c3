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
    // Journey files run at once, each driving its own browser against the one shared server: most
    // of a journey's time is spent waiting on the server and the browser, not on this process.
    fileParallelism: true,
    maxWorkers: 2,
    retry: 0,
    testTimeout: 90_000,
    hookTimeout: 60_000,
    teardownTimeout: 20_000,
  },
});
