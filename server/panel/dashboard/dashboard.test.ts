import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../../test/app.js";
import { createTestAssessment } from "../../../test/assessment-factories.js";
import { createTestCase } from "../../../test/case-factories.js";
import { londonDay } from "../../../core/london-time.js";
import { panelEscalations } from "../../db/schema.js";
import { createTestMeeting } from "../access/test-support.js";
import { panelTeam, recordTestDecision } from "../escalations/test-support.js";

const { app, deps, clock } = await testApp();

const body = { reason: "Concerns from school.", riskSummary: "Rising risk.", isUrgent: false };

describe("panel.dashboard", () => {
  it("shows a site's cases awaiting a meeting, decisions this year, overdue actions, time to decision, meetings and open referrals", async () => {
    const { organisation, users, agents, kase } = await panelTeam(app, deps);
    const meeting = await createTestMeeting(deps, organisation, users.lead.id, { startsInMinutes: 60 });
    const later = await createTestMeeting(deps, organisation, users.lead.id, { startsInMinutes: 7 * 24 * 60 });
    const second = await createTestCase(deps, organisation, users.lead.id);
    const third = await createTestCase(deps, organisation, users.lead.id);
    const restricted = await createTestCase(deps, organisation, users.lead.id, { isRestricted: true });

    const decided = (await agents.caseworker.request("POST", `/api/cases/${kase.id}/escalations`, { ...body, isUrgent: true })).json().id as string;
    await agents.lead.request("POST", `/api/panel/escalations/${decided}/events`, { type: "accept", meetingId: meeting.id, version: 1 });
    // Escalated two days before the decision (moving the clock instead would end the sessions).
    const twoDaysAgo = new Date(deps.now().getTime() - 2 * 86_400_000);
    await deps.db.update(panelEscalations).set({ submittedAt: twoDaysAgo }).where(eq(panelEscalations.id, decided));
    const yesterday = londonDay(new Date(deps.now().getTime() - 86_400_000));
    await recordTestDecision(deps, decided, { kind: "refer_to_channel", action: { description: "Send the Channel form.", ownerUserId: users.caseworker.id, dueOn: yesterday } });
    await agents.caseworker.request("POST", `/api/cases/${kase.id}/external-referrals`, { to: { kind: "channel" }, sentOn: londonDay(deps.now()) });

    await createTestAssessment(deps, second.kase, users.caseworker.id, { status: "submitted" });
    const waiting = (await agents.caseworker.request("POST", `/api/cases/${second.kase.id}/escalations`, body)).json().id as string;
    clock.advanceMinutes(10);
    const urgent = (await agents.caseworker.request("POST", `/api/cases/${third.kase.id}/escalations`, { ...body, isUrgent: true })).json().id as string;
    expect((await agents.lead.request("POST", `/api/cases/${restricted.kase.id}/escalations`, { ...body, isUrgent: true })).statusCode).toBe(201);

    const response = await agents.manager.request("GET", `/api/panel/dashboard?siteId=${organisation.siteIds[0]}`);
    expect(response.statusCode, response.body).toBe(200);
    const dashboard = response.json();
    expect(dashboard.year).toBe(Number(londonDay(deps.now()).slice(0, 4)));
    // The restricted case is not the manager's to see, so it is not counted.
    expect(dashboard.awaitingMeeting.map((item: { id: string }) => item.id)).toEqual([urgent, waiting]);
    expect(dashboard.decisionsByKind).toMatchObject({ refer_to_channel: 1, no_further_action: 0 });
    expect(dashboard.overdueActions).toEqual([expect.objectContaining({ description: "Send the Channel form.", caseReference: kase.reference, dueOn: yesterday, isOverdue: true, meetingId: meeting.id })]);
    expect(dashboard.timeToDecision.count).toBe(1);
    expect(dashboard.timeToDecision.medianDays).toBeGreaterThanOrEqual(2);
    expect(dashboard.timeToDecision.medianDays).toBeLessThan(2.1);
    expect(dashboard.upcomingMeetings).toEqual([
      expect.objectContaining({ id: meeting.id, agendaCount: 1, decidedCount: 1, access: { opensAt: new Date(meeting.startsAt.getTime() - 72 * 3_600_000).toISOString(), closesAt: new Date(meeting.endsAt.getTime() + 24 * 3_600_000).toISOString() } }),
      expect.objectContaining({ id: later.id, agendaCount: 0, decidedCount: 0 }),
    ]);
    expect(dashboard.openExternalReferrals).toBe(1);

    const lead = (await agents.lead.request("GET", "/api/panel/dashboard")).json();
    expect(lead.awaitingMeeting).toHaveLength(3);
  });

  it("is for the site's safeguarding leads and team managers only", async () => {
    const { organisation, agents } = await panelTeam(app, deps);
    expect((await agents.caseworker.request("GET", `/api/panel/dashboard?siteId=${organisation.siteIds[0]}`)).statusCode).toBe(403);
    expect((await agents.otherLead.request("GET", `/api/panel/dashboard?siteId=${organisation.siteIds[0]}`)).statusCode).toBe(403);
    expect((await app.inject({ method: "GET", url: "/api/panel/dashboard" })).statusCode).toBe(401);
  });
});
