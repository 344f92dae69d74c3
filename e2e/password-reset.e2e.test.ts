/**
 * Journey: a caseworker has forgotten her password. She asks on the sign-in page (in Urdu); the
 * administrator sees the alert, checks with her, and creates a reset link; she sets a new password
 * with it, and signs in with the new password and her existing second step.
 */
import { describe, expect, inject } from "vitest";
import { switchLanguage } from "./support/app-pages.js";
import { pageHeading, review, shows, test } from "./support/browser.js";
import { translator } from "./support/catalogue.js";
import { nextCode } from "./support/one-time-codes.js";
import { signInAsNewStaff } from "./support/staff.js";

const en = translator("en");
const ur = translator("ur");
const newPassword = "saffron harbour evening tide";

describe("a forgotten password", () => {
  test("is reset through the administrator, and the second step stays", async ({ context: adminContext, page: admin, newContext }) => {
    // An administrator of this journey's own: another journey signing in as the demo administrator
    // at the same moment would spend the same authenticator step, which the server accepts once.
    await signInAsNewStaff(adminContext, { displayName: "Nasreen Akhtar", role: "administrator", site: null, emailLabel: "nasreen.akhtar" });
    const personContext = await newContext();
    const account = await signInAsNewStaff(personContext, { displayName: "Shabana Iqbal", role: "caseworker", site: "Birmingham", emailLabel: "shabana.iqbal" });
    await personContext.clearCookies();

    // She asks, in Urdu, from the sign-in page.
    const person = await personContext.newPage();
    await person.goto("/sign-in");
    await switchLanguage(person, "en", "ur", { isSignedIn: false });
    await person.getByRole("link", { name: ur("signIn.forgotPassword") }).click();
    await shows(pageHeading(person, ur("passwordReset.requestTitle")));
    await person.getByRole("textbox", { name: ur("signIn.email") }).fill(account.email);
    await review(person, "forgot-password-ur");
    await person.getByRole("button", { name: ur("passwordReset.requestSubmit") }).click();
    await shows(person.getByRole("status").filter({ hasText: ur("passwordReset.sentBody") }));
    await review(person, "forgot-password-sent-ur");

    // The administrator is alerted (the job runner picks the request up within seconds).
    const alertText = en("alerts.kinds.password_reset_requested", { person: `\u2068${account.displayName}\u2069` });
    await expect
      .poll(
        async () => {
          await admin.goto("/alerts");
          await shows(pageHeading(admin, en("alerts.title")));
          return admin.getByRole("listitem").filter({ hasText: account.displayName }).count();
        },
        { timeout: 60_000, interval: 2_000 },
      )
      .toBeGreaterThan(0);
    const alert = admin.getByRole("listitem").filter({ hasText: account.displayName });
    await shows(alert.getByText(alertText));
    await review(admin, "alerts-password-reset-en");
    await alert.getByRole("link", { name: en("alerts.open.user") }).click();

    await shows(pageHeading(admin, account.displayName));
    await admin.getByRole("button", { name: en("users.action.issuePasswordReset") }).click();
    const dialog = await shows(admin.getByRole("dialog", { name: en("users.confirm.issuePasswordReset.title", { name: account.displayName }) }));
    await dialog.getByRole("button", { name: en("users.action.issuePasswordReset") }).click();
    const panel = await shows(admin.getByRole("alert", { name: en("users.passwordReset.title", { name: account.displayName }) }));
    // The dialog fades out; checked mid-fade, the page would be half covered.
    await dialog.waitFor({ state: "detached" });
    await review(admin, "user-password-reset-link-en");
    const resetUrl = (await panel.getByText(/\/reset-password\//).textContent())?.trim() ?? "";
    expect(resetUrl).toMatch(new RegExp(`^${inject("baseUrl")}/reset-password/[A-Za-z0-9_-]{20,}$`));

    // She sets a new password with the link.
    await person.goto(resetUrl);
    await shows(pageHeading(person, ur("passwordReset.title")));
    await person.getByLabel(ur("password.new"), { exact: true }).fill(newPassword);
    await person.getByLabel(ur("password.confirm"), { exact: true }).fill(newPassword);
    await review(person, "password-reset-ur");
    await person.getByRole("button", { name: ur("passwordReset.submit") }).click();
    await shows(person.getByRole("status").filter({ hasText: ur("passwordReset.doneBody") }));

    // And signs in with it; her second step is asked for as before.
    await person.getByRole("link", { name: ur("invitation.goToSignIn") }).click();
    await person.getByRole("textbox", { name: ur("signIn.email") }).fill(account.email);
    await person.getByLabel(ur("signIn.password"), { exact: true }).fill(newPassword);
    await person.getByRole("button", { name: ur("signIn.submit") }).click();
    await person.waitForURL("**/second-factor");
    // Once signed in, the account's own language (English) applies.
    const { code } = nextCode(account.totpSecret, account.lastStep);
    await person.getByRole("textbox", { name: en("secondFactor.codeLabel") }).fill(code);
    await person.getByRole("button", { name: en("secondFactor.submit") }).click();
    await person.waitForURL((url) => url.pathname === "/");
    await shows(pageHeading(person, en("home.welcome", { name: account.displayName })));
  });
});
