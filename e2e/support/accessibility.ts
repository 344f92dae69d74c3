/**
 * Accessibility checks with axe-core, run inside the page as it stands. A page fails on any
 * violation axe rates "serious" or "critical"; lesser findings are recorded in
 * .test-data/accessibility-notes.jsonl for people to review.
 */
import { appendFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import axe from "axe-core";
import type { Page } from "playwright-core";

declare global {
  interface Window {
    axe?: typeof axe;
  }
}

interface Finding {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  targets: string[];
}

const notesFile = fileURLToPath(new URL("../../.test-data/accessibility-notes.jsonl", import.meta.url));
const failingImpacts = new Set(["serious", "critical"]);

async function runAxe(page: Page): Promise<Finding[]> {
  // Evaluated through the DevTools protocol, which the page's content security policy does not
  // restrict; an injected <script> tag would (rightly) be refused.
  if (!(await page.evaluate(() => window.axe !== undefined))) await page.evaluate(axe.source);
  return page.evaluate(async () => {
    if (!window.axe) throw new Error("axe-core did not load");
    const results = await window.axe.run(document, { resultTypes: ["violations"] });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      helpUrl: violation.helpUrl,
      targets: violation.nodes.map((node) => {
        const selector = node.target.map((part) => (Array.isArray(part) ? part.join(" >>> ") : part)).join(" ");
        return `${selector}  ${node.html.slice(0, 240)}`;
      }),
    }));
  });
}

async function recordNotes(page: Page, where: string, findings: Finding[]): Promise<void> {
  if (findings.length > 0) await appendFile(notesFile, `${JSON.stringify({ page: where, url: page.url(), findings })}\n`);
}

/**
 * For pages Pathways does not make (the generated API documentation): axe's findings are recorded
 * for review but do not fail the journey, since they can only be fixed upstream.
 */
export async function recordViolations(page: Page, where: string): Promise<Finding[]> {
  const findings = await runAxe(page);
  await recordNotes(page, where, findings);
  return findings;
}

/** Runs axe on the whole page and throws, listing rule, help and elements, on any serious or critical violation. */
export async function expectNoSeriousViolations(page: Page, where: string): Promise<void> {
  const findings = await runAxe(page);
  const failing = findings.filter((finding) => finding.impact !== null && failingImpacts.has(finding.impact));
  const lesser = findings.filter((finding) => !failing.includes(finding));
  await recordNotes(page, where, lesser);
  if (failing.length > 0) {
    const lines = failing.map(
      (finding) => `  [${finding.impact}] ${finding.id}: ${finding.help} (${finding.helpUrl})\n${finding.targets.map((target) => `      - ${target}`).join("\n")}`,
    );
    throw new Error(`Accessibility violations on ${where} (${page.url()}):\n${lines.join("\n")}`);
  }
}
