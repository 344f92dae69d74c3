import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../../test/app.js";
import { createTestCase } from "../../../test/case-factories.js";
import { createOrganisation, createUser } from "../../../test/factories.js";
import { signInAs } from "../../../test/http.js";
import { auditEvents, panelMeetings } from "../../db/schema.js";
import { addTestMember, createTestMeeting, escalateTestCase } from "../access/test-support.js";
import { pdfText } from "../../../test/pdf-text.js";

const { app, deps } = await testApp();

const day = (offset: number) => new Date(deps.now().getTime() + offset * 86_400_000).toISOString().slice(0, 10);
const person = { givenName: "Ayesha", familyName: "Rahman", dateOfBirth: "2008-03-14", address: "12 Acacia Road, Sparkhill", postcode: "B11 1AA", phone: "07700 900123" };
/** Compared without spaces: each word is drawn on its own. */
const squash = (text: string) => text.replace(/\s+/g, "");
const identifying = ["Ayesha", "Rahman", "2008", "14March2008", "14/03/2008", "AcaciaRoad", "B111AA", "07700900123"];

async function scene(startsInMinutes = 60) {
  const organisation = await createOrganisation(deps.db);
  const leadUser = await createUser(deps.db, deps.vault, organisation, { role: "safeguarding_lead" });
  const caseworkerUser = await createUser(deps.db, deps.vault, organisation, { role: "caseworker" });
  const memberUser = await createUser(deps.db, deps.vault, organisation, { role: "panel_member" });
  const absentUser = await createUser(deps.db, deps.vault, organisation, { role: "panel_member" });
  const member = await addTestMember(deps, organisation, memberUser.id);
  await addTestMember(deps, organisation, absentUser.id);
  const { kase } = await createTestCase(deps, organisation, caseworkerUser.id, { identity: person });
  const meeting = await createTestMeeting(deps, organisation, leadUser.id, { startsInMinutes, attendeeIds: [member.id] });
  await escalateTestCase(deps, kase, caseworkerUser.id, { meetingId: meeting.id, reason: "Ayesha Rahman, born 14/03/2008, of B11 1AA." });
  const now = deps.now();
  const lead = await signInAs(app, leadUser, now);
  const decided = await lead.request("POST", `/api/panel/meetings/${meeting.id}/cases/${kase.id}/decision`, {
    discussionSummary: "Ayesha Rahman (born 14/03/2008, 12 Acacia Road, B11 1AA, phone 07700 900123) is drawn into an online group; the panel agreed a referral.",
    kind: "refer_to_channel",
    actions: [{ description: "Ring Ayesha's mother on 07700 900123 about the referral", ownerId: caseworkerUser.id, dueOn: day(7) }],
    referral: { to: { kind: "channel" }, sentOn: day(0) },
  });
  expect(decided.statusCode, decided.body).toBe(201);
  return {
    organisation,
    kase,
    meeting,
    decisionId: decided.json().id as string,
    memberUser,
    lead,
    caseworker: await signInAs(app, caseworkerUser, now),
    memberAgent: await signInAs(app, memberUser, now),
    absent: await signInAs(app, absentUser, now),
  };
}

describe("panel.minutes", () => {
  it("prints the minutes for an attending member with initials, age band and the decision, and no name, date of birth, address, postcode or phone", async () => {
    const { memberAgent, memberUser, meeting, kase } = await scene();
    const response = await memberAgent.request("GET", `/api/panel/meetings/${meeting.id}/minutes.pdf`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers["content-type"]).toBe("application/pdf");
    const text = squash(pdfText(response.rawPayload));
    for (const expected of ["Communitysafeguardingpanel:minutes", kase.reference, "A.R.", "aged18–24", "Decision:RefertoChannel", "ring[name]'smotheron[phone]", "Present", "TestUser,WestMidlandsPolice(Member)"]) {
      expect(text.toLowerCase()).toContain(squash(expected).toLowerCase());
    }
    for (const forbidden of identifying) expect(text).not.toContain(forbidden);
    const [audit] = await deps.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, meeting.id), eq(auditEvents.action, "panel.minutes_printed")));
    expect(audit).toMatchObject({ actorUserId: memberUser.id, details: { caseIds: [kase.id], asLead: false } });
  });

  it("prints them for the lead, and tells staff who do not run the panel, members not attending and members after the window that the meeting does not exist", async () => {
    const { lead, caseworker, absent, meeting } = await scene();
    expect((await lead.request("GET", `/api/panel/meetings/${meeting.id}/minutes.pdf`)).statusCode).toBe(200);
    expect((await caseworker.request("GET", `/api/panel/meetings/${meeting.id}/minutes.pdf`)).statusCode).toBe(404);
    expect((await absent.request("GET", `/api/panel/meetings/${meeting.id}/minutes.pdf`)).statusCode).toBe(404);
    const late = await scene(-60);
    const threeDays = 3 * 86_400_000;
    await deps.db
      .update(panelMeetings)
      .set({ startsAt: new Date(late.meeting.startsAt.getTime() - threeDays), endsAt: new Date(late.meeting.endsAt.getTime() - threeDays) })
      .where(eq(panelMeetings.id, late.meeting.id));
    expect((await late.memberAgent.request("GET", `/api/panel/meetings/${late.meeting.id}/minutes.pdf`)).statusCode).toBe(404);
    expect((await late.lead.request("GET", `/api/panel/meetings/${late.meeting.id}/minutes.pdf`)).statusCode).toBe(200);
  });
});

describe("panel.case record", () => {
  it("prints the decision in full, naming the client, for staff who see the case; a panel member is told it does not exist", async () => {
    const { caseworker, memberAgent, decisionId, kase } = await scene();
    const response = await caseworker.request("GET", `/api/panel/decisions/${decisionId}/case-record.pdf`);
    expect(response.statusCode, response.body).toBe(200);
    const text = squash(pdfText(response.rawPayload));
    for (const expected of ["AyeshaRahman", "born14March2008", kase.reference, "Decision:RefertoChannel", "RingAyesha'smotheron07700900123"]) expect(text).toContain(expected);
    expect((await memberAgent.request("GET", `/api/panel/decisions/${decisionId}/case-record.pdf`)).statusCode).toBe(404);
    const audits = await deps.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, decisionId), eq(auditEvents.action, "panel.case_record_printed")));
    expect(audits).toHaveLength(1);
  });

  it("says so in the audit trail when it is printed through emergency access", async () => {
    const { organisation, decisionId, kase } = await scene();
    const elsewhere = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "safeguarding_lead", site: 1 }), deps.now());
    expect((await elsewhere.request("GET", `/api/panel/decisions/${decisionId}/case-record.pdf`)).statusCode).toBe(404);
    expect((await elsewhere.request("POST", `/api/cases/${kase.id}/break-glass`, { reason: "Police report an immediate risk tonight; need the panel's decision." })).statusCode).toBe(201);
    expect((await elsewhere.request("GET", `/api/panel/decisions/${decisionId}/case-record.pdf`)).statusCode).toBe(200);
    const audits = await deps.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, decisionId));
    expect(audits.map((audit) => audit.action)).toContain("panel.case_record_printed_break_glass");
  });
});
