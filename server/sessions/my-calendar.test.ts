import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../test/app.js";
import { createTestCase } from "../../test/case-factories.js";
import { createOrganisation } from "../../test/factories.js";
import { signedInTeam } from "../../test/team.js";
import { londonDay } from "../../core/referrals/triage-target.js";
import { addDays } from "../../core/instruments/reassessment.js";
import { auditEvents, caseAssignments } from "../db/schema.js";
import { startOfLondonDay } from "../../core/london-time.js";
import { createTestSession } from "./test-support.js";

const { app, deps } = await testApp();

describe("sessions.calendar", () => {
  it("lists the worker's own sessions in the window, naming the client briefly only on cases they can open, each name read audited", async () => {
    const organisation = await createOrganisation(deps.db);
    const { mentor, mentorUser, managerUser } = await signedInTeam(app, deps, organisation);
    const mine = await createTestCase(deps, organisation, managerUser.id, { identity: { givenName: "Ayesha", familyName: "Rahman" } });
    const former = await createTestCase(deps, organisation, managerUser.id);
    for (const { kase } of [mine, former]) {
      await deps.db.insert(caseAssignments).values({ organisationId: organisation.id, caseId: kase.id, userId: mentorUser.id, role: "mentor", assignedAt: deps.now() });
    }
    const tomorrow = new Date(deps.now().getTime() + 86_400_000);
    const upcoming = await createTestSession(deps, mine.kase, [mentorUser.id], { startsAt: tomorrow, attendance: null, mode: "partner_venue" });
    // Earlier today (at midnight if the test runs just after it).
    const earlierToday = new Date(Math.max(startOfLondonDay(londonDay(deps.now())).getTime(), deps.now().getTime() - 3_600_000));
    const earlier = await createTestSession(deps, former.kase, [mentorUser.id, managerUser.id], { startsAt: earlierToday });
    // Someone else's session, and one of the mentor's a month away: not in this week's calendar.
    await createTestSession(deps, mine.kase, [managerUser.id], { startsAt: tomorrow, attendance: null });
    await createTestSession(deps, mine.kase, [mentorUser.id], { startsAt: new Date(deps.now().getTime() + 30 * 86_400_000), attendance: null });
    // Taken off the second case: the session stays in the diary, without the client's name or a way in.
    await deps.db.update(caseAssignments).set({ endedAt: deps.now() }).where(and(eq(caseAssignments.caseId, former.kase.id), eq(caseAssignments.userId, mentorUser.id)));

    const response = await mentor.request("GET", "/api/me/sessions");
    expect(response.statusCode, response.body).toBe(200);
    const calendar = response.json();
    expect(calendar).toMatchObject({ from: londonDay(deps.now()), to: addDays(londonDay(deps.now()), 6) });
    expect(calendar.items).toEqual([
      expect.objectContaining({ sessionId: earlier.id, caseReference: former.kase.reference, canOpenCase: false, clientName: null, siteName: "Birmingham", hasNotes: false }),
      expect.objectContaining({ sessionId: upcoming.id, caseReference: mine.kase.reference, canOpenCase: true, clientName: "Ayesha R.", attendance: null, mode: "partner_venue" }),
    ]);
    expect(response.body).not.toContain("Rahman");
    const named = await deps.db.select().from(auditEvents).where(and(eq(auditEvents.actorUserId, mentorUser.id), eq(auditEvents.action, "client.name_read")));
    expect(named).toEqual([expect.objectContaining({ clientId: mine.client.id, details: expect.objectContaining({ via: "session_calendar", sessionIds: [upcoming.id] }) })]);
  });

  it("answers a window of at most 62 days that does not run backwards, naming the field", async () => {
    const organisation = await createOrganisation(deps.db);
    const { caseworker } = await signedInTeam(app, deps, organisation);
    expect((await caseworker.request("GET", "/api/me/sessions?from=2025-03-01&to=2025-05-01")).json()).toMatchObject({ from: "2025-03-01", to: "2025-05-01", items: [] });
    const tooLong = await caseworker.request("GET", "/api/me/sessions?from=2025-03-01&to=2025-05-02");
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.fields).toEqual([{ path: "query.to", message: "At most 62 days after the start." }]);
    const backwards = await caseworker.request("GET", "/api/me/sessions?from=2025-03-02&to=2025-03-01");
    expect(backwards.json().error.fields).toEqual([{ path: "query.to", message: "Must not be before the start." }]);
    expect((await caseworker.request("GET", "/api/me/sessions?from=tomorrow")).statusCode).toBe(400);
  });

  it("starts London days at London midnight, in winter and in summer", () => {
    expect(startOfLondonDay("2025-01-15").toISOString()).toBe("2025-01-15T00:00:00.000Z");
    expect(startOfLondonDay("2025-07-15").toISOString()).toBe("2025-07-14T23:00:00.000Z");
    // The days the clocks change: midnight comes before the change.
    expect(startOfLondonDay("2025-03-30").toISOString()).toBe("2025-03-30T00:00:00.000Z");
    expect(startOfLondonDay("2025-10-26").toISOString()).toBe("2025-10-25T23:00:00.000Z");
  });
});
