/**
 * Journey: a member of staff signs in through the pages for the first time, is made to set up an
 * authenticator app, keeps their recovery codes, signs out, and signs in again with a code. It uses
 * a demo caseworker nobody else in the suite uses (the commissioner's journey signs in through the
 * pages too, as the demo commissioner).
 */
import { describe } from "vitest";
import { demoPassword, demoStaff } from "../server/demo/seed-demo.js";
import { pageHeading, review, shows, test } from "./support/browser.js";
import { translator } from "./support/catalogue.js";
import { enrolThroughPages } from "./support/enrolment-pages.js";
import { nextCode } from "./support/one-time-codes.js";

const t = translator("en");
const amina = demoStaff.find((person) => person.email === "caseworker@pathways.demo")!;

describe("signing in", () => {
  test("a caseworker signs in, must set up a second step, saves recovery codes, signs out and back in with a code", async ({ page }) => {
    await page.goto("/sign-in");
    await shows(pageHeading(page, t("signIn.title")));
    await review(page, "sign-in-en");
    await page.getByRole("textbox", { name: t("signIn.email") }).fill(amina.email);
    await page.getByLabel(t("signIn.password"), { exact: true }).fill(demoPassword);
    await page.getByRole("button", { name: t("signIn.submit") }).click();

    // Caseworkers can see client data, so the app does not open until a second factor is set up.
    await page.waitForURL("**/second-factor/enrol");
    const { secret, enrolment } = await enrolThroughPages(page, t, {
      intro: "enrolment-intro-en",
      qr: "enrolment-qr-en",
      codes: "recovery-codes-en",
    });

    await page.waitForURL((url) => url.pathname === "/");
    await shows(pageHeading(page, t("home.welcome", { name: amina.displayName })));
    await shows(page.getByText(t("home.workingAt", { site: "Birmingham" })));
    await shows(page.getByText(t("roles.caseworker.name"), { exact: true }));
    await review(page, "home-caseworker-en");

    await page.getByRole("button", { name: t("shell.userMenu", { name: amina.displayName }) }).click();
    await page.getByRole("menuitem", { name: t("shell.signOut") }).click();
    await page.waitForURL("**/sign-in");
    await shows(page.getByRole("status").filter({ hasText: t("signIn.signedOutNotice") }));

    await page.getByRole("textbox", { name: t("signIn.email") }).fill(amina.email);
    await page.getByLabel(t("signIn.password"), { exact: true }).fill(demoPassword);
    await page.getByRole("button", { name: t("signIn.submit") }).click();

    await page.waitForURL("**/second-factor");
    await shows(pageHeading(page, t("secondFactor.title")));
    await review(page, "second-factor-en");
    // The enrolment code's step cannot be used again; this is the next one the server will take.
    await page.getByRole("textbox", { name: t("secondFactor.codeLabel") }).fill(nextCode(secret, enrolment.step).code);
    await page.getByRole("button", { name: t("secondFactor.submit") }).click();

    await page.waitForURL((url) => url.pathname === "/");
    await shows(pageHeading(page, t("home.welcome", { name: amina.displayName })));
  });
});
