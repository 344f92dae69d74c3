import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../../test/app.js";
import { createTestAssessment } from "../../../test/assessment-factories.js";
import { createTestCase } from "../../../test/case-factories.js";
import { createOrganisation, createUser } from "../../../test/factories.js";
import { signInAs } from "../../../test/http.js";
import { auditEvents, cases, externalReferrals, panelConflicts, panelActions, panelDecisions, panelEscalationEvents, panelEscalations } from "../../db/schema.js";
import { createTestSession } from "../../sessions/test-support.js";
import { addTestMember, createTestMeeting, escalateTestCase } from "../access/test-support.js";

const { app, deps } = await testApp();

const day = (offset: number) => new Date(deps.now().getTime() + offset * 86_400_000).toISOString().slice(0, 10);
const person = { givenName: "Ayesha", familyName: "Rahman", dateOfBirth: "2008-03-14", address: "12 Acacia Road, Sparkhill", postcode: "B11 1AA", phone: "07700 900123" };
const identifying = ["Ayesha", "Rahman", "2008-03-14", "14/03/2008", "Acacia", "B11 1AA", "07700 900123"];

async function scene(options: { startsInMinutes?: number; vettingExpiresOn?: string | null; isAttending?: boolean; excerpt?: string } = {}) {
  const organisation = await createOrganisation(deps.db);
  const leadUser = await createUser(deps.db, deps.vault, organisation, { role: "safeguarding_lead" });
  const caseworkerUser = await createUser(deps.db, deps.vault, organisation, { role: "caseworker" });
  const memberUser = await createUser(deps.db, deps.vault, organisation, { role: "panel_member" });
  const member = await addTestMember(deps, organisation, memberUser.id, { vettingExpiresOn: options.vettingExpiresOn });
  const { kase } = await createTestCase(deps, organisation, caseworkerUser.id, { identity: person });
  const assessment = await createTestAssessment(deps, kase, caseworkerUser.id, { status: "submitted" });
  const meeting = await createTestMeeting(deps, organisation, leadUser.id, { startsInMinutes: options.startsInMinutes ?? 60, attendeeIds: options.isAttending === false ? [] : [member.id] });
  const session = await createTestSession(deps, kase, [caseworkerUser.id], { notes: `Long talk. ${options.excerpt ?? ""} Other private matters.` });
  const escalation = await escalateTestCase(deps, kase, caseworkerUser.id, {
    meetingId: meeting.id,
    ...(options.excerpt ? { excerpt: { sessionId: session.id, text: options.excerpt } } : {}),
    assessmentId: assessment.id,
    reason: "Ayesha has been seen at 12 Acacia Road with older men; her mother rang from 07700 900123.",
  });
  const now = deps.now();
  return {
    organisation,
    kase,
    meeting,
    member,
    escalation,
    leadUser,
    caseworkerUser,
    memberUser,
    lead: await signInAs(app, leadUser, now),
    caseworker: await signInAs(app, caseworkerUser, now),
    memberAgent: await signInAs(app, memberUser, now),
  };
}

const caseUrl = (meetingId: string, caseId: string) => `/api/panel/meetings/${meetingId}/cases/${caseId}`;
const refusalsOf = (caseId: string) => deps.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, caseId), eq(auditEvents.action, "panel.case_read_refused")));

describe("panel.case view", () => {
  it("shows an attending member within the window the redacted summary only, and audits the view", async () => {
    const { memberAgent, memberUser, meeting, kase } = await scene({ excerpt: "Ayesha said she feels safe at home now." });
    const response = await memberAgent.request("GET", caseUrl(meeting.id, kase.id));
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.summary).toMatchObject({ initials: "A. R.", ageBand: "18_24", case: { reference: kase.reference } });
    expect(body.summary.escalation.reason).toBe("[name] has been seen at [address] with older men; her mother rang from [phone].");
    expect(body.summary.excerpts).toEqual([{ text: "[name] said she feels safe at home now.", sessionDate: expect.any(String) }]);
    expect(response.body).not.toContain("private matters");
    expect(body.summary.redactedPassages).toBe(4);
    expect(body.summary.assessment).toEqual({ needs: {}, flags: [] });
    for (const text of identifying) expect(response.body).not.toContain(text);
    expect(new Date(body.visibleUntil).getTime()).toBe(meeting.endsAt.getTime() + 24 * 3_600_000);
    const [read] = await deps.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, kase.id), eq(auditEvents.action, "panel.case_read")));
    expect(read).toMatchObject({ actorUserId: memberUser.id, clientId: kase.clientId, details: expect.objectContaining({ meetingId: meeting.id, asLead: false }) });
  });

  it.each([
    ["before_window", { startsInMinutes: 5 * 24 * 60 }],
    ["after_window", { startsInMinutes: -3 * 24 * 60 }],
    ["vetting_expired", { vettingExpiresOn: day(-1) }],
    ["vetting_missing", { vettingExpiresOn: null }],
    ["not_attending", { isAttending: false }],
  ] as const)("answers %s as not found, exactly like a case that does not exist, and audits the reason", async (reason, options) => {
    const { memberAgent, memberUser, meeting, kase } = await scene(options);
    const refused = await memberAgent.request("GET", caseUrl(meeting.id, kase.id));
    const missing = await memberAgent.request("GET", caseUrl(meeting.id, "00000000-0000-4000-8000-000000000000"));
    expect(refused.statusCode).toBe(404);
    expect(refused.body).toBe(missing.body);
    for (const text of [...identifying, kase.reference]) expect(refused.body).not.toContain(text);
    const [audit] = await refusalsOf(kase.id);
    expect(audit).toMatchObject({ actorUserId: memberUser.id, clientId: kase.clientId, details: { meetingId: meeting.id, reason } });
  });

  it("hides a case from a member once they declare a conflict on it, and refuses a member of another site's panel", async () => {
    const { memberAgent, memberUser, meeting, kase, organisation } = await scene();
    const declared = await memberAgent.request("POST", `/api/panel/meetings/${meeting.id}/conflicts`, { caseId: kase.id });
    expect(declared.statusCode, declared.body).toBe(200);
    expect(declared.json()).toMatchObject({ agenda: [], hiddenForConflict: 1 });
    expect((await memberAgent.request("POST", `/api/panel/meetings/${meeting.id}/conflicts`, { caseId: kase.id })).statusCode).toBe(200);
    expect((await memberAgent.request("GET", caseUrl(meeting.id, kase.id))).statusCode).toBe(404);
    expect((await refusalsOf(kase.id)).map((event) => event.details)).toEqual([{ meetingId: meeting.id, reason: "conflict" }]);

    const outsiderUser = await createUser(deps.db, deps.vault, organisation, { role: "panel_member", site: 1 });
    await addTestMember(deps, organisation, outsiderUser.id, { site: 1 });
    const outsider = await signInAs(app, outsiderUser, deps.now());
    expect((await outsider.request("GET", caseUrl(meeting.id, kase.id))).statusCode).toBe(404);
    expect((await outsider.request("GET", `/api/panel/meetings/${meeting.id}`)).statusCode).toBe(404);
    const reasons = (await refusalsOf(kase.id)).map((event) => [event.actorUserId, (event.details as { reason: string }).reason]);
    expect(reasons).toEqual(expect.arrayContaining([[memberUser.id, "conflict"], [outsiderUser.id, "not_a_member"]]));
  });

  it("tells a member nothing about an agenda they cannot read yet: a conflict on a case not open to them is not found, and changes nothing", async () => {
    const { memberAgent, meeting, kase, caseworkerUser, organisation, member } = await scene({ startsInMinutes: 5 * 24 * 60 });
    const { kase: other } = await createTestCase(deps, organisation, caseworkerUser.id);
    const before = await deps.db.select().from(panelConflicts).where(eq(panelConflicts.meetingId, meeting.id));
    // Before the window opens, a case on the agenda and one that is not get the same answer.
    expect((await memberAgent.request("POST", `/api/panel/meetings/${meeting.id}/conflicts`, { caseId: kase.id })).statusCode).toBe(404);
    expect((await memberAgent.request("POST", `/api/panel/meetings/${meeting.id}/conflicts`, { caseId: other.id })).statusCode).toBe(404);
    expect((await memberAgent.request("POST", `/api/panel/meetings/${meeting.id}/conflicts`, { caseId: kase.id, memberId: member.id })).statusCode).toBe(404);
    expect(await deps.db.select().from(panelConflicts).where(eq(panelConflicts.meetingId, meeting.id))).toEqual(before);
  });
});

describe("panel.decision", () => {
  const decision = (ownerId: string, extra: Record<string, unknown> = {}) => ({
    discussionSummary: "The panel agreed Ayesha needs a Channel referral; police to share intelligence.",
    kind: "refer_to_channel",
    actions: [{ description: "Tell Ayesha's school about the referral", ownerId, dueOn: day(7) }],
    referral: { to: { kind: "channel" }, sentOn: day(0) },
    ...extra,
  });

  it("records a member's decision with an action and the Channel referral, moves the escalation to discussed, and keeps the case visible", async () => {
    const { memberAgent, meeting, kase, escalation, caseworkerUser, memberUser } = await scene();
    const response = await memberAgent.request("POST", `${caseUrl(meeting.id, kase.id)}/decision`, decision(caseworkerUser.id));
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      kind: "refer_to_channel",
      discussionSummary: "The panel agreed [name] needs a Channel referral; police to share intelligence.",
      actions: [{ description: "Tell [name]'s school about the referral", ownerUserId: caseworkerUser.id, status: "open" }],
      referral: { target: "channel", status: "sent", decisionId: response.json().id },
    });
    const [row] = await deps.db.select().from(panelEscalations).where(eq(panelEscalations.id, escalation.id));
    expect(row).toMatchObject({ state: "discussed", decisionId: response.json().id, version: 2 });
    const events = await deps.db.select().from(panelEscalationEvents).where(eq(panelEscalationEvents.escalationId, escalation.id));
    expect(events).toEqual([expect.objectContaining({ type: "record_decision", actorUserId: memberUser.id, meetingId: meeting.id })]);
    const [stored] = await deps.db.select().from(panelDecisions).where(eq(panelDecisions.escalationId, escalation.id));
    expect(Buffer.from(stored!.discussionSummary).toString("latin1")).not.toContain("Channel referral");
    expect(await deps.db.select({ status: externalReferrals.status }).from(externalReferrals).where(eq(externalReferrals.caseId, kase.id))).toEqual([{ status: "sent" }]);

    const again = await memberAgent.request("POST", `${caseUrl(meeting.id, kase.id)}/decision`, decision(caseworkerUser.id));
    expect(again.statusCode).toBe(409);
    const view = await memberAgent.request("GET", caseUrl(meeting.id, kase.id));
    expect(view.json()).toMatchObject({ decision: { kind: "refer_to_channel" }, abilities: { recordDecision: false } });
  });

  it("refuses a decision naming the bad field and changes nothing: an action due before the meeting, an owner not on the list, a referral to the wrong agency", async () => {
    const { lead, meeting, kase, escalation, caseworkerUser, organisation } = await scene();
    const url = `${caseUrl(meeting.id, kase.id)}/decision`;
    const early = await lead.request("POST", url, decision(caseworkerUser.id, { actions: [{ description: "Visit", ownerId: caseworkerUser.id, dueOn: day(-2) }] }));
    expect(early.statusCode).toBe(422);
    expect(early.json().error.fields).toEqual([expect.objectContaining({ path: "body.actions.0.dueOn" })]);
    const stranger = await createUser(deps.db, deps.vault, organisation, { role: "caseworker", site: 1 });
    const owner = await lead.request("POST", url, decision(stranger.id));
    expect(owner.statusCode).toBe(422);
    expect(owner.json().error.fields).toEqual([expect.objectContaining({ path: "body.actions.0.ownerId" })]);
    const wrong = await lead.request("POST", url, decision(caseworkerUser.id, { referral: { to: { kind: "police" }, sentOn: day(0) } }));
    expect(wrong.statusCode).toBe(400);
    expect(JSON.stringify(wrong.json().error.fields)).toContain("referral.to.kind");

    expect(await deps.db.select().from(panelDecisions).where(eq(panelDecisions.escalationId, escalation.id))).toEqual([]);
    expect(await deps.db.select().from(panelActions).where(eq(panelActions.caseId, kase.id))).toEqual([]);
    expect(await deps.db.select().from(externalReferrals).where(eq(externalReferrals.caseId, kase.id))).toEqual([]);
    const [row] = await deps.db.select().from(panelEscalations).where(eq(panelEscalations.id, escalation.id));
    expect(row).toMatchObject({ state: "accepted", version: 1 });
  });

  it("refuses a decision from a member after the window as not found, audited", async () => {
    const { memberAgent, meeting, kase, caseworkerUser } = await scene({ startsInMinutes: -3 * 24 * 60 });
    const refused = await memberAgent.request("POST", `${caseUrl(meeting.id, kase.id)}/decision`, decision(caseworkerUser.id, { actions: [] }));
    expect(refused.statusCode).toBe(404);
    const [audit] = await deps.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, kase.id), eq(auditEvents.action, "panel.decision_refused")));
    expect(audit?.details).toEqual({ meetingId: meeting.id, reason: "after_window" });
  });
});

describe("panel.actions", () => {
  it("lists an outside member's own actions with the wording redacted, lets the owner complete one, and refuses a stale version", async () => {
    const { memberAgent, memberUser, caseworker, lead, meeting, kase } = await scene();
    const recorded = await lead.request("POST", `${caseUrl(meeting.id, kase.id)}/decision`, {
      discussionSummary: "Agreed to monitor.",
      kind: "monitor_and_review",
      actions: [{ description: "Check in with Ayesha Rahman at school", ownerId: memberUser.id, dueOn: day(3) }],
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    const mine = await memberAgent.request("GET", "/api/panel/actions?mine=true");
    expect(mine.json().items).toEqual([expect.objectContaining({ description: "Check in with [name] at school", caseReference: kase.reference, abilities: { complete: true, cancel: false, reopen: false } })]);
    expect((await caseworker.request("GET", "/api/panel/actions")).json().items).toEqual([]);
    expect((await lead.request("GET", "/api/panel/actions")).json().items[0].description).toBe("Check in with Ayesha Rahman at school");

    const actionId = mine.json().items[0].id;
    expect((await caseworker.request("POST", `/api/panel/actions/${actionId}/events`, { type: "complete", version: 1 })).statusCode).toBe(404);
    const done = await memberAgent.request("POST", `/api/panel/actions/${actionId}/events`, { type: "complete", version: 1 });
    expect(done.json()).toMatchObject({ status: "done", version: 2 });
    expect((await lead.request("POST", `/api/panel/actions/${actionId}/events`, { type: "reopen", version: 1 })).statusCode).toBe(409);
    expect((await memberAgent.request("POST", `/api/panel/actions/${actionId}/events`, { type: "reopen", version: 2 })).statusCode).toBe(403);

    // The lead reopens it and cancels it with a reason: kept sealed, shown to the lead, redacted for the member.
    expect((await lead.request("POST", `/api/panel/actions/${actionId}/events`, { type: "reopen", version: 2 })).json()).toMatchObject({ status: "open", version: 3 });
    expect((await lead.request("POST", `/api/panel/actions/${actionId}/events`, { type: "cancel", version: 3 })).statusCode).toBe(400);
    const cancelled = await lead.request("POST", `/api/panel/actions/${actionId}/events`, { type: "cancel", reason: "Ayesha Rahman moved school; the new school's lead takes it on.", version: 3 });
    expect(cancelled.json()).toMatchObject({ status: "cancelled", cancelReason: "Ayesha Rahman moved school; the new school's lead takes it on." });
    const [row] = await deps.db.select().from(panelActions).where(eq(panelActions.id, actionId));
    expect(Buffer.from(row!.cancelReason!).toString("latin1")).not.toContain("Ayesha");
    const forMember = (await memberAgent.request("GET", "/api/panel/actions?mine=true&status=all")).json().items;
    expect(forMember).toEqual([expect.objectContaining({ status: "cancelled", cancelReason: "[name] moved school; the new school's lead takes it on." })]);
  });

  it("keeps a restricted case's actions from managers not named on it, while the owner still has theirs; lists are audited", async () => {
    const { memberAgent, memberUser, lead, leadUser, meeting, kase } = await scene();
    const recorded = await lead.request("POST", `${caseUrl(meeting.id, kase.id)}/decision`, {
      discussionSummary: "Agreed to monitor.",
      kind: "monitor_and_review",
      actions: [{ description: "Speak to the school's lead", ownerId: memberUser.id, dueOn: day(3) }],
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    const actionId = (await lead.request("GET", "/api/panel/actions")).json().items[0].id;
    const reads = await deps.db.select().from(auditEvents).where(and(eq(auditEvents.actorUserId, leadUser.id), eq(auditEvents.action, "panel.actions_read")));
    expect(reads).toEqual([expect.objectContaining({ details: { actionIds: [actionId], caseIds: [kase.id] } })]);

    await deps.db.update(cases).set({ isRestricted: true }).where(eq(cases.id, kase.id));
    expect((await lead.request("GET", "/api/panel/actions")).json().items).toEqual([]);
    expect((await lead.request("POST", `/api/panel/actions/${actionId}/events`, { type: "cancel", reason: "No longer needed.", version: 1 })).statusCode).toBe(404);
    expect((await memberAgent.request("GET", "/api/panel/actions?mine=true")).json().items).toEqual([expect.objectContaining({ id: actionId, status: "open" })]);
  });
});
