/**
 * Journey: the data protection officer reviews emergency access to one client. A Manchester
 * safeguarding lead uses emergency access on a Birmingham case. The officer finds the client by name
 * and date of birth (sent in a request body; only the client's reference is shown and only ids go
 * in the address), shows only emergency access, reads each event as a sentence, reads why the
 * access was used, and downloads the filtered events; then does the same reading in Urdu.
 */
import type { BrowserContext } from "playwright-core";
import { describe, expect } from "vitest";
import { sessionSchema } from "../core/api/auth.js";
import { switchLanguage } from "./support/app-pages.js";
import { pageHeading, review, shows, test } from "./support/browser.js";
import { acceptedReferral } from "./support/casework.js";
import { isolated, isolatedReference, translator } from "./support/catalogue.js";
import { signInAsNewStaff, siteId } from "./support/staff.js";

const en = translator("en");
const ur = translator("ur");

async function post(context: BrowserContext, url: string, data: unknown): Promise<void> {
  const { csrfToken } = sessionSchema.parse(await (await context.request.get("/api/auth/session")).json());
  const response = await context.request.post(url, { headers: { "x-csrf-token": csrfToken }, data });
  if (!response.ok()) throw new Error(`${url} answered ${response.status()}: ${await response.text()}`);
}

describe("audit review", () => {
  test("the data protection officer filters the audit to a client and reads why emergency access was used", async ({ context: officerContext, page: officer, newContext }) => {
    const birmingham = await siteId("Birmingham");
    await signInAsNewStaff(officerContext, { displayName: "Hina Siddiqui", role: "data_protection_officer", site: null, emailLabel: "hina.siddiqui" });
    const caseworkerContext = await newContext();
    await signInAsNewStaff(caseworkerContext, { displayName: "Bilal Hussain", role: "caseworker", site: "Birmingham", emailLabel: "bilal.audit" });
    const leadContext = await newContext();
    const leadName = "Omar Farooq";
    await signInAsNewStaff(leadContext, { displayName: leadName, role: "safeguarding_lead", site: "Manchester", emailLabel: "omar.farooq" });
    const kase = await acceptedReferral(caseworkerContext, birmingham, { givenName: "Maryam", familyName: "Iqbal", dateOfBirth: "2007-05-14" });
    const reason = "Police call: she is missing tonight and was last seen near the station.";
    await post(leadContext, `/api/cases/${kase.id}/break-glass`, { reason });
    expect((await leadContext.request.get(`/api/cases/${kase.id}`)).ok()).toBe(true);

    await officer.goto("/audit");
    await shows(pageHeading(officer, en("audit.title")));
    await officer.getByLabel(en("auditReview.filters.client")).fill("Maryam Iqbal");
    await officer.getByLabel(en("auditReview.filters.dateOfBirth")).fill("2007-05-14");
    await officer.getByRole("button", { name: en("auditReview.filters.findClient") }).click();
    await (await shows(officer.getByRole("button", { name: en("auditReview.filters.chooseClient", { reference: kase.clientReference }) }))).click();
    await officer.getByLabel(en("auditReview.filters.breakGlassOnly")).check();
    await officer.getByRole("button", { name: en("auditReview.filters.apply") }).click();

    const used = en("auditReview.actions.case_break_glass", { person: isolated(leadName), client: isolatedReference(kase.clientReference) });
    const opened = en("auditReview.actions.case_read_break_glass", { person: isolated(leadName), client: isolatedReference(kase.clientReference) });
    await shows(officer.getByText(used, { exact: true }));
    await shows(officer.getByText(opened, { exact: true }));
    expect(officer.url()).not.toMatch(/Maryam|Iqbal|2007/);
    const row = officer.getByRole("row").filter({ hasText: used });
    await row.getByRole("button", { name: en("auditReview.events.readReason") }).click();
    await shows(row.getByText(reason));
    const pageText = (await officer.locator("main").textContent()) ?? "";
    expect(pageText).not.toMatch(/Maryam|Iqbal/);
    await review(officer, "audit-break-glass-en");

    const download = officer.waitForEvent("download");
    await officer.getByRole("link", { name: en("auditReview.export") }).click();
    const file = await (await download).path();
    const { readFile } = await import("node:fs/promises");
    const csv = await readFile(file, "utf8");
    expect(csv).toContain(`${leadName} used emergency access to the case of client ${kase.clientReference}`);
    expect(csv).not.toMatch(/Maryam|Iqbal|missing tonight/);

    await switchLanguage(officer, "en", "ur", { isSignedIn: true });
    await shows(officer.getByText(ur("auditReview.actions.case_break_glass", { person: isolated(leadName), client: isolatedReference(kase.clientReference) }), { exact: true }));
    await review(officer, "audit-break-glass-ur");
  });
});
