/**
 * Setting up the authenticator app through the pages, as a person would: start, read the key shown
 * for typing in by hand, enter the code an app would show, keep the recovery codes, continue.
 */
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { pageHeading, review, shows } from "./browser.js";
import type { translator } from "./catalogue.js";
import { nextCode, secretFromDisplay, type OneTimeCode } from "./one-time-codes.js";

/** Completes enrolment from the "Set up your second step" page; returns the secret and the step its code used. */
export async function enrolThroughPages(
  page: Page,
  t: ReturnType<typeof translator>,
  screenshots: { intro: string; qr: string; codes: string },
): Promise<{ secret: string; enrolment: OneTimeCode }> {
  await shows(pageHeading(page, t("enrolment.title")));
  await shows(page.getByText(t("enrolment.whyRequired")));
  await review(page, screenshots.intro);
  await page.getByRole("button", { name: t("enrolment.start") }).click();

  await shows(page.getByRole("img", { name: t("enrolment.qrAlt") }));
  await shows(page.getByText(t("enrolment.cannotScan")));
  // The key is shown in groups of four, left to right even in Urdu.
  const shownKey = await shows(page.locator("pre").filter({ hasText: /^[A-Z2-7 ]{16,}$/ }));
  const secret = secretFromDisplay(await shownKey.innerText());
  await review(page, screenshots.qr);
  const enrolment = nextCode(secret, null);
  await page.getByRole("textbox", { name: t("enrolment.codeLabel") }).fill(enrolment.code);
  await page.getByRole("button", { name: t("enrolment.confirm") }).click();

  const codeList = await shows(page.getByRole("list", { name: t("recoveryCodes.listLabel") }));
  const recoveryCodes = await codeList.getByRole("listitem").allInnerTexts();
  expect(recoveryCodes).toHaveLength(10);
  for (const code of recoveryCodes) expect(code).toMatch(/^[a-z0-9]{5}-[a-z0-9]{5}$/);
  // Continuing is only possible once the person says the codes are saved.
  const continueButton = page.getByRole("button", { name: t("recoveryCodes.continue") });
  expect(await continueButton.isDisabled()).toBe(true);
  await review(page, screenshots.codes);
  await page.getByRole("checkbox", { name: t("recoveryCodes.confirmSaved") }).check();
  await continueButton.click();
  return { secret, enrolment };
}
