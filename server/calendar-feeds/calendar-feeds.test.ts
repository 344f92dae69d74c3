import ICAL from "ical.js";
import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../test/app.js";
import { createTestCarePlan } from "../../test/care-plan-factories.js";
import { createTestCase } from "../../test/case-factories.js";
import { createOrganisation, createUser, type TestOrganisation } from "../../test/factories.js";
import { randomAddress, signInAs } from "../../test/http.js";
import { addDays } from "../../core/instruments/reassessment.js";
import { londonDay } from "../../core/london-time.js";
import { addTestMember, createTestMeeting } from "../panel/access/test-support.js";
import { createTestSession } from "../sessions/test-support.js";
import { auditEvents, calendarFeeds, caseAssignments, panelMembers, roleGrants, users } from "../db/schema.js";

const { app, deps } = await testApp();

/** A mentor who is key worker of a case with a care plan, a session on it, and a seat at a panel meeting. */
async function mentorWithWork(organisation: TestOrganisation) {
  const mentor = await createUser(deps.db, deps.vault, organisation, { grants: [{ role: "mentor", siteId: organisation.siteIds[0] }, { role: "panel_member", siteId: organisation.siteIds[0] }] });
  const { kase, person } = await createTestCase(deps, organisation, mentor.id, { keyWorkerId: mentor.id });
  const today = londonDay(deps.now());
  await createTestCarePlan(deps, kase, mentor.id, { nextReviewOn: addDays(today, 20) });
  const session = await createTestSession(deps, kase, [mentor.id], { startsAt: new Date(deps.now().getTime() + 2 * 86_400_000), attendance: null, notes: "Talked about his brother's debts" });
  const seat = await addTestMember(deps, organisation, mentor.id, { kind: "internal" });
  const meeting = await createTestMeeting(deps, organisation, mentor.id, { startsInMinutes: 3 * 24 * 60, attendeeIds: [seat.id] });
  const agent = await signInAs(app, mentor, deps.now());
  return { mentor, kase, person, session, meeting, agent, seat };
}

async function issue(agent: Awaited<ReturnType<typeof signInAs>>): Promise<string> {
  const response = await agent.request("POST", "/api/account/calendar-feed");
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ url: string }>().url;
}

const fetchFeed = (url: string) => app.inject({ method: "GET", url: new URL(url).pathname, remoteAddress: randomAddress() });

function eventsOf(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
}

describe("calendar-feeds.read", () => {
  it("serves the worker's sessions, reviews due and panel meetings as iCalendar, with references and never the client's name or notes", async () => {
    const organisation = await createOrganisation(deps.db);
    const { kase, person, session, meeting, agent } = await mentorWithWork(organisation);
    const url = await issue(agent);
    expect(url).toMatch(/^http:\/\/localhost:3000\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);

    const response = await fetchFeed(url);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(response.headers["cache-control"]).toBe("no-store");
    expect(response.headers["referrer-policy"]).toBe("no-referrer");
    for (const identifying of [person.givenName, person.familyName, person.dateOfBirth, person.postcode, person.phone ?? "07700", "debts"]) {
      expect(response.body).not.toContain(identifying);
    }
    const events = eventsOf(response.body);
    const byUid = new Map(events.map((event) => [event.uid, event]));
    const sessionEvent = byUid.get(`session-${session.id}@pathways`);
    expect(sessionEvent?.summary).toBe(`Session: case ${kase.reference}`);
    // iCalendar times are to the second.
    expect(sessionEvent?.startDate.toJSDate().getTime()).toBe(Math.floor(session.startsAt.getTime() / 1000) * 1000);
    expect(sessionEvent?.description).toContain(`http://localhost:3000/cases/${kase.id}`);
    expect(byUid.get(`panel-meeting-${meeting.id}@pathways`)?.location).toBe("Committee room 2");
    const review = events.find((event) => event.summary === `Care plan review due: case ${kase.reference}`);
    expect(review?.startDate.isDate).toBe(true);
    expect(review?.startDate.toString()).toBe(addDays(londonDay(deps.now()), 20));

    // The read is audited as the owner's, with counts only.
    const [audit] = await deps.db.select().from(auditEvents).where(and(eq(auditEvents.organisationId, organisation.id), eq(auditEvents.action, "calendar_feed.read")));
    expect(audit?.details).toMatchObject({ counts: { session: 1, care_plan_review: 1, panel_meeting: 1 } });
    expect(JSON.stringify(audit)).not.toContain(person.familyName);
  });

  it("holds only the owner's own items", async () => {
    const organisation = await createOrganisation(deps.db);
    const first = await mentorWithWork(organisation);
    const second = await mentorWithWork(organisation);
    const text = (await fetchFeed(await issue(first.agent))).body;
    expect(text).toContain(first.kase.reference);
    expect(text).not.toContain(second.kase.reference);
    expect(text).not.toContain(second.session.id);
    expect(text).not.toContain(second.meeting.id);
  });

  it("is written in the owner's language", async () => {
    const organisation = await createOrganisation(deps.db);
    const { mentor, kase, agent } = await mentorWithWork(organisation);
    await deps.db.update(users).set({ language: "ur" }).where(eq(users.id, mentor.id));
    const events = eventsOf((await fetchFeed(await issue(agent))).body);
    expect(events.map((event) => event.summary)).toContain(`سیشن: کیس ${kase.reference}`);
  });

  it("drops a case's items once the worker is no longer assigned to it, and the meeting once their seat ends", async () => {
    const organisation = await createOrganisation(deps.db);
    const { mentor, kase, agent, seat, meeting } = await mentorWithWork(organisation);
    const url = await issue(agent);
    expect((await fetchFeed(url)).body).toContain(kase.reference);
    await deps.db.update(caseAssignments).set({ endedAt: deps.now() }).where(and(eq(caseAssignments.caseId, kase.id), eq(caseAssignments.userId, mentor.id)));
    await deps.db.update(panelMembers).set({ isActive: false }).where(eq(panelMembers.id, seat.id));
    const after = await fetchFeed(url);
    expect(after.statusCode).toBe(200);
    expect(after.body).not.toContain(kase.reference);
    expect(after.body).not.toContain(meeting.id);
    expect(eventsOf(after.body)).toEqual([]);
  });

  it("answers 404 once revoked, once regenerated (the old address), once the owner is deactivated, or when their roles no longer give calendar work", async () => {
    const organisation = await createOrganisation(deps.db);
    const { mentor, agent } = await mentorWithWork(organisation);
    const first = await issue(agent);
    const second = await issue(agent);
    expect((await fetchFeed(first)).statusCode).toBe(404);
    expect((await fetchFeed(second)).statusCode).toBe(200);

    expect((await agent.request("DELETE", "/api/account/calendar-feed")).statusCode).toBe(204);
    expect((await agent.request("GET", "/api/account/calendar-feed")).json()).toMatchObject({ hasFeed: false, canHaveFeed: true });
    const gone = await fetchFeed(second);
    expect(gone.statusCode).toBe(404);
    expect(gone.json().error.code).toBe("not_found");

    const third = await issue(agent);
    await deps.db.update(users).set({ isActive: false }).where(eq(users.id, mentor.id));
    expect((await fetchFeed(third)).statusCode).toBe(404);
    await deps.db.update(users).set({ isActive: true }).where(eq(users.id, mentor.id));
    expect((await fetchFeed(third)).statusCode).toBe(200);
    await deps.db.delete(roleGrants).where(and(eq(roleGrants.userId, mentor.id), inArray(roleGrants.role, ["mentor", "panel_member"])));
    expect((await fetchFeed(third)).statusCode).toBe(404);

    const actions = await deps.db.select({ action: auditEvents.action }).from(auditEvents).where(and(eq(auditEvents.organisationId, organisation.id), eq(auditEvents.actorUserId, mentor.id)));
    expect(actions.map((row) => row.action)).toEqual(expect.arrayContaining(["calendar_feed.created", "calendar_feed.regenerated", "calendar_feed.revoked"]));
  });

  it("keeps only the secret's hash, and refuses a malformed address with 400 naming it", async () => {
    const organisation = await createOrganisation(deps.db);
    const { mentor, agent } = await mentorWithWork(organisation);
    const url = await issue(agent);
    const secret = new URL(url).pathname.split("/").at(-1)!.replace(".ics", "");
    const [row] = await deps.db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, mentor.id));
    expect(JSON.stringify(row)).not.toContain(secret);
    const status = await agent.request("GET", "/api/account/calendar-feed");
    expect(status.body).not.toContain(secret);
    expect(status.json()).toMatchObject({ hasFeed: true, canHaveFeed: true });

    const malformed = await app.inject({ method: "GET", url: "/api/calendar/not-a-feed.ics", remoteAddress: randomAddress() });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.fields[0].path).toBe("params.feed");
  });

  it("limits how often one feed is fetched", async () => {
    const organisation = await createOrganisation(deps.db);
    const { agent } = await mentorWithWork(organisation);
    const url = await issue(agent);
    const statuses: number[] = [];
    for (let fetches = 0; fetches < 31; fetches += 1) statuses.push((await fetchFeed(url)).statusCode);
    expect(statuses.slice(0, 30).every((status) => status === 200)).toBe(true);
    expect(statuses[30]).toBe(429);
  });
});

describe("calendar-feeds.manage", () => {
  it("refuses a role with no calendar work (403), and an unsigned caller (401), changing nothing", async () => {
    const organisation = await createOrganisation(deps.db);
    const outreach = await createUser(deps.db, deps.vault, organisation, { role: "outreach_worker" });
    const agent = await signInAs(app, outreach, deps.now());
    const refused = await agent.request("POST", "/api/account/calendar-feed");
    expect(refused.statusCode).toBe(403);
    expect(await deps.db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, outreach.id))).toEqual([]);
    expect((await app.inject({ method: "POST", url: "/api/account/calendar-feed" })).statusCode).toBe(401);
  });

  it("refuses a body on making a feed (400) and makes none", async () => {
    const organisation = await createOrganisation(deps.db);
    const { mentor, agent } = await mentorWithWork(organisation);
    const response = await agent.request("POST", "/api/account/calendar-feed", { secret: "mine" });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields[0].path).toContain("body");
    expect(await deps.db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, mentor.id))).toEqual([]);
  });
});
