/**
 * Journey: the demo administrator invites a new caseworker at Birmingham and passes on the link;
 * the caseworker joins in their own browser and sets up their second step; the administrator then
 * deactivates the account, and the caseworker's open session ends with it.
 */
import { describe, expect, inject } from "vitest";
import { pageHeading, review, shows, test } from "./support/browser.js";
import { translator } from "./support/catalogue.js";
import { enrolThroughPages } from "./support/enrolment-pages.js";
import { signInThroughApi, staffPassword, uniqueEmail } from "./support/staff.js";

const t = translator("en");
const colleague = { displayName: "Zainab Akhtar", email: uniqueEmail("zainab.akhtar") };

describe("inviting and deactivating a user", () => {
  test("an administrator invites a caseworker who joins by the link, then deactivates them and their session ends", async ({
    context: adminContext,
    page: admin,
    newContext,
  }) => {
    await signInThroughApi(adminContext, inject("demoAdministrator"));
    await adminContext.grantPermissions(["clipboard-read", "clipboard-write"]);

    await admin.goto("/users");
    await shows(pageHeading(admin, t("users.title")));
    await shows(admin.getByRole("table"));
    await review(admin, "users-before-invite-en");
    await admin.getByRole("link", { name: t("users.invite") }).click();

    await shows(pageHeading(admin, t("users.inviteTitle")));
    await admin.getByRole("textbox", { name: t("users.displayName") }).fill(colleague.displayName);
    await admin.getByRole("textbox", { name: t("users.email") }).fill(colleague.email);
    const firstRole = admin.getByRole("group", { name: t("users.grants.rowLabel", { number: 1 }) });
    await firstRole.getByRole("combobox", { name: t("users.grants.role") }).click();
    await admin.getByRole("option", { name: t("roles.caseworker.name") }).click();
    await firstRole.getByRole("combobox", { name: t("users.grants.site") }).click();
    await admin.getByRole("option", { name: "Birmingham" }).click();
    await review(admin, "user-invite-en");
    await admin.getByRole("button", { name: t("users.createInvitation") }).click();

    // The link is shown once; the administrator copies it to pass on.
    await shows(pageHeading(admin, t("users.invited")));
    const panel = await shows(admin.getByRole("alert", { name: t("users.invitation.title", { name: colleague.displayName }) }));
    await shows(panel.getByText(t("users.invitation.shownOnce")));
    await review(admin, "user-invited-en");
    await panel.getByRole("button", { name: t("common.copyThing", { thing: t("users.invitation.linkName") }) }).click();
    await shows(panel.getByRole("button", { name: t("common.copied") }));
    const invitationUrl = await admin.evaluate(() => navigator.clipboard.readText());
    expect(invitationUrl).toMatch(new RegExp(`^${inject("baseUrl")}/invitation/[A-Za-z0-9_-]{20,}$`));
    await shows(panel.getByText(invitationUrl, { exact: true }));

    // The new colleague, in a browser of their own.
    const colleagueContext = await newContext();
    const newcomer = await colleagueContext.newPage();
    await newcomer.goto(invitationUrl);
    await shows(pageHeading(newcomer, t("invitation.welcomeTitle", { organisation: "Pathways Community Trust" })));
    await shows(newcomer.getByRole("textbox", { name: t("invitation.email") }));
    expect(await newcomer.getByRole("textbox", { name: t("invitation.email") }).inputValue()).toBe(colleague.email);
    await review(newcomer, "invitation-en");
    await newcomer.getByLabel(t("password.new"), { exact: true }).fill(staffPassword);
    await newcomer.getByLabel(t("password.confirm"), { exact: true }).fill(staffPassword);
    await newcomer.getByRole("button", { name: t("invitation.accept") }).click();

    await newcomer.waitForURL("**/second-factor/enrol");
    await enrolThroughPages(newcomer, t, {
      intro: "invitee-enrolment-intro-en",
      qr: "invitee-enrolment-qr-en",
      codes: "invitee-recovery-codes-en",
    });
    await newcomer.waitForURL((url) => url.pathname === "/");
    await shows(pageHeading(newcomer, t("home.welcome", { name: colleague.displayName })));
    await shows(newcomer.getByText(t("home.workingAt", { site: "Birmingham" })));
    await shows(newcomer.getByText(t("roles.caseworker.name"), { exact: true }));
    await shows(newcomer.getByRole("button", { name: t("shell.userMenu", { name: colleague.displayName }) }));
    await review(newcomer, "invitee-home-en");

    // Back to the administrator: find the new user and deactivate them.
    await admin.getByRole("navigation", { name: t("shell.navigation") }).getByRole("link", { name: t("nav.users") }).click();
    await shows(pageHeading(admin, t("users.title")));
    await admin.getByRole("searchbox", { name: t("users.search") }).fill(colleague.email);
    const row = await shows(admin.getByRole("row").filter({ hasText: colleague.email }));
    await shows(row.getByText(t("users.status.active"), { exact: true }));
    await shows(row.getByText(t("users.status.secondFactor"), { exact: true }));
    await row.getByRole("link", { name: colleague.displayName }).click();

    await shows(pageHeading(admin, colleague.displayName));
    await review(admin, "user-detail-en");
    await admin.getByRole("button", { name: t("users.action.deactivate") }).click();
    const dialog = await shows(admin.getByRole("dialog", { name: t("users.confirm.deactivate.title", { name: colleague.displayName }) }));
    await review(admin, "user-deactivate-dialog-en", { isFullPage: false });
    await dialog.getByRole("button", { name: t("users.action.deactivate") }).click();
    await shows(admin.getByRole("status").filter({ hasText: t("users.done.deactivate", { name: colleague.displayName }) }));
    await shows(admin.getByText(t("users.status.deactivated"), { exact: true }));

    // The colleague's open session has ended: the API refuses it, and their next page is sign-in.
    expect((await colleagueContext.request.get("/api/auth/session")).status()).toBe(401);
    await newcomer.goto("/");
    await newcomer.waitForURL("**/sign-in");
    await shows(pageHeading(newcomer, t("signIn.title")));
  });
});
