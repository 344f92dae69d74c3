/**
 * Journey: Birmingham City Council's commissioner reads a quarterly return. He signs in through the
 * pages with the demo account, is made to set up an authenticator app (the role reads nothing
 * without a second factor), lands on his funder's contracts, prepares the return for the last
 * quarter that has ended and watches it being built, reads it with its hidden figures marked, and
 * downloads the PDF. The PDF names none of the people in the demo's fifteen months of history, gives
 * none of their dates of birth, and prints no count from 1 to below the threshold.
 */
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { describe, expect } from "vitest";
import { releaseSchema } from "../core/api/reporting-returns.js";
import { demoHistoryPeople } from "../server/demo/demo-history.js";
import { demoPassword } from "../server/demo/seed-demo.js";
import { pdfText } from "../test/pdf-text.js";
import { navigation } from "./support/app-pages.js";
import { pageHeading, review, shows, test } from "./support/browser.js";
import { isolated, translator } from "./support/catalogue.js";
import { enrolThroughPages } from "./support/enrolment-pages.js";

const t = translator("en");
const commissioner = { email: "commissioner@pathways.demo", displayName: "James Whitfield", funder: "Birmingham City Council" };

/** Everything in the page's main region, as one string. */
const mainText = async (page: Page) => (await page.getByRole("main").innerText()).replace(/\s+/g, " ");

/**
 * The counts a printed return shows, from its text: every whole number drawn on its own, leaving
 * out what is not a count — years, percentages, waits in days, the legend's "1 to 7" and
 * "nearest 5", and targets (drawn after ≥ or ≤).
 */
function printedCounts(text: string): number[] {
  const tokens = text
    .replace(/A\s+figure\s+from\s+\d+\s+to\s+\d+\s+is\s+not\s+shown/g, "")
    .replace(/rounded\s+to\s+the\s+nearest\s+\d+/g, "")
    .split(/\s+/)
    .filter(Boolean);
  const counts: number[] = [];
  tokens.forEach((token, index) => {
    if (!/^\d{1,3}(,\d{3})*$/.test(token)) return;
    const next = tokens[index + 1] ?? "";
    const before = tokens[index - 1] ?? "";
    if (next.startsWith("day") || next.startsWith("%") || before === "≥" || before === "≤") return;
    const value = Number(token.replace(/,/g, ""));
    counts.push(value);
  });
  return counts;
}

describe("commissioner reporting", () => {
  test("a commissioner signs in with a second factor, prepares and opens Birmingham's quarterly return, sees hidden figures marked, downloads a PDF that names no one", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByRole("textbox", { name: t("signIn.email") }).fill(commissioner.email);
    await page.getByLabel(t("signIn.password"), { exact: true }).fill(demoPassword);
    await page.getByRole("button", { name: t("signIn.submit") }).click();

    // A commissioner reads figures about vulnerable people: the app does not open without a second factor.
    await page.waitForURL("**/second-factor/enrol");
    await enrolThroughPages(page, t, { intro: "commissioner-enrolment-intro-en", qr: "commissioner-enrolment-qr-en", codes: "commissioner-recovery-codes-en" });

    // He lands on his funder's contracts; the navigation offers nothing else.
    await page.waitForURL((url) => url.pathname === "/commissioning");
    await shows(pageHeading(page, t("commissioning.title")));
    await shows(page.getByText(t("commissioning.intro", { funder: isolated(commissioner.funder) })));
    expect(await navigation(page, "en").getByRole("link").allInnerTexts()).toEqual([t("commissioning.nav")]);
    await review(page, "commissioning-en");

    // The newest quarter that has ended is first; its return has not been prepared yet.
    const contract = page.getByRole("region", { name: /^Birmingham community recovery and safeguarding/ });
    const firstQuarter = contract.getByRole("row").nth(1);
    const quarter = await firstQuarter.getByRole("rowheader").innerText();
    await firstQuarter.getByRole("button", { name: t("commissioning.prepareReturnOf", { quarter }) }).click();

    await page.waitForURL(/\/commissioning\/releases\/[0-9a-f-]{36}$/, { timeout: 120_000 });
    await shows(page.getByRole("heading", { level: 1, name: /^Quarterly return: .?Birmingham community recovery and safeguarding/ }));
    await shows(page.getByText(quarter, { exact: true }));
    await shows(page.getByRole("region", { name: t("reporting.sections.kpis") }));

    // Hidden figures are marked "*" and read aloud as suppressed; the legend says why.
    const release = releaseSchema.parse(await (await page.request.get(`/api/reporting/releases/${page.url().split("/").pop()}`)).json());
    const threshold = release.report.rules.threshold;
    await shows(page.getByText(t("reporting.legend", { below: threshold - 1, base: release.report.rules.roundingBase })));
    const table = page.getByRole("table", { name: t("reporting.blocks.referrals_by_source") });
    const hidden = table.locator("[data-suppressed=true]");
    expect(await hidden.count()).toBeGreaterThan(0);
    expect(await hidden.first().innerText()).toContain(t("reporting.table.suppressedLabel"));
    expect(await hidden.first().locator("[aria-hidden=true]").innerText()).toBe("*");
    await review(page, "commissioner-return-en", { isFullPage: true });

    // Every figure on the page was released: nothing from 1 to below the threshold, no person named.
    for (const part of release.report.parts) {
      for (const section of part.sections) {
        for (const block of section.blocks) {
          const shown = block.kind === "table" ? [...block.cells.flat(), ...block.rowTotals, ...block.columnTotals, block.grandTotal] : block.kind === "list" ? [...block.cells, block.total] : block.kind === "figure" ? [block.shown] : block.kind === "share" ? [block.part, block.whole] : [block.waits];
          for (const count of shown) if (count.value !== null) expect(count.value === 0 || count.value >= threshold, `${block.id} shows ${count.value}`).toBe(true);
        }
      }
    }
    const people = [...demoHistoryPeople(new Date()), ...demoHistoryPeople(new Date(Date.now() - 86_400_000))];
    const pageText = await mainText(page);
    for (const person of people) expect(pageText).not.toContain(`${person.givenName} ${person.familyName}`);

    // The PDF as released: no seeded name or date of birth, no count below the threshold.
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: t("reporting.release.downloadPdf") }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^quarterly-return-\d{4}-\d{2}-to-\d{4}-\d{2}\.pdf$/);
    const text = pdfText(await readFile(await file.path()));
    const compact = text.replace(/\s+/g, "");
    expect(compact).toContain("Quarterlyreturn:Birminghamcommunityrecoveryandsafeguarding");
    expect(compact).toContain("*");
    for (const person of people) {
      expect(compact).not.toContain(`${person.givenName}${person.familyName}`.replace(/\s+/g, ""));
      if (person.dateOfBirth) {
        const [year, month, day] = person.dateOfBirth.split("-");
        for (const written of [person.dateOfBirth, `${day}/${month}/${year}`]) expect(compact).not.toContain(written);
      }
    }
    const counts = printedCounts(text);
    expect(counts.length).toBeGreaterThan(20);
    for (const count of counts) expect(count === 0 || count >= threshold, `the PDF prints ${count}`).toBe(true);
  });
});
