import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["core/**/*.test.ts", "server/**/*.test.ts", "web/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    pool: "forks",
    // Each worker keeps its modules between files, so its database and in-process app (test/db.ts,
    // test/app.ts) are opened once, not once per file. Tests stay independent because each works
    // in an organisation of its own.
    isolate: false,
    // The first test in a file also opens that file's database (restoring PGlite's template takes
    // seconds, more on a loaded 2-core machine); the limit covers that, not slow test logic.
    testTimeout: 90_000,
    hookTimeout: 60_000,
  },
});
