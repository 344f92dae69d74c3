/**
 * Journey: a case goes to the Community Safeguarding Panel. A Birmingham caseworker escalates an
 * assessed case from its Panel tab, writing the young man's name and postcode into the reason; the
 * page warns her before saving, and she goes ahead. The safeguarding lead adds the escalation to a meeting under way. An
 * outside member from the police, invited to a panel-only account, signs in: she sees only the
 * panel, reads the case's redacted summary (initials and an age band; the name and postcode
 * blacked out) and records the panel's decision with an action for the caseworker. Once the
 * meeting's access window has closed (the lead moves the meeting to when it really ended), the
 * same member is told the case is not found. The minutes PDF names no one.
 */
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect } from "vitest";
import { z } from "zod";
import { sessionSchema } from "../core/api/auth.js";
import { createdMemberSchema, meetingDetailSchema } from "../core/api/panel.js";
import { pdfText } from "../test/pdf-text.js";
import { navigation } from "./support/app-pages.js";
import { londonDay } from "./support/assessment-pages.js";
import { pageHeading, review, shows, test } from "./support/browser.js";
import { acceptedReferral, assessedWithToolkit } from "./support/casework.js";
import { isolated, isolatedReference, translator } from "./support/catalogue.js";
import { enrolInvited, signInAsNewStaff, siteId, uniqueEmail } from "./support/staff.js";

const en = translator("en");
const ur = translator("ur");

const person = { givenName: "Yasir", familyName: "Mahmood", dateOfBirth: "2006-03-14", phone: "07700 900456", postcode: "B11 1AA" };
const caseworkerName = "Rehana Aziz";

/** Calls the API as whoever is signed in within `context`, with their CSRF token. */
async function api<S extends z.ZodType>(context: BrowserContext, method: "GET" | "POST" | "PUT" | "PATCH", url: string, schema: S, data?: unknown): Promise<z.infer<S>> {
  const { csrfToken } = sessionSchema.parse(await (await context.request.get("/api/auth/session")).json());
  const response = await context.request.fetch(url, { method, headers: { "x-csrf-token": csrfToken }, ...(data === undefined ? {} : { data }) });
  if (!response.ok()) throw new Error(`${method} ${url} answered ${response.status()}: ${await response.text()}`);
  return schema.parse(await response.json());
}

const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

/** Everything in the page's main region, as one string, for checking what it does not say. */
const mainText = async (page: Page) => (await page.getByRole("main").innerText()).replace(/\s+/g, " ");

describe("community safeguarding panel", () => {
  test("escalated, added to a meeting, read redacted and decided by an outside member within the window, not found after it; minutes name no one", async ({
    context: caseworkerContext,
    page: caseworker,
    newContext,
  }) => {
    const birmingham = await siteId("Birmingham");
    await signInAsNewStaff(caseworkerContext, { displayName: caseworkerName, role: "caseworker", site: "Birmingham", emailLabel: "rehana.aziz" });
    const leadContext = await newContext();
    await signInAsNewStaff(leadContext, { displayName: "Omar Siddiqui", role: "safeguarding_lead", site: "Birmingham", emailLabel: "omar.siddiqui" });
    const lead = await leadContext.newPage();

    const kase = await acceptedReferral(caseworkerContext, birmingham, person);
    await assessedWithToolkit(caseworkerContext, leadContext, kase.id, { radicalisation_extremism_push: 3, radicalisation_extremism_pull: 3, family_push: 2 }, "intensive");

    // The lead seats an officer from the police on the panel and calls a meeting that is under way.
    const vetting = { checkedOn: londonDay(200), expiresOn: londonDay(-500) };
    const created = await api(leadContext, "POST", "/api/panel/members", createdMemberSchema, {
      kind: "external",
      siteId: birmingham,
      displayName: "Claire Dawson",
      email: uniqueEmail("claire.dawson"),
      memberOrganisation: "West Midlands Police",
      panelRole: "member",
      skills: ["policing", "prevent_and_channel"],
      vetting,
      term: { from: londonDay(30), to: null },
      isActive: true,
    });
    if (!created.invitationUrl) throw new Error("an outside member is invited");
    const meeting = await api(leadContext, "POST", "/api/panel/meetings", z.object({ id: z.string() }), {
      siteId: birmingham,
      startsAt: minutesFromNow(-30),
      endsAt: minutesFromNow(90),
      location: "Committee room 2",
      minutesBefore: 72 * 60,
      minutesAfter: 24 * 60,
      attendeeIds: [created.member.id],
    });

    // The caseworker escalates from the case's Panel tab, and is asked to reword what names him.
    await caseworker.goto(`/cases/${kase.id}?tab=panel`);
    await shows(caseworker.getByRole("tab", { name: en("panel.caseTab.tab"), selected: true }));
    await caseworker.getByRole("button", { name: en("panel.caseTab.escalate"), exact: true }).click();
    const dialog = await shows(caseworker.getByRole("dialog", { name: en("panel.escalate.title") }));
    await dialog.getByLabel(en("panel.escalate.reason")).fill(`${person.givenName} has been seen with an older group sharing extremist videos near ${person.postcode}.`);
    await dialog.getByLabel(en("panel.escalate.riskSummary")).fill("Risk of radicalisation rising over a month; isolated from family; missed sessions.");
    await review(caseworker, "panel-escalate-en");
    await dialog.getByRole("button", { name: en("panel.escalate.submit"), exact: true }).click();
    // Checked before anything is saved: she could reword, but goes ahead knowing the panel sees it blacked out.
    await shows(dialog.getByText(en("panel.warnings.title")));
    await review(caseworker, "panel-escalate-warned-en");
    await dialog.getByRole("button", { name: en("panel.escalate.submitAnyway"), exact: true }).click();
    await dialog.waitFor({ state: "detached" });
    await shows(caseworker.getByText(en("panel.states.submitted")).first());

    // The lead adds it to the meeting's agenda.
    await lead.goto(`/panel/meetings/${meeting.id}`);
    await lead.getByRole("button", { name: en("panel.meeting.add") }).first().click();
    await shows(lead.getByText(en("panel.meeting.added")));
    await shows(lead.getByRole("link", { name: en("panel.meeting.openCaseNamed", { reference: isolatedReference(kase.reference) }) }));

    // The outside member signs in: the panel is all she sees.
    const memberContext = await newContext();
    await enrolInvited(memberContext, { userId: created.member.userId, email: created.member.email, displayName: "Claire Dawson", invitationUrl: created.invitationUrl });
    const member = await memberContext.newPage();
    await member.goto("/");
    await shows(pageHeading(member, en("panel.meetings.title")));
    await expect.poll(async () => (await navigation(member, "en").getByRole("link").allInnerTexts()).sort()).toEqual([en("panel.nav.meetings"), en("panel.nav.myActions")].sort());
    expect((await memberContext.request.get(`/api/cases/${kase.id}`)).status()).toBe(404);

    await member.goto(`/panel/meetings/${meeting.id}`);
    await member.getByRole("link", { name: en("panel.meeting.openCaseNamed", { reference: isolatedReference(kase.reference) }) }).click();
    await shows(pageHeading(member, en("panel.case.title", { initials: isolated("Y. M."), reference: isolatedReference(kase.reference) })));
    const shown = await mainText(member);
    for (const identifying of [person.givenName, person.familyName, person.postcode, person.phone, "2006", "14 Mar 2006", "14/03/2006"]) expect(shown).not.toContain(identifying);
    expect(shown).toContain("[name]");
    expect(shown).toContain("[postcode]");
    await review(member, "panel-case-en", { isFullPage: true });

    // She records the decision with an action for the caseworker.
    await member.getByLabel(en("panel.decision.summary")).fill("The panel heard the concerns from the worker and the police. Below the threshold for Channel for now; theology sessions and family work.");
    await member.getByRole("combobox", { name: en("panel.decision.kind") }).selectOption({ label: en("panel.decisionKinds.monitor_and_review") });
    await member.getByRole("button", { name: en("panel.decision.addAction"), exact: true }).click();
    await member.getByRole("textbox", { name: en("panel.decision.actionNumber", { number: 1 }) }).fill("Arrange two sessions with the theology adviser.");
    await member.getByRole("combobox", { name: en("panel.actions.owner") }).selectOption({ label: caseworkerName });
    await member.getByLabel(en("panel.actions.due")).fill(londonDay(-14));
    await member.getByRole("button", { name: en("panel.decision.submit"), exact: true }).click();
    await shows(member.getByText(en("panel.decision.recorded")));
    await shows(member.getByText(en("panel.decisionKinds.monitor_and_review")).first());

    // In Urdu the same summary reads right to left, still without a name.
    await api(memberContext, "PATCH", "/api/auth/preferences", z.unknown(), { language: "ur" });
    await member.reload();
    await shows(pageHeading(member, ur("panel.case.title", { initials: isolated("Y. M."), reference: isolatedReference(kase.reference) })));
    expect(await mainText(member)).not.toContain(person.givenName);
    await review(member, "panel-case-ur", { isFullPage: true });

    // The meeting really ended two hours ago and its papers closed an hour after: she is told the case is not found.
    const current = await api(leadContext, "GET", `/api/panel/meetings/${meeting.id}`, meetingDetailSchema);
    await api(leadContext, "PUT", `/api/panel/meetings/${meeting.id}`, z.unknown(), {
      startsAt: minutesFromNow(-180),
      endsAt: minutesFromNow(-120),
      location: current.location,
      minutesBefore: current.minutesBefore,
      minutesAfter: 60,
      attendeeIds: [created.member.id],
      version: current.version,
    });
    await member.reload();
    await shows(pageHeading(member, ur("panel.notFound.title")));
    expect((await memberContext.request.get(`/api/panel/meetings/${meeting.id}/cases/${kase.id}`)).status()).toBe(404);

    // The minutes carry initials and the decision, never the name, date of birth, postcode or phone.
    const minutes = await leadContext.request.get(`/api/panel/meetings/${meeting.id}/minutes.pdf`);
    expect(minutes.headers()["content-type"]).toContain("application/pdf");
    const text = pdfText(await minutes.body()).replace(/\s+/g, "");
    expect(text).toContain("Y.M.");
    expect(text).toContain(kase.reference);
    for (const identifying of [person.givenName, person.familyName, person.postcode, person.phone, person.dateOfBirth]) expect(text).not.toContain(identifying.replace(/\s+/g, ""));
  });
});
