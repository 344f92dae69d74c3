/**
 * Journey: a manager learns of emergency access and an urgent referral at their site. A Manchester
 * safeguarding lead uses emergency access on a Birmingham case, and an urgent referral arrives for
 * Birmingham. The Birmingham manager sees the count of unread alerts in the header, reads what
 * happened (who, which case, where; never the client), marks one read, switches to Urdu and opens
 * the other, after which nothing is unread.
 */
import type { BrowserContext } from "playwright-core";
import { z } from "zod";
import { sessionSchema } from "../core/api/auth.js";
import { describe, expect } from "vitest";
import { pageHeading, review, shows, test } from "./support/browser.js";
import { acceptedReferral } from "./support/casework.js";
import { isolated, isolatedReference, translator } from "./support/catalogue.js";
import { switchLanguage } from "./support/app-pages.js";
import { signInAsNewStaff, siteId } from "./support/staff.js";

const en = translator("en");
const ur = translator("ur");
/** The header's alerts link as a screen reader names it: "Alerts 2 unread", or just "Alerts". */
const alertsLinkName = (t: typeof en, count: number) =>
  count === 0 ? new RegExp(`^${t("alerts.link")}$`) : new RegExp(`^${t("alerts.link")}\\s*${count}\\s*${t("alerts.unreadHidden")}$`);

async function post(context: BrowserContext, url: string, data: unknown): Promise<unknown> {
  const { csrfToken } = sessionSchema.parse(await (await context.request.get("/api/auth/session")).json());
  const response = await context.request.post(url, { headers: { "x-csrf-token": csrfToken }, data });
  if (!response.ok()) throw new Error(`${url} answered ${response.status()}: ${await response.text()}`);
  return response.json();
}

describe("alerts", () => {
  test("a manager sees who used emergency access to a case at their site and an urgent referral, and marks them read", async ({
    context: managerContext,
    page: manager,
    newContext,
  }) => {
    const birmingham = await siteId("Birmingham");
    await signInAsNewStaff(managerContext, { displayName: "Nadia Aslam", role: "team_manager", site: "Birmingham", emailLabel: "nadia.aslam" });
    const caseworkerContext = await newContext();
    await signInAsNewStaff(caseworkerContext, { displayName: "Bilal Hussain", role: "caseworker", site: "Birmingham", emailLabel: "bilal.hussain" });
    const leadContext = await newContext();
    const leadName = "Yusuf Patel";
    await signInAsNewStaff(leadContext, { displayName: leadName, role: "safeguarding_lead", site: "Manchester", emailLabel: "yusuf.patel" });

    const kase = await acceptedReferral(caseworkerContext, birmingham, { givenName: "Zainab", familyName: "Akhtar", dateOfBirth: "2006-02-09" });
    await post(leadContext, `/api/cases/${kase.id}/break-glass`, { reason: "Police call: she has not come home and may be with an older man." });
    const urgent = z.object({ reference: z.string() }).parse(
      await post(caseworkerContext, "/api/referrals", {
        siteId: birmingham,
        sourceCode: "school_college",
        person: { givenName: "Danyal", familyName: "Mirza", dateOfBirth: "2009-07-21" },
        referrer: { name: "Head of Year", phone: "07700 900654", relationship: "teacher" },
        reasons: ["criminal_exploitation_gangs"],
        concern: "Seen carrying a knife near the school gates.",
        urgency: "urgent",
        preferredLanguage: "en",
        isReferrerConsentGiven: true,
      }),
    );

    await manager.goto("/");
    const alertsLink = manager.getByRole("banner").getByRole("link", { name: alertsLinkName(en, 2) });
    await (await shows(alertsLink)).click();
    await shows(pageHeading(manager, en("alerts.title")));
    const breakGlass = en("alerts.kinds.break_glass", { person: isolated(leadName), reference: isolatedReference(kase.reference), site: isolated("Birmingham") });
    const referral = en("alerts.kinds.urgent_referral", { reference: isolatedReference(urgent.reference), site: isolated("Birmingham") });
    await shows(manager.getByText(breakGlass, { exact: true }));
    await shows(manager.getByText(referral, { exact: true }));
    // The alert names staff, the case and the site; nothing about the young person or the reason typed.
    const pageText = (await manager.locator("main").textContent()) ?? "";
    expect(pageText).not.toMatch(/Zainab|Akhtar|older man/);
    await review(manager, "alerts-unread-en");

    const breakGlassItem = manager.getByRole("listitem").filter({ hasText: breakGlass });
    await breakGlassItem.getByRole("button", { name: en("alerts.markRead") }).click();
    await shows(manager.getByRole("banner").getByRole("link", { name: alertsLinkName(en, 1) }));
    await expect.poll(() => manager.getByText(breakGlass, { exact: true }).count()).toBe(0);

    await switchLanguage(manager, "en", "ur", { isSignedIn: true });
    await shows(pageHeading(manager, ur("alerts.title")));
    const referralUr = ur("alerts.kinds.urgent_referral", { reference: isolatedReference(urgent.reference), site: isolated("Birmingham") });
    await shows(manager.getByText(referralUr, { exact: true }));
    await review(manager, "alerts-unread-ur");
    await manager.getByRole("listitem").filter({ hasText: referralUr }).getByRole("link", { name: ur("alerts.open.referral") }).click();
    await shows(pageHeading(manager, ur("referrals.detailTitle", { reference: urgent.reference })));
    await shows(manager.getByRole("banner").getByRole("link", { name: alertsLinkName(ur, 0) }));

    await manager.goto("/alerts");
    await shows(manager.getByText(ur("alerts.noneUnread"), { exact: true }));
    await manager.getByText(ur("alerts.showAll"), { exact: true }).click();
    await shows(manager.getByText(ur("alerts.kinds.break_glass", { person: isolated(leadName), reference: isolatedReference(kase.reference), site: isolated("Birmingham") }), { exact: true }));
    await review(manager, "alerts-all-ur");
  });
});
