/**
 * Journey: the data protection officer answers the demo's subject access request. She opens Data
 * protection, sees the Birmingham client's request due within a week, opens it, finds his mother's
 * phone among the items that may be about someone else and withholds it, saves, looks at the page
 * in Urdu too, releases the copy and downloads the PDF: it holds the client's sessions with their
 * notes and the panel's actions about him, and not his mother's phone number.
 */
import { readFile } from "node:fs/promises";
import type { BrowserContext } from "playwright-core";
import { describe, expect } from "vitest";
import { requestListSchema } from "../core/api/data-rights.js";
import { sessionSchema } from "../core/api/auth.js";
import { demoRelativePhone } from "../server/demo/demo-data-rights.js";
import { pdfText } from "../test/pdf-text.js";
import { pageHeading, review, shows, test } from "./support/browser.js";
import { isolatedReference, translator } from "./support/catalogue.js";
import { signInAsNewStaff } from "./support/staff.js";

const en = translator("en");
const ur = translator("ur");

async function chooseLanguage(context: BrowserContext, language: "en" | "ur"): Promise<void> {
  const { csrfToken } = sessionSchema.parse(await (await context.request.get("/api/auth/session")).json());
  const response = await context.request.patch("/api/auth/preferences", { headers: { "x-csrf-token": csrfToken }, data: { language } });
  expect(response.status()).toBe(200);
}

const compact = (text: string) => text.replace(/\s+/g, "");

describe("subject access", () => {
  test("the data protection officer withholds a relative's phone, releases the demo client's copy and downloads a PDF with his sessions and without the phone", async ({ page, context }) => {
    await signInAsNewStaff(context, { displayName: "Farah Qureshi", role: "data_protection_officer", site: null, emailLabel: "farah.qureshi" });

    // The dashboard: the demo's access request, matched to the Birmingham client, due within a week.
    await page.goto("/");
    await page.getByRole("navigation").getByRole("link", { name: en("dataRights.nav") }).first().click();
    await shows(pageHeading(page, en("dataRights.title")));
    const list = requestListSchema.parse(await (await context.request.get("/api/data-rights/requests?kind=access&status=received")).json());
    const demo = list.items.find((item) => item.clientReference !== null);
    expect(demo).toBeDefined();
    expect(demo!.urgency).toBe("due_soon");
    const row = page.getByRole("row").filter({ hasText: isolatedReference(demo!.reference) });
    await shows(row.getByText(en(`dataRights.daysLeft_${demo!.daysLeft === 1 ? "one" : "other"}`, { count: demo!.daysLeft! })));
    await review(page, "data-protection-en");

    // The request's page, with its redaction step.
    await row.getByRole("link", { name: isolatedReference(demo!.reference) }).click();
    await shows(pageHeading(page, en("dataRights.request.title", { reference: isolatedReference(demo!.reference) })));
    const items = page.getByRole("table", { name: en("dataRights.export.itemsLabel") });
    const phoneRow = items.getByRole("row").filter({ hasText: demoRelativePhone });
    await shows(phoneRow.getByText(en("dataRights.export.suggested")));
    await review(page, "data-rights-request-en", { isFullPage: true });

    await phoneRow.getByRole("checkbox").check();
    await page.getByRole("button", { name: en("dataRights.export.saveChoices") }).click();
    await shows(page.getByText(en("dataRights.export.saved")));
    await shows(page.getByText(en("dataRights.export.withheldCount_one", { count: 1 })));
    await review(page, "data-rights-redaction-en", { isFullPage: true });

    // The same page in Urdu reads right to left, the choice kept.
    await chooseLanguage(context, "ur");
    await page.reload();
    await shows(pageHeading(page, ur("dataRights.request.title", { reference: isolatedReference(demo!.reference) })));
    expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
    await shows(page.getByText(ur("dataRights.export.withheldCount_one", { count: 1 })));
    await review(page, "data-rights-redaction-ur", { isFullPage: true });
    await page.goto("/data-protection");
    await shows(pageHeading(page, ur("dataRights.title")));
    await review(page, "data-protection-ur");
    await chooseLanguage(context, "en");
    await page.goto(`/data-protection/requests/${demo!.id}`);

    // Release, after confirming; the request is completed and its files are listed with their fingerprints.
    await page.getByRole("button", { name: en("dataRights.export.release") }).click();
    await page.getByRole("dialog").getByRole("button", { name: en("dataRights.export.release") }).click();
    const releases = page.getByRole("region", { name: en("dataRights.releases.title") });
    await shows(releases);
    await shows(page.getByText(en("dataRights.statuses.completed"), { exact: true }));

    const download = page.waitForEvent("download");
    await releases.getByRole("link", { name: en("dataRights.releases.download", { name: "subject-access.pdf" }) }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("subject-access.pdf");
    const text = compact(pdfText(await readFile(await file.path())));
    expect(text).toContain(compact("Back at college four days. Said no to a lift from one of the older lads."));
    expect(text).toContain(compact("Weekends only. Planned what to do on Friday nights instead."));
    expect(text).toContain("Akhtar");
    // The panel's material about him, its agreed actions included.
    expect(text).toContain(compact("Arrange two sessions with the theology adviser within a fortnight."));
    expect(text).not.toContain(compact(demoRelativePhone));
    await review(page, "data-rights-released-en", { isFullPage: true });
  });
});
