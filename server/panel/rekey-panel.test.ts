import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../test/app.js";
import { createTestCase } from "../../test/case-factories.js";
import { createUser } from "../../test/factories.js";
import { signInAs } from "../../test/http.js";
import { londonDay } from "../../core/london-time.js";
import { panelActions } from "../db/schema.js";
import { createTestSession } from "../sessions/test-support.js";
import { createTestMeeting } from "./access/test-support.js";
import { panelTeam, recordTestDecision } from "./escalations/test-support.js";
import { panelFields } from "./fields.js";

const { app, deps } = await testApp();

describe("panel records in a client merge", () => {
  it("re-encrypts every panel text of the moved case under the kept record's key, and back on reversal", async () => {
    const { organisation, users, agents, kase: duplicateCase, client: duplicate } = await panelTeam(app, deps);
    const kept = await createTestCase(deps, organisation, users.lead.id);
    const session = await createTestSession(deps, duplicateCase, [users.caseworker.id], { notes: "Talked about the group at the gym." });
    const meeting = await createTestMeeting(deps, organisation, users.lead.id, { startsInMinutes: 48 * 60 });

    // A withdrawn escalation (with a state reason) and a decided one with excerpts, an action and a referral outcome.
    const first = (await agents.caseworker.request("POST", `/api/cases/${duplicateCase.id}/escalations`, { reason: "First worry.", riskSummary: "Low.", isUrgent: false })).json();
    await agents.caseworker.request("POST", `/api/panel/escalations/${first.id}/events`, { type: "withdraw", reason: "Resolved by the school.", version: 1 });
    const id = (await agents.caseworker.request("POST", `/api/cases/${duplicateCase.id}/escalations`, { reason: "Recruitment at the gym.", riskSummary: "High.", isUrgent: false })).json().id as string;
    await agents.lead.request("PUT", `/api/panel/escalations/${id}/excerpts`, { excerpts: [{ sessionId: session.id, text: "the group at the gym" }], version: 1 });
    await agents.lead.request("POST", `/api/panel/escalations/${id}/events`, { type: "accept", meetingId: meeting.id, version: 2 });
    await recordTestDecision(deps, id, { summary: "Refer to Channel.", action: { description: "Complete the form.", ownerUserId: users.caseworker.id, dueOn: "2099-01-01" } });
    const referral = (await agents.caseworker.request("POST", `/api/cases/${duplicateCase.id}/external-referrals`, { to: { kind: "police" }, sentOn: londonDay(deps.now()) })).json();
    await agents.caseworker.request("POST", `/api/external-referrals/${referral.id}/events`, { type: "decline", on: londonDay(deps.now()), reason: "Below threshold.", version: 1 });

    const manager = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "team_manager" }), deps.now());
    const merged = await manager.request("POST", `/api/clients/${kept.client.id}/merge`, { duplicateClientId: duplicate.id, reason: "Registered twice." });
    expect(merged.statusCode, merged.body).toBe(201);

    const readBack = async () => {
      const detail = (await agents.lead.request("GET", `/api/panel/escalations/${id}`)).json();
      const withdrawn = (await agents.lead.request("GET", `/api/panel/escalations/${first.id}`)).json();
      const referrals = (await agents.lead.request("GET", `/api/cases/${duplicateCase.id}/external-referrals`)).json();
      return { detail, withdrawn, referrals };
    };
    const after = await readBack();
    expect(after.detail).toMatchObject({
      reason: "Recruitment at the gym.",
      riskSummary: "High.",
      excerpts: [{ text: "the group at the gym" }],
      decision: { discussionSummary: "Refer to Channel.", actions: [{ description: "Complete the form." }] },
    });
    expect(after.withdrawn).toMatchObject({ reason: "First worry.", stateReason: "Resolved by the school." });
    expect(after.referrals.items).toEqual([expect.objectContaining({ declineReason: "Below threshold." })]);
    const [action] = await deps.db.select().from(panelActions).where(eq(panelActions.caseId, duplicateCase.id));
    expect(deps.vault.decrypt(await deps.vault.loadSubjectKey(deps.db, kept.client.id), panelFields.actionDescription, action!.description)).toBe("Complete the form.");

    const admin = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "administrator" }), deps.now());
    expect((await admin.request("POST", `/api/client-merges/${merged.json().mergeId}/reverse`)).statusCode).toBe(200);
    expect(await readBack()).toEqual(after);
  });
});
