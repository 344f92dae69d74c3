/**
 * Journey: a caseworker subscribes to her calendar and chooses a daily digest. She makes her feed on
 * the account page, copies the address and a calendar app (here, a request with no session) reads
 * her planned session by its case reference — never the client's name; she makes a new address, so
 * the old one stops; then, in Urdu, she chooses a daily digest at 18:00 and turns the feed off.
 */
import { describe, expect } from "vitest";
import { sessionSchema } from "../core/api/auth.js";
import { switchLanguage } from "./support/app-pages.js";
import { pageHeading, review, shows, test } from "./support/browser.js";
import { acceptedReferral } from "./support/casework.js";
import { translator } from "./support/catalogue.js";
import { signInAsNewStaff, siteId } from "./support/staff.js";

const en = translator("en");
const ur = translator("ur");

describe("calendar feed and email digest", () => {
  test("a caseworker subscribes to her calendar, renews its address and, in Urdu, picks a daily digest and turns the feed off", async ({ context, page, newContext }) => {
    const birmingham = await siteId("Birmingham");
    const worker = await signInAsNewStaff(context, { displayName: "Sana Akhtar", role: "caseworker", site: "Birmingham", emailLabel: "sana.calendar" });
    const kase = await acceptedReferral(context, birmingham, { givenName: "Zainab", familyName: "Qureshi", dateOfBirth: "2006-09-02" });
    const { csrfToken } = sessionSchema.parse(await (await context.request.get("/api/auth/session")).json());
    const startsAt = new Date(Date.now() + 2 * 86_400_000);
    startsAt.setUTCHours(10, 0, 0, 0);
    const planned = await context.request.post(`/api/cases/${kase.id}/sessions`, {
      headers: { "x-csrf-token": csrfToken },
      data: { startsAt: startsAt.toISOString(), durationMinutes: 60, mode: "office", interventionType: "one_to_one_mentoring", attendance: null, workerIds: [worker.userId] },
    });
    expect(planned.status(), await planned.text()).toBe(201);

    await page.goto("/account");
    await shows(pageHeading(page, en("account.title")));
    await page.getByRole("button", { name: en("calendarFeed.create") }).click();
    await shows(page.getByText(en("calendarFeed.issuedTitle")));
    const address = (await page.locator(".copy-text").first().textContent())?.trim() ?? "";
    expect(address).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    await review(page, "calendar-feed-en");

    const calendarApp = await newContext();
    const feed = await calendarApp.request.get(new URL(address).pathname);
    expect(feed.status()).toBe(200);
    expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    const calendar = await feed.text();
    expect(calendar).toContain(`SUMMARY:Session: case ${kase.reference}`);
    expect(calendar).not.toMatch(/Zainab|Qureshi|2006/);

    await page.getByRole("button", { name: en("calendarFeed.regenerate") }).click();
    const dialog = page.getByRole("dialog", { name: en("calendarFeed.regenerateTitle") });
    await dialog.getByRole("button", { name: en("calendarFeed.regenerate") }).click();
    await dialog.waitFor({ state: "detached" });
    const renewed = (await page.locator(".copy-text").first().textContent())?.trim() ?? "";
    expect(renewed).not.toBe(address);
    expect((await calendarApp.request.get(new URL(address).pathname)).status()).toBe(404);
    expect((await calendarApp.request.get(new URL(renewed).pathname)).status()).toBe(200);

    await switchLanguage(page, "en", "ur", { isSignedIn: true });
    await page.getByRole("radio", { name: ur("emailDigest.daily") }).check();
    await page.getByRole("combobox", { name: ur("emailDigest.hourLabel") }).click();
    await page.getByRole("option", { name: "18:00" }).click();
    await page.getByRole("button", { name: ur("emailDigest.save") }).click();
    await shows(page.getByText(ur("emailDigest.saved")));
    const saved = await context.request.get("/api/account/email-preferences");
    expect(await saved.json()).toMatchObject({ mode: "daily_digest", digestHour: 18 });
    await page.getByRole("button", { name: ur("calendarFeed.apps.google.title") }).click();
    await review(page, "calendar-feed-ur");

    await page.getByRole("button", { name: ur("calendarFeed.revoke") }).click();
    const revokeDialog = page.getByRole("dialog", { name: ur("calendarFeed.revokeTitle") });
    await revokeDialog.getByRole("button", { name: ur("calendarFeed.revoke") }).click();
    await shows(page.getByRole("button", { name: ur("calendarFeed.create") }));
    expect((await calendarApp.request.get(new URL(renewed).pathname)).status()).toBe(404);
  });
});
