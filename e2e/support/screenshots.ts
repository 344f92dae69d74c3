/** Full-page screenshots of the pages the journeys visit, kept in .test-data/screenshots (gitignored) for people to look at. */
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";

export const screenshotDir = fileURLToPath(new URL("../../.test-data/screenshots", import.meta.url));

/**
 * Saves `<name>.png`, of the whole page unless `isFullPage` is false (for dialogs: the page behind a
 * modal is scroll-locked, and a full-page picture of it misplaces the fixed header). Names are
 * unique across the suite because test files run in parallel.
 */
export async function capture(page: Page, name: string, isFullPage = true): Promise<void> {
  // Animations off and the caret hidden, so the same page gives the same picture.
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: isFullPage, animations: "disabled", caret: "hide" });
}
