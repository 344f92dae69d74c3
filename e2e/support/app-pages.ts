/**
 * Moving around the signed-in app as a person does — by the side navigation and the header's
 * language switch — and checking where things are on screen.
 */
import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";
import { pageHeading, review, settled, shows } from "./browser.js";
import { text, type Language } from "./catalogue.js";

/** The pages an administrator reaches from the side navigation, with what shows each has loaded. */
export const adminPages = [
  { name: "home", link: "nav.home", heading: null, loaded: null },
  { name: "users", link: "nav.users", heading: "users.title", loaded: "table" },
  { name: "sites", link: "nav.sites", heading: "sites.title", loaded: "table" },
  { name: "audit", link: "nav.audit", heading: "audit.title", loaded: "table" },
] as const;

export const navigation = (page: Page, language: Language): Locator =>
  page.getByRole("navigation", { name: text(language, "shell.navigation") });

/** Opens each page from the side navigation, waits for its content, and reviews it (axe and screenshot). */
export async function visitAdminPages(page: Page, language: Language, homeHeading: string): Promise<void> {
  for (const target of adminPages) {
    await navigation(page, language).getByRole("link", { name: text(language, target.link), exact: true }).click();
    await shows(pageHeading(page, target.heading ? text(language, target.heading) : homeHeading));
    if (target.loaded) await shows(page.getByRole("main").getByRole(target.loaded));
    await review(page, `${target.name}-${language}`);
  }
}

/** Opens the account settings from the user menu and reviews the page. */
export async function visitAccount(page: Page, language: Language, displayName: string): Promise<void> {
  await page.getByRole("button", { name: text(language, "shell.userMenu", { name: displayName }) }).click();
  await page.getByRole("menuitem", { name: text(language, "shell.accountSettings") }).click();
  await shows(pageHeading(page, text(language, "account.title")));
  // The menu fades out and is then removed; check the page once it has gone.
  await page.getByRole("menu").waitFor({ state: "detached" });
  await review(page, `account-${language}`);
}

/**
 * Chooses a language with the switch in the page header (as named in the language shown now) and
 * waits until the document says so; when signed in, also until the choice is saved to the account.
 */
export async function switchLanguage(page: Page, from: Language, to: Language, options: { isSignedIn: boolean }): Promise<void> {
  const saved = options.isSignedIn
    ? page.waitForResponse((response) => new URL(response.url()).pathname === "/api/auth/preferences" && response.ok())
    : null;
  const switcher = page.getByRole("banner").getByRole("radiogroup", { name: text(from, "language.label") });
  await switcher.getByText(text(from, `language.names.${to}`), { exact: true }).click();
  await page.locator(`html[lang="${to}"][dir="${to === "ur" ? "rtl" : "ltr"}"]`).waitFor({ state: "attached" });
  await saved;
}

/** Asserts which side of the main heading the side navigation sits on. */
export async function expectNavigationOn(page: Page, language: Language, side: "left" | "right"): Promise<void> {
  // The app shell slides its parts into place when the direction changes; measure once it has.
  await settled(page);
  const nav = await navigation(page, language).boundingBox();
  const heading = await page.getByRole("heading", { level: 1 }).boundingBox();
  const viewport = page.viewportSize();
  if (!nav || !heading || !viewport) throw new Error("navigation, heading or viewport has no size");
  if (side === "right") {
    expect(nav.x).toBeGreaterThanOrEqual(heading.x + heading.width);
    expect(nav.x + nav.width).toBeGreaterThan(viewport.width * 0.75);
  } else {
    expect(nav.x + nav.width).toBeLessThanOrEqual(heading.x);
    expect(nav.x).toBeLessThan(viewport.width * 0.25);
  }
}
