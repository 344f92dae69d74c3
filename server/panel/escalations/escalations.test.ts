import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../../test/app.js";
import { createTestCase } from "../../../test/case-factories.js";
import { createUser } from "../../../test/factories.js";
import { expectCleanRefusal, signInAs } from "../../../test/http.js";
import { emailedKinds, emailText } from "../../email/messages.js";
import { auditEvents, notifications, panelEscalationEvents, panelEscalations } from "../../db/schema.js";
import { createTestMeeting } from "../access/test-support.js";
import { panelTeam, recordTestDecision } from "./test-support.js";

const { app, deps, clock } = await testApp();

const escalation = { reason: "Sharing extremist videos in a group chat; school has raised concerns.", riskSummary: "Growing isolation from family; contact with an older recruiter online.", isUrgent: false };
const stored = async (escalationId: string) => (await deps.db.select().from(panelEscalations).where(eq(panelEscalations.id, escalationId)))[0]!;

describe("panel.escalations", () => {
  it("escalates a case with its latest submitted assessment, and shows it on the case", async () => {
    const { agents, kase, assessment } = await panelTeam(app, deps);
    const before = (await agents.caseworker.request("GET", `/api/cases/${kase.id}/escalations`)).json();
    expect(before).toMatchObject({ items: [], abilities: { escalate: true }, hasLiveEscalation: false, latestAssessment: { id: assessment!.id } });

    const created = await agents.caseworker.request("POST", `/api/cases/${kase.id}/escalations`, escalation);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ state: "submitted", caseReference: kase.reference, reason: escalation.reason, riskSummary: escalation.riskSummary, assessment: { id: assessment!.id }, warnings: [], version: 1 });
    expect(created.json().history).toEqual([expect.objectContaining({ type: "escalate", actorName: "Test User" })]);

    const after = (await agents.caseworker.request("GET", `/api/cases/${kase.id}/escalations`)).json();
    expect(after).toMatchObject({ abilities: { escalate: false }, hasLiveEscalation: true, items: [{ id: created.json().id, state: "submitted" }] });
    const again = await agents.caseworker.request("POST", `/api/cases/${kase.id}/escalations`, escalation);
    expect(again.statusCode).toBe(409);
  });

  it("keeps the texts sealed and warns when they still name the client", async () => {
    const { agents, kase } = await panelTeam(app, deps);
    const created = await agents.caseworker.request("POST", `/api/cases/${kase.id}/escalations`, { ...escalation, reason: "Zainab Qureshi, born 17/05/2009, is at risk." });
    expect(created.json().warnings).toEqual([{ field: "reason", kinds: ["date_of_birth", "name"] }]);
    const row = await stored(created.json().id);
    expect(Buffer.from(row.reason).toString("latin1")).not.toMatch(/Zainab|Qureshi/);
  });

  it("checks the texts before anything is saved, for those who may escalate only", async () => {
    const { agents, kase } = await panelTeam(app, deps);
    const preview = await agents.caseworker.request("POST", `/api/cases/${kase.id}/escalations/preview`, { ...escalation, riskSummary: "Zainab's phone is off most nights." });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toEqual({ warnings: [{ field: "riskSummary", kinds: ["name"] }] });
    expect((await agents.caseworker.request("POST", `/api/cases/${kase.id}/escalations/preview`, escalation)).json()).toEqual({ warnings: [] });
    expect(await deps.db.select().from(panelEscalations).where(eq(panelEscalations.caseId, kase.id))).toEqual([]);
    expect((await agents.mentor.request("POST", `/api/cases/${kase.id}/escalations/preview`, escalation)).statusCode).toBe(403);
    const bad = await agents.caseworker.request("POST", `/api/cases/${kase.id}/escalations/preview`, { reason: "", riskSummary: "x", isUrgent: false });
    expectCleanRefusal(bad);
    expect(bad.statusCode).toBe(400);
  });

  it("refuses a mentor on the case (403), and a non-urgent escalation before any assessment (422), changing nothing", async () => {
    const { agents, kase } = await panelTeam(app, deps, { withAssessment: false });
    expect((await agents.mentor.request("GET", `/api/cases/${kase.id}/escalations`)).json().abilities.escalate).toBe(false);
    expect((await agents.mentor.request("POST", `/api/cases/${kase.id}/escalations`, escalation)).statusCode).toBe(403);
    const early = await agents.caseworker.request("POST", `/api/cases/${kase.id}/escalations`, escalation);
    expect(early.statusCode).toBe(422);
    expect(early.json().error.message).toMatch(/latest assessment/);
    expect(await deps.db.select().from(panelEscalations).where(eq(panelEscalations.caseId, kase.id))).toEqual([]);
    // Urgent may come first.
    expect((await agents.caseworker.request("POST", `/api/cases/${kase.id}/escalations`, { ...escalation, isUrgent: true })).statusCode).toBe(201);
  });

  it("refuses bad input naming the field, and no session at all", async () => {
    const { agents, kase } = await panelTeam(app, deps);
    const response = await agents.caseworker.request("POST", `/api/cases/${kase.id}/escalations`, { ...escalation, reason: "   " });
    expectCleanRefusal(response);
    expect(response.json().error.fields).toEqual([expect.objectContaining({ path: "body.reason", message: "The reason is required." })]);
    expect(await deps.db.select().from(panelEscalations).where(eq(panelEscalations.caseId, kase.id))).toEqual([]);
    expect((await app.inject({ method: "GET", url: `/api/cases/${kase.id}/escalations` })).statusCode).toBe(401);
  });

  it("alerts only the site's safeguarding leads, at once, with the case reference and no identity", async () => {
    const { organisation, users, agents, kase } = await panelTeam(app, deps);
    const secondLead = await createUser(deps.db, deps.vault, organisation, { role: "safeguarding_lead" });
    const created = await agents.caseworker.request("POST", `/api/cases/${kase.id}/escalations`, { ...escalation, isUrgent: true, reason: "Zainab said she will travel abroad tonight." });
    expect(created.statusCode).toBe(201);
    const row = await stored(created.json().id);
    expect(row.alertedAt).toEqual(row.submittedAt);
    const alerts = await deps.db.select().from(notifications).where(and(eq(notifications.kind, "urgent_escalation"), eq(notifications.entityId, kase.id)));
    expect(alerts.map((alert) => alert.userId).sort()).toEqual([users.lead.id, secondLead.id].sort());
    expect(alerts.every((alert) => alert.createdAt.getTime() - row.submittedAt.getTime() < 60_000)).toBe(true);
    expect(alerts[0]).toMatchObject({ entityType: "case", details: { reference: kase.reference, siteId: kase.siteId } });
    expect(JSON.stringify(alerts)).not.toMatch(/Zainab|Qureshi|travel|2009/);
    const inbox = (await agents.lead.request("GET", "/api/notifications")).json();
    expect(inbox.items[0]).toMatchObject({ kind: "urgent_escalation", entity: { type: "case", id: kase.id, reference: kase.reference }, siteName: "Birmingham" });
    expect((await agents.manager.request("GET", "/api/notifications")).json().items).toEqual([]);

    // It is emailed too (the email job sends what an alert carries: the reference and the site).
    // The job itself is tested in server/email; its queue is shared by every test in this database.
    expect(emailedKinds).toContain("urgent_escalation");
    const email = emailText({ kind: "urgent_escalation", reference: kase.reference, date: null, siteName: "Birmingham", personName: null, link: `https://pathways.example/cases/${kase.id}` }, "en");
    expect(email.subject).toBe(`Urgent panel escalation: case ${kase.reference}`);
    expect(email.body).toContain("Birmingham");
  });

  it("walks the escalation through the panel's steps, each by the right person, with its history", async () => {
    const { organisation, users, agents, kase, assessment } = await panelTeam(app, deps);
    const meeting = await createTestMeeting(deps, organisation, users.lead.id, { startsInMinutes: 48 * 60 });
    const later = await createTestMeeting(deps, organisation, users.lead.id, { startsInMinutes: 14 * 24 * 60 });
    const id = (await agents.caseworker.request("POST", `/api/cases/${kase.id}/escalations`, escalation)).json().id as string;
    const step = (agent: typeof agents.lead, body: object) => agent.request("POST", `/api/panel/escalations/${id}/events`, body);

    const lead = (await agents.lead.request("GET", `/api/panel/escalations/${id}`)).json();
    expect(lead.abilities).toEqual({ accept: true, return: true, resubmit: false, moveToMeeting: false, takeOffAgenda: false, withdraw: true, chooseExcerpts: true });
    expect(lead.meetingOptions.map((option: { id: string }) => option.id)).toEqual([meeting.id, later.id]);
    expect((await agents.caseworker.request("GET", `/api/panel/escalations/${id}`)).json().abilities).toMatchObject({ accept: false, withdraw: true, chooseExcerpts: false });

    expect((await step(agents.caseworker, { type: "accept", meetingId: meeting.id, version: 1 })).statusCode).toBe(403);
    const returned = await step(agents.lead, { type: "return", reason: "Please add what the school said.", version: 1 });
    expect(returned.json()).toMatchObject({ state: "returned", stateReason: "Please add what the school said.", version: 2 });
    expect((await step(agents.lead, { type: "resubmit", reason: "x", riskSummary: "y", version: 2 })).statusCode).toBe(403);
    const resubmitted = await step(agents.caseworker, { type: "resubmit", reason: "School reports two incidents.", riskSummary: "As before, now weekly.", version: 2 });
    expect(resubmitted.json()).toMatchObject({ state: "submitted", reason: "School reports two incidents.", riskSummary: "As before, now weekly.", stateReason: null, assessment: { id: assessment!.id }, version: 3 });

    const accepted = await step(agents.lead, { type: "accept", meetingId: meeting.id, version: 3 });
    expect(accepted.json()).toMatchObject({ state: "accepted", meeting: { id: meeting.id }, version: 4 });
    expect((await step(agents.lead, { type: "return", reason: "Again.", version: 4 })).json()).toMatchObject({ error: { code: "transition_refused", message: "An escalation that is accepted cannot return." } });
    const moved = await step(agents.lead, { type: "move_to_meeting", meetingId: later.id, version: 4 });
    expect(moved.json()).toMatchObject({ state: "accepted", meeting: { id: later.id }, version: 5 });
    const off = await step(agents.lead, { type: "take_off_agenda", reason: "Family moving out of area.", version: 5 });
    expect(off.json()).toMatchObject({ state: "returned", meeting: null, stateReason: "Family moving out of area.", abilities: { resubmit: false } });
    expect((await step(agents.caseworker, { type: "withdraw", reason: "No longer needed.", version: 6 })).json().error.code).toBe("transition_refused");
    await step(agents.caseworker, { type: "resubmit", reason: "Family stayed.", riskSummary: "Same risk.", version: 6 });
    const withdrawn = await step(agents.caseworker, { type: "withdraw", reason: "Support plan now working.", version: 7 });
    expect(withdrawn.json()).toMatchObject({ state: "withdrawn", stateReason: "Support plan now working." });
    expect(withdrawn.json().history.map((event: { type: string }) => event.type)).toEqual(["escalate", "return", "resubmit", "accept", "move_to_meeting", "take_off_agenda", "resubmit", "withdraw"]);
    expect((await agents.caseworker.request("GET", `/api/cases/${kase.id}/escalations`)).json().abilities.escalate).toBe(true);
    const audited = await deps.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, id));
    expect(audited.map((event) => event.action)).toEqual(expect.arrayContaining(["panel_escalation.accept", "panel_escalation.withdraw", "panel_escalation.read"]));
    expect(JSON.stringify(await deps.db.select().from(auditEvents).where(eq(auditEvents.entityId, id)))).not.toMatch(/School|Family|Support plan/);
  });

  it("refuses a stale version (409) and a meeting that is elsewhere, cancelled or over (422), changing nothing", async () => {
    const { organisation, users, agents, kase } = await panelTeam(app, deps);
    const elsewhere = await createTestMeeting(deps, organisation, users.lead.id, { startsInMinutes: 48 * 60, site: 1 });
    const cancelled = await createTestMeeting(deps, organisation, users.lead.id, { startsInMinutes: 48 * 60, isCancelled: true });
    const over = await createTestMeeting(deps, organisation, users.lead.id, { startsInMinutes: -5 * 60 });
    const id = (await agents.caseworker.request("POST", `/api/cases/${kase.id}/escalations`, escalation)).json().id as string;
    const before = await stored(id);
    for (const meeting of [elsewhere, cancelled, over]) {
      const refused = await agents.lead.request("POST", `/api/panel/escalations/${id}/events`, { type: "accept", meetingId: meeting.id, version: 1 });
      expect(refused.statusCode).toBe(422);
      expect(refused.json().error.fields).toEqual([expect.objectContaining({ path: "body.meetingId" })]);
    }
    const stale = await agents.lead.request("POST", `/api/panel/escalations/${id}/events`, { type: "return", reason: "Stale.", version: 2 });
    expect(stale.statusCode).toBe(409);
    const bad = await agents.lead.request("POST", `/api/panel/escalations/${id}/events`, { type: "return", reason: "", version: 1 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe("body.reason");
    expect(await stored(id)).toEqual(before);
    expect(await deps.db.select().from(panelEscalationEvents).where(eq(panelEscalationEvents.escalationId, id))).toHaveLength(1);
  });

  it("lists a site's queue for its leads and managers, urgent first then oldest; not for caseworkers or other sites", async () => {
    const { organisation, users, agents, kase } = await panelTeam(app, deps);
    const second = await createTestCase(deps, organisation, users.lead.id);
    const first = (await agents.caseworker.request("POST", `/api/cases/${kase.id}/escalations`, escalation)).json().id;
    clock.advanceMinutes(5);
    const urgent = (await agents.caseworker.request("POST", `/api/cases/${second.kase.id}/escalations`, { ...escalation, isUrgent: true })).json().id;
    for (const agent of [agents.lead, agents.manager]) {
      const queue = await agent.request("GET", `/api/panel/escalations?siteId=${organisation.siteIds[0]}`);
      expect(queue.json().items.map((item: { id: string }) => item.id)).toEqual([urgent, first]);
    }
    expect((await agents.lead.request("GET", `/api/panel/escalations?state=accepted`)).json().items).toEqual([]);
    expect((await agents.caseworker.request("GET", `/api/panel/escalations?siteId=${organisation.siteIds[0]}`)).statusCode).toBe(403);
    expect((await agents.otherLead.request("GET", `/api/panel/escalations?siteId=${organisation.siteIds[0]}`)).statusCode).toBe(403);
    expect((await agents.otherLead.request("GET", `/api/panel/escalations`)).json().items).toEqual([]);
  });

  it("keeps a restricted case's escalations from staff not named on it (404, the refusal audited)", async () => {
    const { organisation, agents, kase } = await panelTeam(app, deps, { isRestricted: true });
    const id = (await agents.lead.request("POST", `/api/cases/${kase.id}/escalations`, escalation)).json().id as string;
    expect((await agents.lead.request("GET", `/api/panel/escalations/${id}`)).statusCode).toBe(200);
    expect((await agents.caseworker.request("GET", `/api/cases/${kase.id}/escalations`)).statusCode).toBe(404);
    expect((await agents.manager.request("GET", `/api/panel/escalations/${id}`)).statusCode).toBe(404);
    expect((await agents.manager.request("GET", `/api/panel/escalations?siteId=${organisation.siteIds[0]}`)).json().items).toEqual([]);
    expect((await agents.otherLead.request("GET", `/api/panel/escalations/${id}`)).statusCode).toBe(404);
    const refused = await deps.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, id), eq(auditEvents.action, "panel_escalation.read_refused")));
    expect(refused).toHaveLength(2);
  });

  it("shows the decision once the panel has made it", async () => {
    const { organisation, users, agents, kase } = await panelTeam(app, deps);
    const meeting = await createTestMeeting(deps, organisation, users.lead.id, { startsInMinutes: 48 * 60 });
    const id = (await agents.caseworker.request("POST", `/api/cases/${kase.id}/escalations`, escalation)).json().id as string;
    await agents.lead.request("POST", `/api/panel/escalations/${id}/events`, { type: "accept", meetingId: meeting.id, version: 1 });
    await recordTestDecision(deps, id, { summary: "Monitor attendance weekly.", action: { description: "Call the school each Friday.", ownerUserId: users.caseworker.id, dueOn: "2099-01-01" } });
    const detail = (await agents.manager.request("GET", `/api/panel/escalations/${id}`)).json();
    expect(detail).toMatchObject({
      state: "discussed",
      decisionKind: "monitor_and_review",
      decision: { kind: "monitor_and_review", discussionSummary: "Monitor attendance weekly.", actions: [{ description: "Call the school each Friday.", ownerUserId: users.caseworker.id, isOverdue: false }], referral: null },
      abilities: { accept: false, withdraw: false, chooseExcerpts: false },
    });
    expect(detail.history.at(-1)).toMatchObject({ type: "record_decision", meetingId: meeting.id });
  });

  it("answers 404 for an escalation that does not exist, and to someone signed in elsewhere", async () => {
    const { agents, kase } = await panelTeam(app, deps);
    const id = (await agents.caseworker.request("POST", `/api/cases/${kase.id}/escalations`, escalation)).json().id as string;
    const stranger = await panelTeam(app, deps);
    expect((await stranger.agents.lead.request("GET", `/api/panel/escalations/${id}`)).statusCode).toBe(404);
    expect((await agents.lead.request("GET", `/api/panel/escalations/00000000-0000-4000-8000-000000000000`)).statusCode).toBe(404);
    const outsider = await signInAs(app, await createUser(deps.db, deps.vault, stranger.organisation, { role: "safeguarding_lead" }), deps.now());
    expect((await outsider.request("POST", `/api/panel/escalations/${id}/events`, { type: "return", reason: "x", version: 1 })).statusCode).toBe(404);
  });
});
