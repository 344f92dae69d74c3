/** Journey: someone without a session, and the API's public edges (unknown routes, the documentation). */
import { describe, expect } from "vitest";
import { pageHeading, review, shows, test } from "./support/browser.js";
import { recordViolations } from "./support/accessibility.js";
import { translator } from "./support/catalogue.js";
import { capture } from "./support/screenshots.js";

const t = translator("en");

describe("without a session", () => {
  test("a page of the app, opened without a session, sends the visitor to sign in", async ({ page }) => {
    await page.goto("/users");
    await page.waitForURL("**/sign-in");
    await shows(pageHeading(page, t("signIn.title")));
    await shows(page.getByRole("button", { name: t("signIn.submit") }));
    await review(page, "sign-in-redirected-en");
  });

  test("an unknown API route answers a JSON 404 in the one error shape", async ({ context }) => {
    const response = await context.request.get("/api/no-such-thing");
    expect(response.status()).toBe(404);
    expect(response.headers()["content-type"]).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ error: { code: "not_found", message: expect.any(String) } });
  });

  test("the API documentation loads and shows the API's title", async ({ page }) => {
    await page.goto("/api/docs");
    await shows(page.getByRole("heading", { name: /Pathways API/ }));
    // Swagger UI is a third-party page for developers, not part of the staff app: axe's findings
    // there are recorded in .test-data/accessibility-notes.jsonl rather than failing the journey.
    await recordViolations(page, "api-docs");
    await capture(page, "api-docs");
  });
});
