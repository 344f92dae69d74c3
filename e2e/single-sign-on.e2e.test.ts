/**
 * Journey: an administrator connects the organisation's identity provider (a real OpenID Connect
 * provider on this machine, standing in for Microsoft 365) from the users page, and a test sign-in
 * through it passes and reports multi-factor sign-in. A caseworker at that email domain then signs
 * in from the sign-in page with the provider's button and still gives the app's own code, since the
 * organisation does not trust the provider's MFA. In Urdu, a deactivated member of staff who tries
 * the same is sent back with the reason in Urdu.
 */
import { randomUUID } from "node:crypto";
import { describe, expect, inject } from "vitest";
import { startTestProvider } from "../server/sso/test-provider.js";
import { switchLanguage } from "./support/app-pages.js";
import { pageHeading, review, shows, test } from "./support/browser.js";
import { translator } from "./support/catalogue.js";
import { nextCode } from "./support/one-time-codes.js";
import { deactivate, enrolInvited, invite, signInAsNewStaff } from "./support/staff.js";

const en = translator("en");
const ur = translator("ur");
const providerName = "Northfield Microsoft 365";

describe("single sign-on", () => {
  test("an administrator connects and tests the identity provider; a caseworker signs in with it and gives the app's code; a deactivated one is refused in Urdu", async ({ context, page, newContext }) => {
    const redirectUrl = `${inject("baseUrl")}/api/auth/oidc/callback`;
    const idp = await startTestProvider([redirectUrl]);
    try {
      const domain = `sso-${randomUUID().slice(0, 8)}.test`;
      const admin = await signInAsNewStaff(context, { displayName: "Farah Iqbal", role: "administrator", site: null, emailLabel: "farah.sso", emailDomain: domain });

      await page.goto("/users");
      await page.getByRole("link", { name: en("sso.settings.link") }).click();
      await shows(pageHeading(page, en("sso.settings.title")));
      await shows(page.getByText(redirectUrl, { exact: true }));
      await page.getByRole("textbox", { name: en("sso.settings.displayName") }).fill(providerName);
      await page.getByRole("textbox", { name: en("sso.settings.issuer") }).fill(idp.issuer);
      await page.getByRole("textbox", { name: en("sso.settings.clientId") }).fill(idp.clientId);
      await page.getByLabel(en("sso.settings.clientSecret")).fill(idp.clientSecret);
      await page.getByRole("textbox", { name: en("sso.settings.allowedDomains") }).fill(domain);
      await page.getByRole("button", { name: en("sso.settings.save") }).click();
      await shows(page.getByText(en("sso.settings.saved")));
      await shows(page.getByText(en("sso.settings.untested")));
      // Nothing to switch off yet: passwords stay on until a test sign-in has worked.
      expect(await page.getByRole("switch", { name: en("sso.settings.passwordSwitch") }).isDisabled()).toBe(true);
      await review(page, "sso-settings-en", { isFullPage: true });

      idp.nextLogin = { sub: randomUUID(), email: admin.email, amr: ["pwd", "mfa"] };
      await page.getByRole("button", { name: en("sso.settings.test", { provider: providerName }) }).click();
      await page.waitForURL((url) => url.pathname === "/sign-in-settings" && url.searchParams.get("test") === "passed");
      await shows(page.getByRole("status").filter({ hasText: en("sso.settings.testPassed") }));
      await shows(page.getByText(en("sso.settings.testReportedMfa")));
      expect(await page.getByRole("switch", { name: en("sso.settings.passwordSwitch") }).isEnabled()).toBe(true);
      // The secret is never sent back to the page.
      expect(await page.content()).not.toContain(idp.clientSecret);
      await switchLanguage(page, "en", "ur", { isSignedIn: true });
      await shows(pageHeading(page, ur("sso.settings.title")));
      await review(page, "sso-settings-ur", { isFullPage: true });

      // A caseworker at the domain, invited and enrolled with an authenticator app beforehand.
      const caseworker = await enrolInvited(await newContext(), await invite({ displayName: "Bilal Rahman", role: "caseworker", site: "Birmingham", emailLabel: "bilal.sso", emailDomain: domain }));
      const caseworkerPage = await (await newContext()).newPage();
      await caseworkerPage.goto("/sign-in");
      await caseworkerPage.getByRole("textbox", { name: en("signIn.email") }).fill(caseworker.email);
      const ssoButton = caseworkerPage.getByRole("button", { name: en("sso.signInWith", { provider: providerName }) });
      await shows(ssoButton);
      await review(caseworkerPage, "sso-sign-in-en");
      idp.nextLogin = { sub: randomUUID(), email: caseworker.email };
      await ssoButton.click();
      await caseworkerPage.waitForURL("**/second-factor");
      await shows(pageHeading(caseworkerPage, en("secondFactor.title")));
      await caseworkerPage.getByRole("textbox", { name: en("secondFactor.codeLabel") }).fill(nextCode(caseworker.totpSecret, caseworker.lastStep).code);
      await caseworkerPage.getByRole("button", { name: en("secondFactor.submit") }).click();
      await caseworkerPage.waitForURL((url) => url.pathname === "/");
      await shows(pageHeading(caseworkerPage, en("home.welcome", { name: caseworker.displayName })));

      // Someone who has left: their account is deactivated, and the provider's sign-in does not open it.
      const leaver = await invite({ displayName: "Imran Siddiqui", role: "caseworker", site: "Birmingham", emailLabel: "imran.sso", emailDomain: domain });
      await deactivate(leaver.userId);
      const leaverPage = await (await newContext()).newPage();
      await leaverPage.goto("/sign-in");
      await switchLanguage(leaverPage, "en", "ur", { isSignedIn: false });
      await leaverPage.getByRole("textbox", { name: ur("signIn.email") }).fill(leaver.email);
      idp.nextLogin = { sub: randomUUID(), email: leaver.email };
      await leaverPage.getByRole("button", { name: ur("sso.signInWith", { provider: providerName }) }).click();
      await leaverPage.waitForURL((url) => url.pathname === "/sign-in" && url.searchParams.get("sso") === "deactivated");
      await shows(leaverPage.getByRole("alert").filter({ hasText: ur("sso.refusals.deactivated") }));
      await review(leaverPage, "sso-refused-ur");
      expect((await leaverPage.context().request.get("/api/auth/session")).status()).toBe(401);
    } finally {
      await idp.close();
    }
  });
});
