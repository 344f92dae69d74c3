/**
 * Journey: working in Urdu. The whole app turns right to left, with the navigation on the right and
 * the catalogue's Urdu text, and still passes the accessibility checks; switching back restores
 * English. A new colleague whose account is set to Urdu sets up their second step in Urdu.
 */
import { describe, expect } from "vitest";
import { pageHeading, review, shows, test } from "./support/browser.js";
import { translator } from "./support/catalogue.js";
import { enrolThroughPages } from "./support/enrolment-pages.js";
import { expectNavigationOn, navigation, switchLanguage, visitAccount, visitAdminPages } from "./support/app-pages.js";
import { acceptThroughApi, invite, signInAsNewStaff } from "./support/staff.js";

const en = translator("en");
const ur = translator("ur");

describe("working in Urdu", () => {
  test("an administrator switches to Urdu: the layout mirrors, every page reads in Urdu, and English comes back", async ({
    context,
    page,
  }) => {
    const rukhsana = await signInAsNewStaff(context, {
      displayName: "Rukhsana Malik",
      role: "administrator",
      site: null,
      emailLabel: "rukhsana.malik",
    });
    await page.goto("/");
    await shows(pageHeading(page, en("home.welcome", { name: rukhsana.displayName })));
    expect(await page.locator("html").getAttribute("dir")).toBe("ltr");
    await expectNavigationOn(page, "en", "left");
    await visitAdminPages(page, "en", en("home.welcome", { name: rukhsana.displayName }));
    await visitAccount(page, "en", rukhsana.displayName);

    await switchLanguage(page, "en", "ur", { isSignedIn: true });
    expect(await page.locator("html").getAttribute("lang")).toBe("ur");
    expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
    await shows(pageHeading(page, ur("account.title")));
    await shows(navigation(page, "ur").getByRole("link", { name: ur("nav.users"), exact: true }));
    await expectNavigationOn(page, "ur", "right");
    await visitAccount(page, "ur", rukhsana.displayName);
    await visitAdminPages(page, "ur", ur("home.welcome", { name: rukhsana.displayName }));
    await expectNavigationOn(page, "ur", "right");

    await switchLanguage(page, "ur", "en", { isSignedIn: true });
    expect(await page.locator("html").getAttribute("dir")).toBe("ltr");
    await shows(pageHeading(page, en("audit.title")));
    await shows(navigation(page, "en").getByRole("link", { name: en("nav.users"), exact: true }));
    await expectNavigationOn(page, "en", "left");
  });

  test("the sign-in page switches to Urdu, and a colleague whose account is in Urdu sets up their second step in it", async ({
    context,
    page,
  }) => {
    await page.goto("/sign-in");
    await shows(pageHeading(page, en("signIn.title")));
    await switchLanguage(page, "en", "ur", { isSignedIn: false });
    await shows(pageHeading(page, ur("signIn.title")));
    await shows(page.getByRole("textbox", { name: ur("signIn.email") }));
    await review(page, "sign-in-ur");

    // A new caseworker whose account is set to Urdu, signed in through the API but not yet enrolled.
    const invited = await invite({ displayName: "Saima Iqbal", role: "caseworker", site: "Luton", emailLabel: "saima.iqbal" });
    const accepted = await acceptThroughApi(context, invited);
    const preference = await context.request.patch("/api/auth/preferences", {
      headers: { "x-csrf-token": accepted.csrfToken },
      data: { language: "ur" },
    });
    expect(preference.status()).toBe(200);

    await page.goto("/");
    await page.waitForURL("**/second-factor/enrol");
    expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
    await enrolThroughPages(page, ur, { intro: "enrolment-intro-ur", qr: "enrolment-qr-ur", codes: "recovery-codes-ur" });
    await page.waitForURL((url) => url.pathname === "/");
    await shows(pageHeading(page, ur("home.welcome", { name: invited.displayName })));
    await shows(page.getByText(ur("roles.caseworker.name"), { exact: true }));
    await expectNavigationOn(page, "ur", "right");
    await review(page, "home-caseworker-ur");
  });
});
