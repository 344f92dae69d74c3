/**
 * The journeys' test API: one headless Chromium per test file and a fresh browser context (its own
 * cookies, storage and client address) per test, both closed whatever the outcome. Contexts open
 * on the server the global set-up started, in British English, at a desktop size.
 */
import { randomInt } from "node:crypto";
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from "playwright-core";
import { inject, test as base } from "vitest";
import { expectNoSeriousViolations } from "./accessibility.js";
import { capture } from "./screenshots.js";

/** The system Chromium, offline: no updates, sync, QUIC or other background traffic. */
const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** How long a single wait for an element, URL or state may take before the step fails. */
const stepTimeoutMs = 30_000;
/** Page loads fetch whole bundles (the API docs' is large); a busy 2-core machine needs longer. */
const navigationTimeoutMs = 60_000;

async function openContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: inject("baseUrl"),
    locale: "en-GB",
    timezoneId: "Europe/London",
    viewport: { width: 1280, height: 800 },
    // Each context is a client of its own, as the server (trusting this machine as its proxy) sees
    // it: people on different machines do not share sign-in and invitation rate limits.
    extraHTTPHeaders: { "x-forwarded-for": `10.${randomInt(0, 256)}.${randomInt(0, 256)}.${randomInt(1, 255)}` },
  });
  context.setDefaultTimeout(stepTimeoutMs);
  context.setDefaultNavigationTimeout(navigationTimeoutMs);
  return context;
}

export const test = base
  // eslint-disable-next-line no-empty-pattern -- vitest reads a fixture's dependencies from this pattern; the browser has none.
  .extend("browser", { scope: "file" }, async ({}, { onCleanup }) => {
    const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: chromiumArgs });
    onCleanup(() => browser.close());
    return browser;
  })
  /** Opens more contexts in the same test, for a second person; all are closed at the end of the test. */
  .extend("newContext", async ({ browser }, { onCleanup }) => {
    const opened: BrowserContext[] = [];
    onCleanup(async () => {
      await Promise.all(opened.map((context) => context.close()));
    });
    return async (): Promise<BrowserContext> => {
      const context = await openContext(browser);
      opened.push(context);
      return context;
    };
  })
  .extend("context", async ({ newContext }) => newContext())
  /**
   * The test's first page. If the test fails, a screenshot of it is saved as `failed-<test>.png`
   * and the browser's script errors and console errors are printed, which usually say why.
   */
  .extend("page", async ({ context, task }, { onCleanup }) => {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(`page error: ${error.stack ?? error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console error: ${message.text()}`);
    });
    onCleanup(async () => {
      if (task.result?.state !== "fail") return;
      if (problems.length > 0) console.error(`Browser problems during "${task.name}":\n${problems.join("\n")}`);
      if (!page.isClosed()) await capture(page, `failed-${task.name.replace(/[^a-z0-9]+/gi, "-").slice(0, 80)}`);
    });
    return page;
  });

/** Waits until the element is visible and returns it, so a step reads "the page shows …". */
export async function shows(locator: Locator): Promise<Locator> {
  await locator.waitFor({ state: "visible" });
  return locator;
}

/** The page's one `<h1>`, with this text. */
export const pageHeading = (page: Page, name: string): Locator => page.getByRole("heading", { level: 1, name, exact: true });

/**
 * Waits until no finite animation or transition (a dialog fading in, a menu opening) has run for
 * several frames in a row, so checks see the page as a person would once it has finished moving.
 */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let quietFrames = 0;
        const tick = () => {
          const isMoving = document
            .getAnimations()
            .some((animation) => (animation.playState === "running" || animation.pending) && animation.effect?.getComputedTiming().endTime !== Infinity);
          quietFrames = isMoving ? 0 : quietFrames + 1;
          if (quietFrames >= 5) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

/** Checks the page with axe (serious or critical violations fail the test) and saves its screenshot. */
export async function review(page: Page, name: string, options: { isFullPage?: boolean } = {}): Promise<void> {
  await settled(page);
  await expectNoSeriousViolations(page, name);
  await capture(page, name, options.isFullPage);
}
