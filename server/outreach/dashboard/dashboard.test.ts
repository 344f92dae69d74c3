import { describe, expect, it } from "vitest";
import { addDays } from "../../../core/instruments/reassessment.js";
import { londonDay } from "../../../core/london-time.js";
import { testApp } from "../../../test/app.js";
import { createOrganisation, createUser, type TestOrganisation } from "../../../test/factories.js";
import { expectCleanRefusal, signInAs, type Agent } from "../../../test/http.js";
import { createTestPartner } from "../../../test/outreach-factories.js";
import { deliverTestTraining, logTestSession } from "./test-support.js";

const { app, deps } = await testApp();
const daysAgo = (days: number) => new Date(deps.now().getTime() - days * 86_400_000);

async function refer(caseworker: Agent, organisation: TestOrganisation, sourceCode: string, attribution?: Record<string, string>, reasons = ["substance_misuse"]) {
  const response = await caseworker.request("POST", "/api/referrals", {
    siteId: organisation.siteIds[0],
    sourceCode,
    person: { givenName: "Zain" },
    ...(sourceCode === "self" ? {} : { referrer: { name: "Someone who cares" } }),
    reasons,
    concern: "Met our team at the mosque and asked for help.",
    urgency: "routine",
    isReferrerConsentGiven: true,
    ...(attribution ? { attribution } : {}),
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
}

/**
 * A site's quarter: three sessions (two at the mosque, one in the park), one older session and one
 * at the other site that must not count, a training at the college, and five referrals: two from
 * the mosque's Friday session (both taken on, one of whom began support), one from the college, one
 * self-referral, and one restricted referral from the mosque's second session.
 */
async function scenario() {
  const organisation = await createOrganisation(deps.db);
  const caseworker = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "caseworker" }), deps.now());
  const manager = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "team_manager" }), deps.now());
  const trainer = await createUser(deps.db, deps.vault, organisation, { role: "outreach_worker" });
  const mosque = await createTestPartner(deps, organisation, { name: "Green Lane Mosque" });
  const college = await createTestPartner(deps, organisation, { name: "Small Heath College", type: "college" });
  const elsewhere = await createTestPartner(deps, organisation, { site: 1, name: "Cheetham Hill Mosque" });

  const friday = await logTestSession(deps, organisation, { partnerId: mosque.id, startsAt: daysAgo(5), headcount: 120, followUpContacts: 6, handedOut: { drug_awareness_kit: 10, leaflet_ur: 20 } });
  const secondFriday = await logTestSession(deps, organisation, { partnerId: mosque.id, startsAt: daysAgo(12), headcount: 80, followUpContacts: 4 });
  const park = await logTestSession(deps, organisation, { partnerId: null, startsAt: daysAgo(40), headcount: 50, sessionType: "stall", handedOut: { drug_awareness_kit: 5 } });
  await logTestSession(deps, organisation, { partnerId: mosque.id, startsAt: daysAgo(200), headcount: 999, followUpContacts: 50 });
  await logTestSession(deps, organisation, { site: 1, partnerId: elsewhere.id, startsAt: daysAgo(3), headcount: 777, followUpContacts: 30 });
  await deliverTestTraining(deps, organisation, { partnerId: college.id, deliveredOn: londonDay(daysAgo(10)), trainerId: trainer.id, attendees: 3 });

  const engaged = await refer(caseworker, organisation, "faith_leader", { outreachSessionId: friday.id });
  const notYetEngaged = await refer(caseworker, organisation, "faith_leader", { outreachSessionId: friday.id });
  await refer(caseworker, organisation, "school_college", { partnerId: college.id });
  await refer(caseworker, organisation, "self");
  await refer(caseworker, organisation, "faith_leader", { outreachSessionId: secondFriday.id }, ["radicalisation_extremism"]);

  // The first person from the Friday session is taken on and support begins.
  const triaged = await manager.request("POST", `/api/referrals/${engaged}/triage`, { decision: "accept", reason: "Wants help; consents." });
  expect(triaged.statusCode, triaged.body).toBe(200);
  const caseId = triaged.json().caseId as string;
  const begun = await manager.request("POST", `/api/cases/${caseId}/transitions`, { event: { type: "begin_support", tier: "low_level" }, reason: "Assessment done.", version: 1 });
  expect(begun.statusCode, begun.body).toBe(200);
  // The second is taken on too, but support has not begun: not engaged yet.
  expect((await manager.request("POST", `/api/referrals/${notYetEngaged}/triage`, { decision: "accept", reason: "Assessment booked." })).statusCode).toBe(200);

  return { organisation, mosque, college, friday, secondFriday, park };
}

/** The months (YYYY-MM) from one day's to another's, both included. */
function monthsFrom(from: string, to: string): string[] {
  const months: string[] = [];
  const cursor = new Date(`${from.slice(0, 7)}-01T00:00:00Z`);
  while (cursor.toISOString().slice(0, 7) <= to.slice(0, 7)) {
    months.push(cursor.toISOString().slice(0, 7));
    cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  }
  return months;
}

/** What the months hold, from the scenario's own dates. */
function monthOf(date: Date) {
  return londonDay(date).slice(0, 7);
}

describe("outreach.dashboard", () => {
  it("counts a site's reach, training, resources and referrals from outreach over the period, with the funnel to engagement", async () => {
    const { organisation, mosque, college, friday, secondFriday, park } = await scenario();
    const outreachWorker = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "outreach_worker" }), deps.now());
    const today = londonDay(deps.now());
    const from = addDays(today, -90);
    const response = await outreachWorker.request("GET", `/api/outreach/dashboard?siteId=${organisation.siteIds[0]}&from=${from}&to=${today}`);
    expect(response.statusCode, response.body).toBe(200);
    const board = response.json();
    expect(board).toMatchObject({ siteId: organisation.siteIds[0], from, to: today, includesRestricted: false });
    expect(board.headline).toEqual({
      sessionsDelivered: 3,
      peopleReached: 120 + 80 + 50,
      // The mosque (sessions, referrals) and the college (training, a referral); the park is no partner.
      partnersActive: 2,
      trainingsDelivered: 1,
      peopleTrained: 3,
      resourcesDistributed: 10 + 20 + 5,
      // The restricted referral is for the safeguarding lead alone.
      referrals: 4,
      referralsFromOutreach: 3,
    });
    expect(board.conversion).toEqual({ contacts: 6 + 4, referrals: 2, engaged: 1, referralRate: 0.2, engagementRate: 0.5 });
    expect(board.referralsByPartner).toEqual({
      top: [
        { partnerId: mosque.id, name: "Green Lane Mosque", count: 2 },
        { partnerId: college.id, name: "Small Heath College", count: 1 },
      ],
      others: { partners: 0, referrals: 0 },
    });
    expect(board.referralsBySource).toEqual([
      { code: "faith_leader", label: "Mosque or faith leader", count: 2, fromOutreach: 2 },
      { code: "school_college", label: "School or college", count: 1, fromOutreach: 1 },
      { code: "self", label: "Self-referral", count: 1, fromOutreach: 0 },
    ]);
    expect(board.resourcesByItem.map((item: { code: string; quantity: number }) => [item.code, item.quantity])).toEqual([
      ["leaflet_ur", 20],
      ["drug_awareness_kit", 15],
    ]);
    expect(board.abilities).toEqual({ partnerSummary: true });

    // Every month the 90 days touch (three or four, by the date), in order; each session, person and referral sits in its own month.
    expect(board.monthly.map((month: { month: string }) => month.month)).toEqual(monthsFrom(from, today));
    const expected = new Map<string, { sessions: number; peopleReached: number; resourcesDistributed: number }>();
    for (const [session, people, resources] of [[friday, 120, 30], [secondFriday, 80, 0], [park, 50, 5]] as const) {
      const month = expected.get(monthOf(session.startsAt)) ?? { sessions: 0, peopleReached: 0, resourcesDistributed: 0 };
      expected.set(monthOf(session.startsAt), { sessions: month.sessions + 1, peopleReached: month.peopleReached + people, resourcesDistributed: month.resourcesDistributed + resources });
    }
    for (const month of board.monthly) {
      expect({ sessions: month.sessions, peopleReached: month.peopleReached, resourcesDistributed: month.resourcesDistributed }, month.month).toEqual(expected.get(month.month) ?? { sessions: 0, peopleReached: 0, resourcesDistributed: 0 });
      expect(month.peopleTrained, month.month).toBe(month.month === monthOf(daysAgo(10)) ? 3 : 0);
      expect(month.referralsFromOutreach, month.month).toBe(month.month === today.slice(0, 7) ? 3 : 0);
    }
    // Counts only: no one is named.
    expect(response.body).not.toContain("Zain");
  });

  it("counts restricted referrals for the site's safeguarding lead, and nobody else", async () => {
    const { organisation, mosque } = await scenario();
    const lead = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "safeguarding_lead" }), deps.now());
    const board = (await lead.request("GET", `/api/outreach/dashboard?siteId=${organisation.siteIds[0]}`)).json();
    expect(board.includesRestricted).toBe(true);
    expect(board.headline).toMatchObject({ referrals: 5, referralsFromOutreach: 4 });
    expect(board.conversion).toMatchObject({ referrals: 3, engaged: 1 });
    expect(board.referralsByPartner.top[0]).toEqual({ partnerId: mosque.id, name: "Green Lane Mosque", count: 3 });
  });

  it("covers the last 12 months unless asked: twelve months, this one last", async () => {
    const { organisation } = await scenario();
    const caseworker = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "caseworker" }), deps.now());
    const board = (await caseworker.request("GET", "/api/outreach/dashboard")).json();
    const today = londonDay(deps.now());
    expect(board.to).toBe(today);
    expect(board.from.slice(8)).toBe("01");
    expect(board.monthly).toHaveLength(12);
    expect(board.monthly.at(-1).month).toBe(today.slice(0, 7));
    // The older session (200 days ago) is within the year: four sessions, 999 more people.
    expect(board.headline).toMatchObject({ sessionsDelivered: 4, peopleReached: 1249 });
    expect(board.abilities).toEqual({ partnerSummary: false });
  });

  it("names the partners with most referrals, ten at most, and counts the rest together", async () => {
    const organisation = await createOrganisation(deps.db);
    const caseworker = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "caseworker" }), deps.now());
    const partners = [];
    for (let index = 0; index < 12; index += 1) partners.push(await createTestPartner(deps, organisation, { name: `Partner ${String(index).padStart(2, "0")}`, type: "school" }));
    // Partner 00 brings three referrals, partner 01 two, the rest one each.
    for (const [index, partner] of partners.entries()) {
      for (let times = 0; times < (index === 0 ? 3 : index === 1 ? 2 : 1); times += 1) await refer(caseworker, organisation, "school_college", { partnerId: partner.id });
    }
    const board = (await caseworker.request("GET", `/api/outreach/dashboard?siteId=${organisation.siteIds[0]}`)).json();
    expect(board.referralsByPartner.top.map((row: { name: string; count: number }) => [row.name, row.count])).toEqual([
      ["Partner 00", 3],
      ["Partner 01", 2],
      ...[2, 3, 4, 5, 6, 7, 8, 9].map((index) => [`Partner ${String(index).padStart(2, "0")}`, 1]),
    ]);
    expect(board.referralsByPartner.others).toEqual({ partners: 2, referrals: 2 });
  });

  it("refuses a period ending before it starts or longer than three years, and a site where the user reads no outreach", async () => {
    const organisation = await createOrganisation(deps.db);
    const caseworker = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "caseworker" }), deps.now());
    const site = organisation.siteIds[0];
    const backwards = await caseworker.request("GET", `/api/outreach/dashboard?siteId=${site}&from=2026-03-01&to=2026-02-01`);
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.fields.map((field: { path: string }) => field.path)).toEqual(["query.to"]);
    const tooLong = await caseworker.request("GET", `/api/outreach/dashboard?siteId=${site}&from=2020-01-01&to=2024-01-01`);
    expect(tooLong.statusCode).toBe(400);
    expect((await caseworker.request("GET", `/api/outreach/dashboard?siteId=${site}&from=2021-01-01&to=2023-12-31`)).statusCode).toBe(200);
    const onlyFrom = await caseworker.request("GET", `/api/outreach/dashboard?siteId=${site}&from=2019-01-01`);
    expect(onlyFrom.statusCode).toBe(400);
    expect(onlyFrom.json().error.fields).toEqual([{ path: "query.to", message: "At most three years at once." }]);
    const elsewhere = await caseworker.request("GET", `/api/outreach/dashboard?siteId=${organisation.siteIds[1]}`);
    expectCleanRefusal(elsewhere);
    expect(elsewhere.statusCode).toBe(403);
  });
});
