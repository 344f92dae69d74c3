/**
 * Journey: Birmingham's social value for the last financial year, traceable and reproducible. A
 * team manager adds outcomes noticed after closure to closed Birmingham cases (people who found a
 * home), through the API as the case page does. An administrator runs the Birmingham report for
 * the year through the pages, finds those outcomes counted and drills into one figure down to the
 * catalogue entry and version and every assumption behind it. She changes an assumption (the
 * deadweight of "Secured housing"), runs the report again and gets its next version with the new
 * assumption and a different total, while the earlier version keeps its figures and still
 * reproduces exactly.
 */
import type { Page } from "playwright-core";
import { describe, expect } from "vitest";
import { sessionSchema } from "../core/api/auth.js";
import { caseListSchema } from "../core/api/cases.js";
import { caseOutcomeListSchema } from "../core/api/case-outcomes.js";
import { calculationSchema } from "../core/api/social-value.js";
import { lastWholeFinancialYear } from "../core/social-value/index.js";
import { pageHeading, review, shows, test } from "./support/browser.js";
import { translator } from "./support/catalogue.js";
import { signInAsNewStaff, siteId } from "./support/staff.js";

const t = translator("en");

/** The last whole month before today in London, as the server works it out. */
function lastWholeMonth(): string {
  const [year, month] = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit" }).format(new Date()).split("-").map(Number) as [number, number];
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, "0")}`;
}

/** The report page's calculation, read from the API by the id in the address. */
async function shownCalculation(page: Page) {
  const id = page.url().split("/").pop() ?? "";
  return calculationSchema.parse(await (await page.request.get(`/api/social-value/calculations/${id}`)).json());
}

const housed = (calculation: ReturnType<typeof calculationSchema.parse>) => calculation.outcomeCounts.find((count) => count.outcomeCode === "secured_housing")?.count ?? 0;

describe("social value", () => {
  test("an administrator runs Birmingham's report for the year, drills into a figure, changes an assumption and gets a new version while the old one still reproduces", async ({ page, newContext }) => {
    const year = lastWholeFinancialYear(lastWholeMonth());
    const birmingham = await siteId("Birmingham");

    // A Birmingham team manager records that people on closed cases found a home during the year.
    const managerContext = await newContext();
    await signInAsNewStaff(managerContext, { displayName: "Grace Obi", role: "team_manager", site: "Birmingham", emailLabel: "social-value-manager" });
    const closed = caseListSchema.parse(await (await managerContext.request.get(`/api/cases?siteId=${birmingham}&state=closed&pageSize=100`)).json()).items;
    let added = 0;
    for (const kase of closed) {
      if (added === 4) break;
      const recorded = caseOutcomeListSchema.parse(await (await managerContext.request.get(`/api/cases/${kase.id}/outcomes`)).json());
      if (!recorded.abilities.add || recorded.items.some((outcome) => outcome.code === "secured_housing")) continue;
      const response = await managerContext.request.post(`/api/cases/${kase.id}/outcomes`, {
        headers: { "x-csrf-token": await csrfOf(managerContext.request) },
        data: { outcomes: [{ code: "secured_housing", achievedOn: `${year.to}-10`, evidence: "Tenancy agreement signed; seen by the key worker." }] },
      });
      expect(response.status(), await response.text()).toBe(201);
      added += 1;
    }
    expect(added).toBe(4);

    // The administrator runs the report for Birmingham and last financial year, with the spend recorded.
    await signInAsNewStaff(page.context(), { displayName: "Ruth Adeyemi", role: "administrator", site: null, emailLabel: "social-value-admin" });
    await page.goto("/reports/social-value");
    await shows(pageHeading(page, t("socialValue.calculations.title")));
    await page.getByRole("button", { name: t("socialValue.calculations.run") }).click();
    const dialog = page.getByRole("dialog", { name: t("socialValue.run.title") });
    await dialog.getByRole("combobox", { name: t("socialValue.run.site"), exact: true }).selectOption({ label: "Birmingham" });
    await dialog.getByRole("combobox", { name: t("socialValue.run.period"), exact: true }).selectOption({ index: 0 });
    await review(page, "social-value-run-en", { isFullPage: false });
    await dialog.getByRole("button", { name: t("socialValue.run.submit") }).click();

    await page.waitForURL(/\/reports\/social-value\/calculations\/[0-9a-f-]{36}$/, { timeout: 60_000 });
    await shows(pageHeading(page, t("socialValue.report.title", { scope: "Birmingham" })));
    const first = await shownCalculation(page);
    expect(first.months).toEqual(year);
    expect(first.costBasis.source).toBe("spend");
    expect(housed(first)).toBeGreaterThanOrEqual(4);
    expect(first.result.total.netPresentValuePence).toBeGreaterThan(0);
    const firstTotal = await page.getByTestId("net-present-value").innerText();

    // Drill into one figure: the housing outcome, down to the catalogue entry, its version and every assumption.
    const housing = page.getByTestId("outcome-secured_housing");
    await housing.getByRole("button").first().click();
    const line = housing.getByTestId("line-secured_housing-1-fiscal");
    await shows(line.getByText(/^Valued with .?HO3\.0.?, version 1: /));
    await shows(line.getByText(/£2,501\.00.? per application, in .?2010-11.? prices/));
    const assumptions = line.getByRole("table", { name: t("socialValue.report.assumptionsOf", { code: "HO3.0" }) });
    await shows(assumptions.getByRole("row", { name: new RegExp(`^${t("socialValue.mappings.fields.deadweight")} 30%`) }));
    await shows(assumptions.getByRole("row", { name: new RegExp(`^${t("socialValue.mappings.fields.attribution")} 50%`) }));
    await review(page, "social-value-report-en");

    // Change an assumption: half of the people housed would have found a home anyway, not 30%.
    await page.getByRole("navigation", { name: t("socialValue.nav.label") }).getByRole("link", { name: t("socialValue.nav.mappings") }).click();
    await shows(pageHeading(page, t("socialValue.mappings.title")));
    await page.getByRole("button", { name: t("socialValue.mappings.changeOf", { outcome: "Secured housing" }) }).click();
    const editing = page.getByRole("dialog");
    await editing.getByRole("textbox", { name: t("socialValue.mappings.fields.deadweight"), exact: true }).fill("50");
    await editing.getByRole("textbox", { name: t("socialValue.mappings.reasons.deadweight"), exact: true }).fill("Half of the people housed would have found a home through the council anyway.");
    await editing.getByRole("button", { name: t("socialValue.mappings.save") }).click();
    await editing.waitFor({ state: "hidden" });
    await shows(page.getByTestId("mapping-secured_housing").getByText(/^Version 2, by /));

    // Run the report again: the next version, with the new assumption and a lower total.
    await page.goto(`/reports/social-value/calculations/${first.id}`);
    await shows(pageHeading(page, t("socialValue.report.title", { scope: "Birmingham" })));
    await page.getByRole("button", { name: t("socialValue.report.runAgain") }).click();
    await page.waitForURL((url) => url.pathname !== `/reports/social-value/calculations/${first.id}` && url.pathname.startsWith("/reports/social-value/calculations/"));
    const second = await shownCalculation(page);
    expect(second.sequence).toBe(first.sequence + 1);
    expect(second.scopeKey).toBe(first.scopeKey);
    const secondHousing = second.result.lines.find((each) => each.outcomeCode === "secured_housing")!;
    expect(secondHousing.parameters.deadweight).toBe(0.5);
    expect(second.result.total.netPresentValuePence).toBeLessThan(first.result.total.netPresentValuePence);
    await shows(page.getByText(t("socialValue.calculations.versionNumber", { sequence: second.sequence }), { exact: true }).first());

    // The earlier version keeps its figures and reproduces exactly.
    const versions = page.getByRole("region", { name: t("socialValue.report.versions") });
    await versions.getByRole("row").filter({ hasText: t("socialValue.calculations.versionNumber", { sequence: first.sequence }) }).getByRole("link").click();
    await page.waitForURL((url) => url.pathname === `/reports/social-value/calculations/${first.id}`);
    await shows(page.getByText(t("socialValue.calculations.versionNumber", { sequence: first.sequence }), { exact: true }).first());
    expect(await (await shows(page.getByTestId("net-present-value"))).innerText()).toBe(firstTotal);
    expect((await shownCalculation(page)).result).toEqual(first.result);
    await page.getByRole("button", { name: t("socialValue.reproduce.check") }).click();
    await shows(page.getByTestId("reproduces").getByText(t("socialValue.reproduce.matches")));
  });
});

/** The CSRF token of the session signed in within a context (the server sends it with the session). */
async function csrfOf(request: Page["request"]): Promise<string> {
  return sessionSchema.parse(await (await request.get("/api/auth/session")).json()).csrfToken;
}
