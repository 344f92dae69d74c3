import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../../test/app.js";
import { createTestCase } from "../../../test/case-factories.js";
import { createOrganisation, createUser } from "../../../test/factories.js";
import { signInAs } from "../../../test/http.js";
import { auditEvents, panelMeetings } from "../../db/schema.js";
import { addTestMember, createTestMeeting, escalateTestCase } from "../access/test-support.js";

const { app, deps } = await testApp();

const inHours = (hours: number) => new Date(deps.now().getTime() + hours * 3_600_000).toISOString();
const meetingBody = (siteId: string, attendeeIds: string[], extra: Record<string, unknown> = {}) => ({
  siteId,
  startsAt: inHours(48),
  endsAt: inHours(50),
  location: "Committee room 2",
  minutesBefore: 72 * 60,
  minutesAfter: 24 * 60,
  attendeeIds,
  ...extra,
});

async function scene() {
  const organisation = await createOrganisation(deps.db);
  const siteId = organisation.siteIds[0];
  const leadUser = await createUser(deps.db, deps.vault, organisation, { role: "safeguarding_lead" });
  const caseworkerUser = await createUser(deps.db, deps.vault, organisation, { role: "caseworker" });
  const memberUser = await createUser(deps.db, deps.vault, organisation, { role: "panel_member" });
  const otherUser = await createUser(deps.db, deps.vault, organisation, { role: "panel_member" });
  const member = await addTestMember(deps, organisation, memberUser.id);
  const other = await addTestMember(deps, organisation, otherUser.id);
  const now = deps.now();
  return {
    organisation,
    siteId,
    member,
    other,
    caseworkerUser,
    leadUser,
    lead: await signInAs(app, leadUser, now),
    caseworker: await signInAs(app, caseworkerUser, now),
    memberAgent: await signInAs(app, memberUser, now),
    otherAgent: await signInAs(app, otherUser, now),
  };
}

describe("panel.meetings", () => {
  it("lets the site's lead schedule a meeting; its attendees see it in their list, others of the panel do not", async () => {
    const { lead, memberAgent, otherAgent, caseworker, siteId, member } = await scene();
    const created = await lead.request("POST", "/api/panel/meetings", meetingBody(siteId, [member.id]));
    expect(created.statusCode, created.body).toBe(201);
    const meeting = created.json();
    expect(meeting).toMatchObject({ version: 1, attendees: [{ memberId: member.id, accessBlockedBy: null }], abilities: { edit: true, recordAttendance: false } });
    expect(meeting.access.opensAt).toBe(new Date(Date.parse(meeting.startsAt) - 72 * 3_600_000).toISOString());

    expect((await memberAgent.request("GET", "/api/panel/meetings")).json().items.map((item: { id: string }) => item.id)).toEqual([meeting.id]);
    expect((await otherAgent.request("GET", "/api/panel/meetings")).json().items).toEqual([]);
    expect((await otherAgent.request("GET", `/api/panel/meetings/${meeting.id}`)).statusCode).toBe(404);
    expect((await caseworker.request("GET", `/api/panel/meetings/${meeting.id}`)).statusCode).toBe(404);
    expect((await caseworker.request("POST", "/api/panel/meetings", meetingBody(siteId, []))).statusCode).toBe(403);
    expect((await lead.request("GET", "/api/panel/meetings")).json()).toMatchObject({ items: [{ id: meeting.id, agendaCount: 0 }], abilities: { schedule: true } });
  });

  it("refuses attendees from outside the site's panel and a meeting that ends before it starts, naming the field", async () => {
    const { lead, siteId, organisation } = await scene();
    const elsewhereUser = await createUser(deps.db, deps.vault, organisation, { role: "panel_member", site: 1 });
    const elsewhere = await addTestMember(deps, organisation, elsewhereUser.id, { site: 1 });
    const foreign = await lead.request("POST", "/api/panel/meetings", meetingBody(siteId, [elsewhere.id]));
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json().error.fields).toEqual([expect.objectContaining({ path: "body.attendeeIds" })]);
    const backwards = await lead.request("POST", "/api/panel/meetings", meetingBody(siteId, [], { endsAt: inHours(47) }));
    expect(backwards.statusCode).toBe(400);
    expect(JSON.stringify(backwards.json().error.fields)).toContain("endsAt");
    expect(await deps.db.select().from(panelMeetings).where(eq(panelMeetings.siteId, siteId))).toEqual([]);
  });

  it("changes a meeting with the version seen, refuses a stale change, and cancels it", async () => {
    const { lead, siteId, member, other } = await scene();
    const meeting = (await lead.request("POST", "/api/panel/meetings", meetingBody(siteId, [member.id]))).json();
    const { siteId: _siteId, ...update } = meetingBody(siteId, [other.id], { location: "Online", version: 1 });
    const changed = await lead.request("PUT", `/api/panel/meetings/${meeting.id}`, update);
    expect(changed.json()).toMatchObject({ location: "Online", version: 2, attendees: [{ memberId: other.id }] });
    const stale = await lead.request("PUT", `/api/panel/meetings/${meeting.id}`, { ...update, location: "Room 9" });
    expect(stale.statusCode).toBe(409);
    expect((await lead.request("POST", `/api/panel/meetings/${meeting.id}/cancel`, { version: 2 })).statusCode).toBe(400);
    const cancelled = await lead.request("POST", `/api/panel/meetings/${meeting.id}/cancel`, { reason: "The chair is ill; the cases move to next week.", version: 2 });
    expect(cancelled.json()).toMatchObject({ isCancelled: true, cancelReason: "The chair is ill; the cases move to next week.", abilities: { edit: false } });
    expect((await lead.request("PUT", `/api/panel/meetings/${meeting.id}`, { ...update, version: 3 })).statusCode).toBe(409);
    const audits = await deps.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, meeting.id));
    expect(audits.map((event) => event.action).sort()).toEqual(["panel.meeting_cancelled", "panel.meeting_scheduled", "panel.meeting_updated"]);
  });

  it("shows the lead the whole agenda with conflicts and the escalations awaiting one, and a member only what is open to them now", async () => {
    const { lead, memberAgent, organisation, leadUser, caseworkerUser, member, other } = await scene();
    const meeting = await createTestMeeting(deps, organisation, leadUser.id, { startsInMinutes: -30, attendeeIds: [member.id, other.id] });
    const later = await createTestMeeting(deps, organisation, leadUser.id, { startsInMinutes: 10 * 24 * 60, attendeeIds: [member.id] });
    const first = await createTestCase(deps, organisation, caseworkerUser.id, { identity: { givenName: "Bilal", familyName: "Hussain", dateOfBirth: "2010-06-01" } });
    const second = await createTestCase(deps, organisation, caseworkerUser.id);
    const waiting = await createTestCase(deps, organisation, caseworkerUser.id);
    await escalateTestCase(deps, first.kase, caseworkerUser.id, { meetingId: meeting.id });
    await escalateTestCase(deps, second.kase, caseworkerUser.id, { meetingId: meeting.id });
    await escalateTestCase(deps, waiting.kase, caseworkerUser.id, { meetingId: later.id });
    const submitted = await escalateTestCase(deps, (await createTestCase(deps, organisation, caseworkerUser.id)).kase, caseworkerUser.id);
    expect((await lead.request("POST", `/api/panel/meetings/${meeting.id}/conflicts`, { caseId: second.kase.id, memberId: member.id })).statusCode).toBe(200);

    const forLead = (await lead.request("GET", `/api/panel/meetings/${meeting.id}`)).json();
    expect(forLead.agenda).toHaveLength(2);
    expect(forLead.agenda.find((item: { caseId: string }) => item.caseId === second.kase.id).conflictedMemberIds).toEqual([member.id]);
    expect(forLead.awaitingAgenda.map((item: { id: string }) => item.id)).toEqual([submitted.id]);
    expect(forLead.abilities).toMatchObject({ recordAttendance: true, printMinutes: true });

    const forMember = await memberAgent.request("GET", `/api/panel/meetings/${meeting.id}`);
    expect(forMember.json()).toMatchObject({ agenda: [{ caseId: first.kase.id, initials: "B. H.", ageBand: "14_17", conflictedMemberIds: [] }], hiddenForConflict: 1, awaitingAgenda: [], memberOptions: [], myAccess: { memberId: member.id, isOpen: true } });
    expect(forMember.body).not.toContain("Bilal");
    const reads = await deps.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, meeting.id), eq(auditEvents.action, "panel.meeting_read"), eq(auditEvents.actorUserId, member.userId)));
    expect(reads.map((event) => event.details)).toEqual([{ caseIds: [first.kase.id], asLead: false }]);
    expect((await memberAgent.request("GET", `/api/panel/meetings/${later.id}`)).json()).toMatchObject({ agenda: [], agendaCount: 1, myAccess: { isOpen: false } });

    const attendance = await lead.request("PUT", `/api/panel/meetings/${meeting.id}/attendance`, { attendance: [{ memberId: member.id, attended: true }, { memberId: other.id, attended: false }] });
    expect(attendance.json().attendees.map((attendee: { attended: boolean | null }) => attendee.attended).sort()).toEqual([false, true]);
    const notAttendee = await lead.request("PUT", `/api/panel/meetings/${later.id}/attendance`, { attendance: [{ memberId: other.id, attended: true }] });
    expect(notAttendee.statusCode).toBe(422);
  });

  it("offers the lead the escalations left on a cancelled meeting, to move onto another", async () => {
    const { lead, organisation, leadUser, caseworkerUser, member } = await scene();
    const called = await createTestMeeting(deps, organisation, leadUser.id, { startsInMinutes: 2 * 24 * 60, attendeeIds: [member.id] });
    const next = await createTestMeeting(deps, organisation, leadUser.id, { startsInMinutes: 9 * 24 * 60, attendeeIds: [member.id] });
    const { kase } = await createTestCase(deps, organisation, caseworkerUser.id);
    const stranded = await escalateTestCase(deps, kase, caseworkerUser.id, { meetingId: called.id });
    expect((await lead.request("GET", `/api/panel/meetings/${next.id}`)).json().awaitingAgenda).toEqual([]);

    await lead.request("POST", `/api/panel/meetings/${called.id}/cancel`, { reason: "Room not available.", version: 1 });
    const offered = (await lead.request("GET", `/api/panel/meetings/${next.id}`)).json().awaitingAgenda;
    expect(offered).toMatchObject([{ id: stranded.id, state: "accepted", meeting: { id: called.id } }]);
    const moved = await lead.request("POST", `/api/panel/escalations/${stranded.id}/events`, { type: "move_to_meeting", meetingId: next.id, version: offered[0].version });
    expect(moved.statusCode, moved.body).toBe(200);
    const after = (await lead.request("GET", `/api/panel/meetings/${next.id}`)).json();
    expect(after).toMatchObject({ awaitingAgenda: [], agenda: [{ caseId: kase.id }] });
  });
});
