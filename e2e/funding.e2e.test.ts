/**
 * Journey: an administrator keeps the organisation's funding. She adds a funder's grant marked for
 * the public site (its amount not), records a month's mentoring spend charged to it, and sees the
 * spend summary go up by exactly that and the grant show what is left of it. She asks "what would
 * £15,000 fund?" and starts a mix from a balanced suggestion. Signed out, the public page of who
 * funds the work lists the grant's funder, purpose and period, never its conditions, and no amount
 * until she publishes that too.
 */
import { randomUUID } from "node:crypto";
import type { BrowserContext, Locator, Page } from "playwright-core";
import { describe, expect } from "vitest";
import type { z } from "zod";
import { sessionSchema } from "../core/api/auth.js";
import { funderSchema } from "../core/api/reporting-contracts.js";
import { shiftMonth } from "../core/api/reporting-dashboard.js";
import { pageHeading, review, shows, test } from "./support/browser.js";
import { translator } from "./support/catalogue.js";
import { signInAsNewStaff } from "./support/staff.js";

const t = translator("en");

/** Calls the API as whoever is signed in within `context`, with their CSRF token. */
async function api<S extends z.ZodType>(context: BrowserContext, url: string, schema: S, data: unknown): Promise<z.infer<S>> {
  const { csrfToken } = sessionSchema.parse(await (await context.request.get("/api/auth/session")).json());
  const response = await context.request.post(url, { headers: { "x-csrf-token": csrfToken }, data });
  if (!response.ok()) throw new Error(`POST ${url} answered ${response.status()}: ${await response.text()}`);
  return schema.parse(await response.json());
}

/** This month in London (`YYYY-MM`), where the organisation keeps its books. */
const londonMonth = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit" }).format(new Date()).slice(0, 7);

/** "£1,250.50" (or "£24,000.00") in pence; the pages put amounts in sentences between isolation marks. */
function penceIn(text: string): number {
  const found = /£([\d,]+)\.(\d{2})/.exec(text);
  if (!found) throw new Error(`no amount in "${text}"`);
  return Number(found[1]!.replace(/,/g, "")) * 100 + Number(found[2]);
}

const region = (page: Page, name: string): Locator => page.getByRole("region", { name, exact: true });

/** The spend summary's first sentence: "£846,647.18 spent from November 2025 to October 2026." */
async function summaryTotal(page: Page): Promise<number> {
  const sentence = region(page, t("funding.spend.summary.title")).getByText(/spent from/);
  return penceIn(await (await shows(sentence)).innerText());
}

describe("funding and spend", () => {
  test("an administrator adds a published grant, charges spend to it, sees the summary, asks what £15,000 would fund, and the public page lists the grant without its conditions or unpublished amount", async ({
    context,
    page,
    newContext,
  }) => {
    await signInAsNewStaff(context, { displayName: "Zainab Malik", role: "administrator", site: null, emailLabel: "zainab.malik" });
    // A funder of this journey's own, so the public page's entry for it holds only this grant.
    const label = randomUUID().slice(0, 8);
    const funder = await api(context, "/api/reporting/funders", funderSchema, { name: `Coventry Community Foundation ${label}`, kind: "charitable_trust", seesNationalTrends: false });
    const purpose = `Mentoring for young people leaving care in Coventry (${label})`;
    const conditions = `Sessional mentors' fees only; a report to the foundation each quarter (${label}).`;
    const lastMonth = shiftMonth(londonMonth(), -1);

    // The grants, from the reports area's Funding part.
    await page.goto("/reports");
    await page.getByRole("tab", { name: t("reportsArea.tabs.funding") }).click();
    await shows(pageHeading(page, t("funding.grants.title")));
    await page.getByRole("button", { name: t("funding.grants.add"), exact: true }).click();
    const grantForm = await shows(page.getByRole("dialog", { name: t("funding.grants.form.addTitle") }));
    await grantForm.getByLabel(t("funding.grants.form.funder"), { exact: true }).selectOption({ label: funder.name });
    await grantForm.getByLabel(t("funding.grants.form.purpose"), { exact: true }).fill(purpose);
    await grantForm.getByLabel(t("funding.grants.form.amount"), { exact: true }).fill("24,000");
    await grantForm.getByLabel(t("funding.grants.form.startsOn"), { exact: true }).fill(`${lastMonth}-01`);
    await grantForm.getByLabel(t("funding.grants.form.endsOn"), { exact: true }).fill(`${shiftMonth(lastMonth, 11)}-28`);
    await grantForm.getByLabel(t("funding.grants.form.restrictions"), { exact: true }).fill(conditions);
    await grantForm.getByRole("checkbox", { name: t("funding.grants.form.isDisclosed") }).check();
    await review(page, "funding-grant-form-en", { isFullPage: false });
    await grantForm.getByRole("button", { name: t("funding.grants.form.create") }).click();
    await grantForm.waitFor({ state: "detached" });
    const grantRow = page.getByRole("row").filter({ hasText: purpose });
    await shows(grantRow.getByText(t("funding.grants.disclosed"), { exact: true }));
    await shows(grantRow.getByText("£24,000.00", { exact: true }));

    // A month's mentoring spend, charged to the grant: the summary for the last twelve whole months goes up by exactly that.
    await page.getByRole("navigation", { name: t("funding.nav.label") }).getByRole("link", { name: t("funding.nav.spend") }).click();
    await shows(pageHeading(page, t("funding.spend.title")));
    const before = await summaryTotal(page);
    await page.getByRole("button", { name: t("funding.spend.add"), exact: true }).click();
    const spendForm = await shows(page.getByRole("dialog", { name: t("funding.spend.form.addTitle") }));
    await spendForm.getByLabel(t("funding.spend.form.month"), { exact: true }).fill(lastMonth);
    await spendForm.getByLabel(t("funding.spend.form.place"), { exact: true }).selectOption({ label: "Birmingham" });
    await spendForm.getByLabel(t("funding.spend.form.category"), { exact: true }).selectOption({ label: t("funding.categories.mentoring") });
    await spendForm.getByLabel(t("funding.spend.form.amount"), { exact: true }).fill("1,250.50");
    await spendForm.getByLabel(t("funding.spend.form.description"), { exact: true }).fill(`Sessional mentors' fees, 30 sessions (${label})`);
    const grantChoice = spendForm.getByLabel(t("funding.spend.form.grant"), { exact: true });
    const offered = await grantChoice.locator("option").allInnerTexts();
    const choice = offered.find((text) => text.includes(purpose));
    expect(choice, offered.join("\n")).toBeDefined();
    await grantChoice.selectOption({ label: choice! });
    await review(page, "funding-spend-form-en", { isFullPage: false });
    await spendForm.getByRole("button", { name: t("funding.spend.form.create") }).click();
    await spendForm.waitFor({ state: "detached" });
    const entry = page.getByRole("row").filter({ hasText: `(${label})` });
    await shows(entry.getByText(funder.name));
    await shows(entry.getByText("£1,250.50"));
    await expect.poll(() => summaryTotal(page), { timeout: 10_000 }).toBe(before + 125_050);
    await review(page, "funding-spend-en", { isFullPage: true });

    // The grant shows what is charged to it and what is left.
    await page.getByRole("navigation", { name: t("funding.nav.label") }).getByRole("link", { name: t("funding.nav.grants") }).click();
    await shows(grantRow.getByText("£1,250.50", { exact: true }));
    await shows(grantRow.getByText(/£22,749\.50.*left/));
    await review(page, "funding-grants-en", { isFullPage: true });

    // What would £15,000 fund? Each service on its own, at its unit cost, with what is left over.
    await page.getByRole("navigation", { name: t("funding.nav.label") }).getByRole("link", { name: t("funding.nav.calculator") }).click();
    await shows(pageHeading(page, t("funding.calculator.title")));
    await page.getByLabel(t("funding.calculator.amount"), { exact: true }).fill("15,000");
    const alone = await shows(page.getByRole("table", { name: /pays for of each service alone/ }));
    const rows = alone.getByRole("row");
    expect(await rows.count()).toBeGreaterThan(1);
    for (const row of (await rows.all()).slice(1)) {
      const [, unitCost, howMany, left] = await row.getByRole("cell").allInnerTexts();
      const cost = penceIn(unitCost!);
      expect(Number(howMany!.replace(/,/g, ""))).toBe(Math.floor(1_500_000 / cost));
      expect(penceIn(left!)).toBe(1_500_000 % cost);
    }
    // A balanced mix starts the mix she builds: the builder then costs what the suggestion said, within £15,000.
    const sameMoney = t("funding.calculator.strategies.equal_money.title");
    const suggestion = page.getByRole("article", { name: sameMoney });
    const suggestedCost = penceIn(await suggestion.getByText(/^Costs /).innerText());
    expect(suggestedCost).toBeGreaterThan(0);
    expect(suggestedCost).toBeLessThanOrEqual(1_500_000);
    await page.getByRole("button", { name: t("funding.calculator.suggested.useNamed", { name: sameMoney }) }).click();
    await expect.poll(async () => penceIn(await page.getByRole("status").getByText(/^The mix costs/).innerText()), { timeout: 10_000 }).toBe(suggestedCost);
    await review(page, "funding-calculator-en", { isFullPage: true });

    // Signed out, the public page lists the grant: funder, purpose and period, never its conditions, and no amount.
    const visitor = await (await newContext()).newPage();
    // The old address leads to the public site's page.
    await visitor.goto("/funding");
    await visitor.waitForURL("**/en/funding");
    await shows(pageHeading(visitor, "Who funds our work"));
    const listed = await shows(visitor.getByRole("region", { name: funder.name }));
    await shows(listed.getByText(purpose));
    expect(await listed.innerText()).not.toContain("£");
    expect(await visitor.getByRole("main").innerText()).not.toContain(conditions);
    await review(visitor, "funding-public-en", { isFullPage: true });

    // Once she publishes the amount too, the public page shows it.
    await page.getByRole("navigation", { name: t("funding.nav.label") }).getByRole("link", { name: t("funding.nav.grants") }).click();
    await grantRow.getByRole("button", { name: t("funding.grants.editNamed", { name: purpose }) }).click();
    const editForm = await shows(page.getByRole("dialog", { name: t("funding.grants.form.editTitle") }));
    await editForm.getByRole("checkbox", { name: t("funding.grants.form.isAmountDisclosed") }).check();
    await editForm.getByRole("button", { name: t("common.save") }).click();
    await editForm.waitFor({ state: "detached" });
    await shows(grantRow.getByText(t("funding.grants.disclosedWithAmount"), { exact: true }));
    await visitor.reload();
    await shows(visitor.getByRole("region", { name: funder.name }).getByRole("cell", { name: "£24,000", exact: false }));
    expect(await visitor.getByRole("main").innerText()).not.toContain(conditions);
  });
});
