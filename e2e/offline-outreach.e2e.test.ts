/**
 * Journey: outreach logged with no signal. An outreach worker prepares her phone while she has a
 * signal (an offline PIN), then at two mosques with no signal logs both sessions: "2 entries
 * waiting to sync". She reloads the app with no network; the PIN opens what waits. Back in signal,
 * both are sent by themselves and each arrives exactly once. A session a colleague had already
 * logged is shown with both versions, and she keeps the colleague's. Screenshots in English and Urdu.
 */
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect } from "vitest";
import { z } from "zod";
import { sessionSchema } from "../core/api/auth.js";
import { outreachSessionListSchema } from "../core/api/outreach-sessions.js";
import { weekdayOf } from "../core/outreach/schedule.js";
import { londonDay } from "./support/assessment-pages.js";
import { review, shows, test } from "./support/browser.js";
import { translator } from "./support/catalogue.js";
import { acceptThroughApi, invite, siteId } from "./support/staff.js";

const en = translator("en");
const ur = translator("ur");
const phone = { width: 390, height: 844 };
const pin = "482916";

/** Calls the API as whoever is signed in within `context`, with their CSRF token. */
async function api<S extends z.ZodType>(context: BrowserContext, method: "GET" | "POST", url: string, schema: S, data?: unknown): Promise<z.infer<S>> {
  const { csrfToken } = sessionSchema.parse(await (await context.request.get("/api/auth/session")).json());
  const response = await context.request.fetch(url, { method, headers: { "x-csrf-token": csrfToken }, ...(data === undefined ? {} : { data }) });
  if (!response.ok()) throw new Error(`${method} ${url} answered ${response.status()}: ${await response.text()}`);
  return schema.parse(await response.json());
}

const created = z.object({ id: z.string() }).passthrough();

/** A mosque with a weekly 10:00 session on yesterday's weekday, so yesterday's has started. */
async function mosqueWithSchedule(context: BrowserContext, site: string, staffId: string, name: string) {
  const partner = await api(context, "POST", "/api/outreach/partners", created, { siteId: site, name, type: "mosque", address: "", postcode: "", languages: ["ur"], pathways: ["hosts_sessions"], contacts: [], agreements: [], notes: "" });
  const yesterday = londonDay(1);
  await api(context, "POST", "/api/outreach/schedules", created, {
    siteId: site,
    partnerId: partner.id,
    sessionType: "friday_mosque_presence",
    topics: ["drugs"],
    startsOn: londonDay(15),
    endsOn: null,
    time: "10:00",
    durationMinutes: 60,
    recurrence: { kind: "weekly", weekday: weekdayOf(yesterday), everyWeeks: 1 },
    skippedDays: [],
    staffIds: [staffId],
  });
  return { partnerId: partner.id, name, day: yesterday };
}

async function logOnDevice(page: Page, mosque: string, headcount: string) {
  const which = page.getByRole("combobox", { name: en("outreachOffline.log.which") });
  const option = which.locator("option").filter({ hasText: mosque });
  await which.selectOption(await option.getAttribute("value"));
  await page.getByTestId("headcount-total").fill(headcount);
  await page.getByTestId("save-session").click();
  await shows(page.getByText(en("outreachOffline.log.saved")));
}

const waiting = (page: Page) => page.getByTestId("waiting-count");

/** Every record of the device's offline store as text (sealed bytes read as Latin-1), in the page. */
async function readOfflineDatabase(): Promise<string[]> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const opening = indexedDB.open("pathways-outreach-offline");
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(new Error("not opened"));
  });
  const asText = (value: unknown): string => {
    if (value instanceof ArrayBuffer || value instanceof Uint8Array) return new TextDecoder("latin1").decode(value);
    if (value && typeof value === "object") return Object.values(value).map(asText).join(" ");
    return String(value);
  };
  const all = await Promise.all(
    (["lock", "pack", "entries"] as const).map(
      (name) =>
        new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(new Error("not read"));
        }),
    ),
  );
  db.close();
  return all.flat().map(asText);
}

describe("offline outreach", () => {
  test("two sessions logged with no signal (and a reload) arrive exactly once when the signal returns; one already logged is shown and kept", async ({ context, page, newContext }) => {
    const birmingham = await siteId("Birmingham");
    const invited = await invite({ displayName: "Amina Rafiq", role: "outreach_worker", site: "Birmingham", emailLabel: "amina.rafiq" });
    const worker = await acceptThroughApi(context, invited);
    await page.setViewportSize(phone);
    const suffix = Math.random().toString(36).slice(2, 7);
    const greenLane = await mosqueWithSchedule(context, birmingham, worker.user.id, `Green Lane Mosque ${suffix}`);
    const alHikmah = await mosqueWithSchedule(context, birmingham, worker.user.id, `Al-Hikmah Mosque ${suffix}`);
    const centralJamia = await mosqueWithSchedule(context, birmingham, worker.user.id, `Central Jamia ${suffix}`);

    // With a signal: choose the offline PIN; the app shell is kept by the service worker.
    await page.goto("/outreach/offline");
    await page.getByLabel(en("outreachOffline.pin.choose"), { exact: true }).fill(pin);
    await page.getByLabel(en("outreachOffline.pin.again")).fill(pin);
    await page.getByRole("button", { name: en("outreachOffline.prepare.submit") }).click();
    await shows(waiting(page).getByText(en("outreachOffline.allSent")));
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });

    // No signal: two sessions logged on the device.
    await context.setOffline(true);
    await shows(page.getByText(en("outreachOffline.offline"), { exact: true }));
    await logOnDevice(page, greenLane.name, "42");
    await logOnDevice(page, alHikmah.name, "17");
    await shows(waiting(page).getByText(en("outreachOffline.waiting_other", { count: 2 })));
    await review(page, "offline-outreach-waiting-en");

    // A reload with no network: the kept shell opens, and the PIN opens what waits.
    await page.reload();
    await shows(waiting(page).getByText(en("outreachOffline.waiting_other", { count: 2 })));
    await page.getByLabel(en("outreachOffline.pin.enter")).fill("000000");
    await page.getByRole("button", { name: en("outreachOffline.pin.unlock") }).click();
    await shows(page.getByText(en("outreachOffline.pin.wrong")));
    await page.getByLabel(en("outreachOffline.pin.enter")).fill(pin);
    await page.getByRole("button", { name: en("outreachOffline.pin.unlock") }).click();
    await shows(page.getByRole("heading", { name: en("outreachOffline.log.title") }));
    await shows(waiting(page).getByText(en("outreachOffline.waiting_other", { count: 2 })));
    await page.getByRole("radiogroup", { name: en("language.label") }).getByText(en("language.names.ur"), { exact: true }).click();
    await page.locator('html[lang="ur"][dir="rtl"]').waitFor({ state: "attached" });
    await shows(waiting(page).getByText(ur("outreachOffline.waiting_other", { count: 2 })));
    await review(page, "offline-outreach-waiting-ur");
    await page.getByRole("radiogroup", { name: ur("language.label") }).getByText(ur("language.names.en"), { exact: true }).click();
    await page.locator('html[lang="en"][dir="ltr"]').waitFor({ state: "attached" });
    await shows(waiting(page).getByText(en("outreachOffline.waiting_other", { count: 2 })));

    // Meanwhile a colleague, online, logged the Central Jamia session; she logs it too, offline.
    const colleagueInvite = await invite({ displayName: "Yusuf Begum", role: "outreach_worker", site: "Birmingham", emailLabel: "yusuf.begum" });
    const colleague = await newContext();
    const colleagueSession = await acceptThroughApi(colleague, colleagueInvite);
    const schedules = z.object({ items: z.array(z.object({ id: z.string(), partner: z.object({ id: z.string() }) }).passthrough()) }).passthrough();
    const centralSchedule = (await api(colleague, "GET", `/api/outreach/schedules?siteId=${birmingham}`, schedules)).items.find((item) => item.partner.id === centralJamia.partnerId)!;
    await api(colleague, "POST", "/api/outreach/sessions", created, { scheduleId: centralSchedule.id, occurrenceDay: centralJamia.day, topics: [], staffIds: [colleagueSession.user.id], headcount: { total: 30 }, followUpContacts: 0, resources: [], notes: "" });
    await logOnDevice(page, centralJamia.name, "31");
    await shows(waiting(page).getByText(en("outreachOffline.waiting_other", { count: 3 })));

    // What the device keeps is sealed: no mosque's name or headcount readable in IndexedDB.
    const stored = await page.evaluate(readOfflineDatabase);
    expect(stored.length).toBeGreaterThan(0);
    for (const text of stored) expect(text).not.toContain(greenLane.name);

    // The signal returns: the entries go by themselves; the duplicate waits for her choice.
    await context.setOffline(false);
    const conflict = await shows(page.getByTestId("offline-conflict"));
    await shows(waiting(page).getByText(en("outreachOffline.waiting_one", { count: 1 })));
    await expect.poll(async () => (await conflict.innerText()).includes("30") && (await conflict.innerText()).includes("31")).toBe(true);
    await review(page, "offline-outreach-conflict-en");
    await conflict.getByRole("button", { name: en("outreachOffline.conflict.keepHeld") }).click();
    await shows(waiting(page).getByText(en("outreachOffline.allSent")));

    // Each arrived exactly once; the colleague's session stands as logged.
    const list = await api(context, "GET", `/api/outreach/sessions?siteId=${birmingham}&from=${greenLane.day}&to=${greenLane.day}&pageSize=100`, outreachSessionListSchema);
    const at = (partnerId: string) => list.items.filter((item) => item.partner?.id === partnerId);
    expect(at(greenLane.partnerId).map((item) => item.headcountTotal)).toEqual([42]);
    expect(at(alHikmah.partnerId).map((item) => item.headcountTotal)).toEqual([17]);
    expect(at(centralJamia.partnerId).map((item) => item.headcountTotal)).toEqual([30]);

    // The service worker kept the app shell and no answer from the API.
    const kept = await page.evaluate(async () => (await Promise.all((await caches.keys()).map(async (name) => (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname)))).flat());
    expect(kept).toContain("/index.html");
    expect(kept.filter((path) => path.startsWith("/api/"))).toEqual([]);

    // From the calendar, where the way here is offered; signing out deletes what the device kept.
    await page.getByRole("link", { name: en("outreachOffline.backToApp") }).click();
    await shows(page.getByTestId("log-offline"));
    await page.getByRole("button", { name: en("shell.userMenu", { name: invited.displayName }) }).click();
    await page.getByRole("menuitem", { name: en("shell.signOut") }).click();
    await page.waitForURL("**/sign-in");
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((database) => database.name))).not.toContain("pathways-outreach-offline");
  });
});
