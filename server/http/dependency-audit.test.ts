/** The CI dependency audit's verdict: high or critical findings in production dependencies fail it. */
import { describe, expect, it } from "vitest";
// @ts-expect-error -- a plain script without type declarations
import { auditVerdict } from "../../scripts/audit-dependencies.mjs";

const report = (vulnerabilities: Record<string, { severity: string }>) => ({
  vulnerabilities: Object.fromEntries(Object.entries(vulnerabilities).map(([name, entry]) => [name, { name, range: "<1.2.3", fixAvailable: true, ...entry }])),
  metadata: {
    vulnerabilities: Object.values(vulnerabilities).reduce<Record<string, number>>((counts, entry) => ({ ...counts, [entry.severity]: (counts[entry.severity] ?? 0) + 1 }), {}),
  },
});

describe("dependency audit", () => {
  it("fails on a high or critical vulnerability and names the package", () => {
    const verdict = auditVerdict(report({ "some-parser": { severity: "high" }, "left-pad": { severity: "low" } }));
    expect(verdict.exitCode).toBe(1);
    expect(verdict.lines.join("\n")).toContain("high: some-parser <1.2.3 (fix available)");
    expect(auditVerdict(report({ "tar-thing": { severity: "critical" } })).exitCode).toBe(1);
  });

  it("passes with only moderate or low findings, or none", () => {
    expect(auditVerdict(report({ "left-pad": { severity: "moderate" } })).exitCode).toBe(0);
    expect(auditVerdict(report({})).exitCode).toBe(0);
  });

  it("says plainly when the advisory service could not be asked, rather than reporting a clean result", () => {
    const verdict = auditVerdict({ message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk" });
    expect(verdict.lines[0]).toMatch(/^Dependency audit NOT RUN: .*405/);
    expect(auditVerdict(null).lines[0]).toMatch(/NOT RUN/);
  });
});
