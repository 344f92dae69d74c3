/**
 * Journey: an administrator brings clients in from a spreadsheet. They upload a small CSV, keep the
 * columns guessed from its headers, run the dry run and see the one bad row named with its reason,
 * download the error report (row, field and problem, never the cell), import the rest and watch it
 * finish; a caseworker then finds an imported client by name and date of birth. The mapping step
 * is also read in Urdu, with referrals chosen, to see the other kinds' fields and the site choice.
 */
import { readFile } from "node:fs/promises";
import { describe, expect } from "vitest";
import { toCsv } from "../core/csv.js";
import { switchLanguage } from "./support/app-pages.js";
import { pageHeading, review, shows, test } from "./support/browser.js";
import { translator } from "./support/catalogue.js";
import { signInAsNewStaff } from "./support/staff.js";

const en = translator("en");
const ur = translator("ur");

const unique = Date.now().toString(36).toUpperCase();
const sheet = toCsv([
  ["Client ID", "First name", "Surname", "Date of birth", "Postcode"],
  [`IMP-${unique}-1`, "Sumaira", "Qadir", "14/03/1996", "B11 1AA"],
  [`IMP-${unique}-2`, "Tahir", "Mahmood", "31/02/1990", "B12 2BB"],
  [`IMP-${unique}-3`, "Rizwana", "Kausar", "1988-07-09", "B10 0CC"],
]);

describe("spreadsheet import", () => {
  test("the administrator imports clients from a CSV after a dry run that names the bad row, and they can be found", async ({ context, page, newContext }) => {
    await signInAsNewStaff(context, { displayName: "Saima Akhtar", role: "administrator", site: null, emailLabel: `saima.import.${unique.toLowerCase()}` });
    await page.goto("/imports");
    await shows(pageHeading(page, en("imports.title")));
    await page.locator('input[type="file"]').setInputFiles({ name: "clients.csv", mimeType: "text/csv", buffer: Buffer.from(sheet, "utf8") });
    await page.getByRole("button", { name: en("imports.upload.submit") }).click();
    await shows(pageHeading(page, en("imports.one.title")));
    expect(await page.getByRole("radio", { name: en("imports.kinds.clients") }).isChecked()).toBe(true);
    await review(page, "import-mapping-en", { isFullPage: true });

    await page.getByRole("button", { name: en("imports.mapping.check") }).click();
    const badRow = page.getByRole("row").filter({ hasText: en("imports.problems.bad_date") });
    await shows(badRow);
    expect(await badRow.getByRole("cell").first().textContent()).toBe("3");
    await shows(badRow.getByText(en("imports.fields.dateOfBirth")));
    await review(page, "import-dry-run-en", { isFullPage: true });

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: en("imports.report.download") }).click();
    const report = await readFile((await (await download).path()), "utf8");
    expect(report).toContain("3,dateOfBirth,");
    expect(report).not.toMatch(/Tahir|Mahmood|31\/02/);

    await page.getByRole("button", { name: en("imports.report.import", { count: 2 }) }).click();
    await shows(page.getByText(en("imports.progress.doneTitle")));
    await review(page, "import-done-en", { isFullPage: true });

    const caseworker = await newContext();
    await signInAsNewStaff(caseworker, { displayName: "Kamran Shah", role: "caseworker", site: "Birmingham", emailLabel: `kamran.import.${unique.toLowerCase()}` });
    const found = await (await caseworker.request.get("/api/clients/search?givenName=Sumaira&familyName=Qadir&dateOfBirth=1996-03-14")).json();
    expect(found.items).toHaveLength(1);
    const missing = await (await caseworker.request.get("/api/clients/search?givenName=Tahir&familyName=Mahmood&dateOfBirth=1990-02-28")).json();
    expect(missing.items).toHaveLength(0);

    // A second file, read in Urdu: choosing referrals shows their fields and asks for the site.
    await page.goto("/imports");
    await shows(pageHeading(page, en("imports.title")));
    await page.locator('input[type="file"]').setInputFiles({ name: "referrals.csv", mimeType: "text/csv", buffer: Buffer.from(toCsv([["Referral ID", "Client ID", "Date received", "Source", "Reasons"], ["R-1", `IMP-${unique}-1`, "2026-01-05", "police", "family"]]), "utf8") });
    await page.getByRole("button", { name: en("imports.upload.submit") }).click();
    await shows(pageHeading(page, en("imports.one.title")));
    await switchLanguage(page, "en", "ur", { isSignedIn: true });
    await page.getByRole("radio", { name: ur("imports.kinds.referrals") }).check();
    await shows(page.getByLabel(ur("imports.kind.site")));
    await shows(page.getByLabel(ur("imports.fields.receivedDate")));
    await review(page, "import-referrals-mapping-ur", { isFullPage: true });
    await switchLanguage(page, "ur", "en", { isSignedIn: true });
  });
});
