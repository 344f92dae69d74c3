/**
 * Journey: text that looks like code stays text. A referral arrives with HTML and script in the
 * person's name, the concern and the referrer's details, and a member of staff has markup in their
 * display name. A caseworker opens the referral, shows the personal details, accepts it, opens the
 * case and the client, and reveals the identity; a manager reads the timeline. Every payload is
 * shown exactly as typed, nothing it contains ever runs (no script, no dialog, no request to the
 * address it names), and the pages still pass the accessibility checks.
 */
import type { BrowserContext, Page } from "playwright-core";
import { z } from "zod";
import { sessionSchema } from "../core/api/auth.js";
import { describe, expect } from "vitest";
import { pageHeading, review, shows, test } from "./support/browser.js";
import { translator } from "./support/catalogue.js";
import { signInAsNewStaff, siteId } from "./support/staff.js";

const en = translator("en");

// Each payload would set a marker, open a dialog or fetch an address if it were ever run as HTML.
const payloads = {
  givenName: `<img src=x onerror="window.__ran='given'">`,
  familyName: `"><script>window.__ran='family'</script>`,
  concern: `<svg onload="window.__ran='concern'"></svg><iframe src="javascript:alert(1)"></iframe> worried about him`,
  referrerName: `<a href="javascript:window.__ran='referrer'">Aunt</a>`,
  staffName: `<b onmouseover="window.__ran='staff'">Maryam</b>`,
};

async function post(context: BrowserContext, url: string, data: unknown): Promise<unknown> {
  const { csrfToken } = sessionSchema.parse(await (await context.request.get("/api/auth/session")).json());
  const response = await context.request.post(url, { headers: { "x-csrf-token": csrfToken }, data });
  if (!response.ok()) throw new Error(`${url} answered ${response.status()}: ${await response.text()}`);
  return response.json();
}

/** Records anything a payload could do: dialogs, requests to unexpected places, the marker. */
function watch(page: Page) {
  const seen: string[] = [];
  page.on("dialog", (dialog) => {
    seen.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.pathname === "/x" || url.protocol === "javascript:") seen.push(`request: ${request.url()}`);
  });
  return {
    async expectNothingRan() {
      expect(await page.evaluate(() => (window as unknown as { __ran?: string }).__ran ?? null)).toBeNull();
      expect(seen).toEqual([]);
    },
  };
}

describe("stored payloads", () => {
  test("markup typed into names, the concern and a staff name is shown as text and never runs", async ({ context, page, newContext }) => {
    const birmingham = await siteId("Birmingham");
    await signInAsNewStaff(context, { displayName: payloads.staffName, role: "caseworker", site: "Birmingham", emailLabel: "payload.caseworker" });
    const guard = watch(page);

    const referral = z.object({ id: z.string(), reference: z.string() }).parse(
      await post(context, "/api/referrals", {
        siteId: birmingham,
        sourceCode: "family",
        person: { givenName: payloads.givenName, familyName: payloads.familyName, dateOfBirth: "2008-01-05" },
        referrer: { name: payloads.referrerName, phone: "07700 900888", relationship: "aunt" },
        reasons: ["online_harm"],
        concern: payloads.concern,
        urgency: "soon",
        preferredLanguage: "en",
        isReferrerConsentGiven: true,
      }),
    );

    await page.goto(`/referrals/${referral.id}`);
    await shows(pageHeading(page, en("referrals.detailTitle", { reference: referral.reference })));
    await shows(page.getByText(payloads.concern, { exact: true }));
    await page.getByRole("button", { name: en("referrals.identity.show") }).click();
    await shows(page.getByText(payloads.referrerName, { exact: false }));
    await shows(page.getByText(payloads.givenName, { exact: false }));
    await review(page, "payloads-referral-en");
    await guard.expectNothingRan();

    const { caseId } = z.object({ caseId: z.string() }).parse(
      await post(context, `/api/referrals/${referral.id}/triage`, { decision: "accept", reason: payloads.concern }),
    );
    await page.goto(`/cases/${caseId}`);
    await shows(page.getByText(payloads.concern, { exact: false }));
    // The timeline names the caseworker who opened it: their display name is markup, shown as text.
    await shows(page.getByText(payloads.staffName, { exact: false }).first());
    await review(page, "payloads-case-en");
    await guard.expectNothingRan();

    const clientReference = z.object({ clientReference: z.string() }).parse(await (await context.request.get(`/api/cases/${caseId}`)).json()).clientReference;
    const clientLink = page.getByRole("link", { name: en("clients.open", { reference: clientReference }) });
    await (await shows(clientLink)).click();
    await page.getByRole("button", { name: en("clients.identity.reveal") }).click();
    await shows(page.getByText(payloads.familyName, { exact: false }));
    await review(page, "payloads-client-en");
    await guard.expectNothingRan();

    // Another person reading the same records in another browser: nothing runs there either.
    const managerContext = await newContext();
    await signInAsNewStaff(managerContext, { displayName: "Tariq Mahmood", role: "team_manager", site: "Birmingham", emailLabel: "payload.manager" });
    const manager = await managerContext.newPage();
    const managerGuard = watch(manager);
    await manager.goto(`/cases/${caseId}`);
    await shows(manager.getByText(payloads.staffName, { exact: false }).first());
    await manager.goto("/referrals");
    await shows(pageHeading(manager, en("referrals.queueTitle")));
    await managerGuard.expectNothingRan();
  });
});
