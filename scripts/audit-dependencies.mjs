/**
 * The dependency audit: fails when a production dependency has a known vulnerability of high or
 * critical severity. The advisories come from the npm registry; when it cannot be asked (an
 * offline machine, or a mirror without the advisory service) the audit says so plainly and does
 * not fail, because no answer is not a finding — the log shows which it was.
 */
import { execFile } from "node:child_process";
import { pathToFileURL } from "node:url";

/** What to say and how to exit, from the JSON `npm audit --json` printed (null if it printed none). */
export function auditVerdict(report) {
  const counts = report?.metadata?.vulnerabilities;
  if (!counts) {
    const reason = report?.message ?? report?.error?.summary ?? "no answer";
    return { exitCode: 0, lines: [`Dependency audit NOT RUN: the npm advisory service could not be asked (${reason}).`] };
  }
  const serious = Object.values(report.vulnerabilities ?? {})
    .filter((entry) => entry.severity === "high" || entry.severity === "critical")
    .map((entry) => `  ${entry.severity}: ${entry.name} ${entry.range}${entry.fixAvailable ? " (fix available)" : ""}`);
  const summary = `Dependency audit: ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low in production dependencies.`;
  return { exitCode: serious.length > 0 ? 1 : 0, lines: [summary, ...serious] };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const stdout = await new Promise((resolve) => {
    execFile("npm", ["audit", "--omit=dev", "--json"], { maxBuffer: 64 * 1024 * 1024 }, (_error, out) => resolve(out));
  });
  let report = null;
  try {
    report = JSON.parse(stdout);
  } catch {
    // Nothing parseable: treated as no answer.
  }
  const { exitCode, lines } = auditVerdict(report);
  console.log(lines.join("\n"));
  process.exit(exitCode);
}
