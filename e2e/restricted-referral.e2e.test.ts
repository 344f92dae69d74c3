/**
 * Journey: an imam phones a Birmingham caseworker about a young man sharing extremist videos. The
 * caseworker records the referral; because it concerns radicalisation it is restricted from the
 * start, so the caseworker is told where it went (and cannot open it), and the site's safeguarding
 * lead is alerted and can open it.
 */
import { describe, expect } from "vitest";
import { pageHeading, review, shows, test } from "./support/browser.js";
import { isolated, translator } from "./support/catalogue.js";
import { signInAsNewStaff } from "./support/staff.js";

const en = translator("en");

describe("a restricted referral", () => {
  test("recorded by a caseworker goes to the safeguarding lead, who is alerted", async ({ context, page, newContext }) => {
    await signInAsNewStaff(context, { displayName: "Asif Mirza", role: "caseworker", site: "Birmingham", emailLabel: "asif.mirza" });
    const leadContext = await newContext();
    await signInAsNewStaff(leadContext, { displayName: "Rubina Shah", role: "safeguarding_lead", site: "Birmingham", emailLabel: "rubina.shah" });

    await page.goto("/referrals/new");
    await shows(pageHeading(page, en("referrals.form.title")));
    const source = page.getByRole("group", { name: en("referrals.form.sourceLegend") });
    await source.getByRole("combobox", { name: en("referrals.source") }).selectOption("faith_leader");
    await source.getByRole("textbox", { name: en("referrals.form.referrerName") }).fill("Imam Yusuf Ali");
    await source.getByRole("textbox", { name: en("referrals.form.phone") }).fill("07700 900432");
    await source.getByRole("checkbox", { name: en("referrals.form.consent") }).check();
    await page.getByRole("group", { name: en("referrals.form.personLegend") }).getByRole("textbox", { name: en("clients.fields.givenName") }).fill("Hamza");
    await page.getByRole("checkbox", { name: en("referrals.reasons.radicalisation_extremism") }).check();
    await page.getByRole("radio", { name: en("referrals.urgency.soon") }).check();
    await page.getByRole("textbox", { name: en("referrals.concern") }).fill("Sharing extremist videos with younger boys after prayers; talks of 'them and us'.");
    await page.getByRole("button", { name: en("referrals.form.submit") }).click();

    // The caseworker lands on the queue, told the reference and who has it.
    await page.waitForURL((url) => url.pathname === "/referrals");
    const notice = await shows(page.getByRole("status").filter({ hasText: en("referrals.recordedTitle") }));
    const reference = /R[-\u2011][0-9A-Z]{4}[-\u2011][0-9A-Z]{4}/.exec((await notice.textContent()) ?? "")?.[0]?.replaceAll("\u2011", "-") ?? "";
    expect(reference).toMatch(/^R-/);
    await review(page, "referral-restricted-recorded-en");
    await expect.poll(() => page.getByRole("table").getByText(reference).count()).toBe(0);

    // The safeguarding lead is alerted and can open it.
    const lead = await leadContext.newPage();
    await lead.goto("/alerts");
    const alertText = en("alerts.kinds.restricted_referral", { reference: isolated(reference.replaceAll("-", "\u2011")), site: isolated("Birmingham") });
    const item = await shows(lead.getByRole("listitem").filter({ hasText: alertText }));
    await review(lead, "alerts-restricted-referral-en");
    await item.getByRole("link", { name: en("alerts.open.referral") }).click();
    await lead.waitForURL("**/referrals/*");
    await shows(lead.getByText(en("referrals.restricted"), { exact: true }).first());
    await review(lead, "referral-restricted-lead-en");
  });
});
