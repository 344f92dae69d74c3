/**
 * Journey: community outreach on a phone. A Birmingham outreach worker sets up Friday presence at a
 * mosque every week, and after Friday prayers logs the session from the calendar on her phone: 42
 * people, by gender, and 10 drug awareness kits handed out; the kits in stock go down by 10. A
 * caseworker, back at the office, records a referral from that session through the session's own
 * link; the referral shows where it came from, the mosque's page counts it, and the outreach
 * dashboard counts one more referral from outreach. The calendar and dashboard are read in Urdu too.
 */
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect } from "vitest";
import { z } from "zod";
import { sessionSchema } from "../core/api/auth.js";
import { outreachOptionsSchema } from "../core/api/outreach.js";
import { addDays } from "../core/instruments/reassessment.js";
import { weekdayOf } from "../core/outreach/schedule.js";
import { londonDay } from "./support/assessment-pages.js";
import { pageHeading, review, shows, test } from "./support/browser.js";
import { translator } from "./support/catalogue.js";
import { acceptThroughApi, invite, signInAsNewStaff, siteId } from "./support/staff.js";

const en = translator("en");
const ur = translator("ur");

/** A phone held upright. */
const phone = { width: 390, height: 844 };

/** Calls the API as whoever is signed in within `context`, with their CSRF token. */
async function api<S extends z.ZodType>(context: BrowserContext, method: "GET" | "POST" | "PATCH", url: string, schema: S, data?: unknown): Promise<z.infer<S>> {
  const { csrfToken } = sessionSchema.parse(await (await context.request.get("/api/auth/session")).json());
  const response = await context.request.fetch(url, { method, headers: { "x-csrf-token": csrfToken }, ...(data === undefined ? {} : { data }) });
  if (!response.ok()) throw new Error(`${method} ${url} answered ${response.status()}: ${await response.text()}`);
  return schema.parse(await response.json());
}

const londonClock = () => new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date());

/** The latest Friday whose 13:00 session has begun: this week's once it has started, else last week's. */
function latestFridaySession(): string {
  for (let daysAgo = 0; daysAgo <= 7; daysAgo += 1) {
    const day = londonDay(daysAgo);
    if (weekdayOf(day) === 5 && (daysAgo > 0 || londonClock() >= "13:01")) return day;
  }
  throw new Error("no Friday in the last week");
}

/** The Monday of a day's week, as the calendar's `?week=` takes it. */
const mondayOf = (day: string) => addDays(day, 1 - weekdayOf(day));

const kitsHeld = async (context: BrowserContext, site: string) =>
  (await api(context, "GET", `/api/outreach/options?siteId=${site}`, outreachOptionsSchema)).stock.find((item) => item.code === "drug_awareness_kit")?.level ?? 0;

const figure = async (page: Page, key: string) => Number((await (await shows(page.getByTestId(`outreach-figure-${key}-value`))).innerText()).replace(/[^\d]/g, ""));

describe("community outreach", () => {
  test("a weekly Friday session at a mosque is logged on a phone with its headcount and 10 kits, stock goes down, and a referral from it is counted on the dashboard", async ({
    context: outreachContext,
    page,
    newContext,
  }) => {
    const birmingham = await siteId("Birmingham");
    // Outreach workers see no client data, so they sign in without a second factor.
    const invited = await invite({ displayName: "Maryam Hussain", role: "outreach_worker", site: "Birmingham", emailLabel: "maryam.hussain" });
    expect((await acceptThroughApi(outreachContext, invited)).mfaState).toBe("complete");
    await page.setViewportSize(phone);

    const mosque = `Al-Hikmah Mosque ${Math.random().toString(36).slice(2, 7)}`;
    await api(outreachContext, "POST", "/api/outreach/partners", z.object({ id: z.string() }).passthrough(), {
      siteId: birmingham,
      name: mosque,
      type: "mosque",
      address: "Coventry Road, Small Heath",
      postcode: "B10 0RX",
      languages: ["ur", "en"],
      pathways: ["hosts_sessions", "can_refer"],
      contacts: [],
      agreements: [],
      notes: "",
    });
    await page.goto("/outreach");
    const referralsBefore = await figure(page, "referralsFromOutreach");

    // Every Friday at 13:00, from a few weeks ago.
    await page.goto("/outreach/calendar/schedules");
    await page.getByTestId("new-schedule").click();
    const dialog = await shows(page.getByRole("dialog"));
    await dialog.getByTestId("schedule-partner").selectOption({ label: mosque });
    expect(await dialog.getByTestId("schedule-type").inputValue()).toBe("friday_mosque_presence");
    expect(await dialog.getByTestId("schedule-weekday").inputValue()).toBe("5");
    await dialog.getByTestId("schedule-time").fill("13:00");
    await dialog.getByTestId("schedule-starts-on").fill(londonDay(21));
    await review(page, "outreach-schedule-phone-en");
    await dialog.getByTestId("save-schedule").click();
    await dialog.waitFor({ state: "hidden" });
    await shows(page.getByText(mosque).first());

    // After Friday prayers: the week's calendar, and "Log this session" on the mosque's card.
    const friday = latestFridaySession();
    const kitsBefore = await kitsHeld(outreachContext, birmingham);
    expect(kitsBefore).toBeGreaterThanOrEqual(10);
    await page.goto(`/outreach/calendar?week=${mondayOf(friday)}`);
    const card = await shows(page.getByTestId("outreach-occurrence").and(page.locator(`[data-day="${friday}"]`)).filter({ hasText: mosque }));
    await review(page, "outreach-calendar-phone-en");
    await card.getByTestId("log-occurrence").click();
    await page.waitForURL(`**/outreach/calendar/*/${friday}/log`);

    await page.getByTestId("headcount-total").fill("42");
    await page.getByTestId("headcount-bands-toggle").click();
    await page.getByTestId("headcount-byGender-male").fill("25");
    await page.getByTestId("headcount-byGender-female").fill("17");
    await page.getByTestId("resource-quantity-drug_awareness_kit").fill("10");
    await review(page, "outreach-log-session-phone-en");
    await page.getByTestId("save-session").click();

    await page.waitForURL(/\/outreach\/sessions\/[0-9a-f-]{36}$/);
    const sessionUrl = new URL(page.url()).pathname;
    await shows(page.getByTestId("session-saved"));
    expect(await page.getByTestId("session-headcount").innerText()).toBe("42");
    const kits = page.getByTestId("session-resource-drug_awareness_kit");
    expect(await kits.getByTestId("handed-out").innerText()).toBe("10");
    expect(await kits.getByTestId("stock-left").innerText()).toBe(String(kitsBefore - 10));
    expect(await kitsHeld(outreachContext, birmingham)).toBe(kitsBefore - 10);
    await review(page, "outreach-session-logged-phone-en");

    // Back in the calendar the card says it is logged, with the headcount.
    await page.goto(`/outreach/calendar?week=${mondayOf(friday)}`);
    const logged = page.getByTestId("outreach-occurrence").and(page.locator(`[data-day="${friday}"]`)).filter({ hasText: mosque });
    await shows(logged.getByTestId("occurrence-logged"));
    expect(await logged.getByTestId("log-occurrence").count()).toBe(0);

    // A caseworker records a referral from that session, through its own link.
    const caseworkerContext = await newContext();
    await signInAsNewStaff(caseworkerContext, { displayName: "Bushra Anwar", role: "caseworker", site: "Birmingham", emailLabel: "bushra.anwar" });
    const caseworker = await caseworkerContext.newPage();
    await caseworker.goto(sessionUrl);
    await caseworker.getByRole("link", { name: en("outreachSessions.session.refer") }).click();
    await caseworker.waitForURL("**/referrals/new?outreachSession=*");
    await shows(pageHeading(caseworker, en("referrals.form.title")));
    const source = caseworker.getByRole("group", { name: en("referrals.form.sourceLegend") });
    await source.getByRole("combobox", { name: en("referrals.source") }).selectOption("faith_leader");
    await source.getByRole("textbox", { name: en("referrals.form.referrerName") }).fill("Imam Bilal Qadri");
    await source.getByRole("textbox", { name: en("referrals.form.phone") }).fill("07700 900611");
    await source.getByRole("checkbox", { name: en("referrals.form.consent") }).check();
    await caseworker.getByRole("group", { name: en("referrals.form.personLegend") }).getByRole("textbox", { name: en("clients.fields.givenName") }).fill("Adil");
    await caseworker.getByRole("checkbox", { name: en("referrals.reasons.substance_misuse") }).check();
    await caseworker.getByRole("radio", { name: en("referrals.urgency.soon") }).check();
    await caseworker.getByRole("textbox", { name: en("referrals.concern") }).fill("Came to the stall after prayers: his father worries about cannabis and older friends.");
    await review(caseworker, "referral-from-outreach-form-en");
    await caseworker.getByRole("button", { name: en("referrals.form.submit") }).click();
    // Recorded, it opens on its own page, which says where it came from.
    await caseworker.waitForURL(/\/referrals\/[0-9a-f-]{36}$/);
    const attribution = await shows(caseworker.getByTestId("referral-attribution"));
    expect(await attribution.innerText()).toContain(mosque);
    await review(caseworker, "referral-from-outreach-en");

    // The dashboard counts it, and the mosque's bar shows it; the session's page and the partner's too.
    await page.goto("/outreach");
    await expect.poll(() => figure(page, "referralsFromOutreach")).toBe(referralsBefore + 1);
    expect(await page.getByTestId("outreach-chart-partners").innerText()).toContain(mosque);
    await review(page, "outreach-dashboard-phone-en");

    // In Urdu the calendar and the dashboard read right to left.
    const preference = await outreachContext.request.patch("/api/auth/preferences", {
      headers: { "x-csrf-token": sessionSchema.parse(await (await outreachContext.request.get("/api/auth/session")).json()).csrfToken },
      data: { language: "ur" },
    });
    expect(preference.status()).toBe(200);
    await page.goto(`/outreach/calendar?week=${mondayOf(friday)}`);
    await shows(pageHeading(page, ur("outreachSessions.calendar.title")));
    expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
    await shows(page.getByTestId("outreach-occurrence").and(page.locator(`[data-day="${friday}"]`)).filter({ hasText: mosque }).getByTestId("occurrence-logged"));
    await review(page, "outreach-calendar-phone-ur");
    await page.goto("/outreach");
    await shows(page.getByText(ur("outreachDashboard.figures.referralsFromOutreach")).first());
    await review(page, "outreach-dashboard-phone-ur");
  });
});
