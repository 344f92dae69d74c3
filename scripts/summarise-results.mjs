// Adds up the test runners' JSON results into one closing line: "N passed, N failed, N skipped".
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const [dir, seconds] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of readdirSync(dir).filter((name) => name.endsWith(".json"))) {
  const result = JSON.parse(readFileSync(path.join(dir, file), "utf8"));
  passed += result.numPassedTests;
  failed += result.numFailedTests;
  skipped += result.numPendingTests + (result.numTodoTests ?? 0);
  console.log(`  ${file.replace(/\.json$/, "").padEnd(10)} ${result.numPassedTests} passed, ${result.numFailedTests} failed`);
}
console.log(`\nAll tests finished in ${seconds}s.`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
