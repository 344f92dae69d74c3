import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../../test/app.js";
import { londonDay } from "../../../core/london-time.js";
import { auditEvents, externalReferrals } from "../../db/schema.js";
import { panelTeam } from "../escalations/test-support.js";

const { app, deps } = await testApp();

const daysAgo = (days: number) => londonDay(new Date(deps.now().getTime() - days * 86_400_000));

describe("panel.external-referrals", () => {
  it("records a referral sent, accepted, then closed with its outcome and the day the case came back", async () => {
    const { agents, kase } = await panelTeam(app, deps);
    const created = await agents.caseworker.request("POST", `/api/cases/${kase.id}/external-referrals`, { to: { kind: "channel" }, sentOn: daysAgo(10) });
    expect(created.statusCode, created.body).toBe(201);
    const referral = created.json();
    expect(referral).toMatchObject({ target: "channel", status: "sent", caseReference: kase.reference, abilities: { accept: true, decline: true, close: false }, version: 1 });
    const accepted = await agents.caseworker.request("POST", `/api/external-referrals/${referral.id}/events`, { type: "accept", on: daysAgo(8), version: 1 });
    expect(accepted.json()).toMatchObject({ status: "accepted", respondedOn: daysAgo(8), abilities: { close: true } });
    const closed = await agents.caseworker.request("POST", `/api/external-referrals/${referral.id}/events`, { type: "close", on: daysAgo(1), outcome: "Channel support ended; engaging well.", returnedToOrganisationOn: daysAgo(1), version: 2 });
    expect(closed.json()).toMatchObject({ status: "closed", outcome: "Channel support ended; engaging well.", returnedToOrganisationOn: daysAgo(1), version: 3 });
    const [row] = await deps.db.select().from(externalReferrals).where(eq(externalReferrals.id, referral.id));
    expect(Buffer.from(row!.outcome!).toString("latin1")).not.toMatch(/engaging/);
    const list = (await agents.manager.request("GET", `/api/cases/${kase.id}/external-referrals`)).json();
    expect(list).toMatchObject({ abilities: { add: false }, items: [{ id: referral.id, outcome: "Channel support ended; engaging well." }] });
    const audited = await deps.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.clientId, kase.clientId));
    expect(audited.map((event) => event.action)).toEqual(expect.arrayContaining(["external_referral.created", "external_referral.accepted", "external_referral.closed", "external_referral.list_read"]));
  });

  it("refuses future dates, out-of-order steps and stale versions, changing nothing", async () => {
    const { agents, kase } = await panelTeam(app, deps);
    const future = await agents.caseworker.request("POST", `/api/cases/${kase.id}/external-referrals`, { to: { kind: "police" }, sentOn: "2999-01-01" });
    expect(future.statusCode).toBe(422);
    expect(future.json().error.fields).toEqual([expect.objectContaining({ path: "body.sentOn" })]);
    const badName = await agents.caseworker.request("POST", `/api/cases/${kase.id}/external-referrals`, { to: { kind: "other", name: "" }, sentOn: daysAgo(1) });
    expect(badName.statusCode).toBe(400);
    expect(badName.json().error.fields[0].path).toBe("body.to.name");
    const referral = (await agents.caseworker.request("POST", `/api/cases/${kase.id}/external-referrals`, { to: { kind: "other", name: "Housing Options" }, sentOn: daysAgo(3) })).json();
    const step = (body: object) => agents.caseworker.request("POST", `/api/external-referrals/${referral.id}/events`, body);
    expect((await step({ type: "accept", on: "2999-01-01", version: 1 })).statusCode).toBe(422);
    expect((await step({ type: "accept", on: daysAgo(5), version: 1 })).json().error).toMatchObject({ code: "transition_refused", message: expect.stringMatching(/before the referral was sent/) });
    expect((await step({ type: "close", on: daysAgo(1), version: 1 })).json().error.code).toBe("transition_refused");
    expect((await step({ type: "accept", on: daysAgo(1), version: 2 })).statusCode).toBe(409);
    const [row] = await deps.db.select().from(externalReferrals).where(eq(externalReferrals.id, referral.id));
    expect(row).toMatchObject({ status: "sent", version: 1, respondedOn: null });
    const declined = await step({ type: "decline", on: daysAgo(1), reason: "Not in our area.", version: 1 });
    expect(declined.json()).toMatchObject({ status: "declined", declineReason: "Not in our area.", outcome: null, targetName: "Housing Options" });
  });

  it("is for caseworkers and leads working the case; restricted cases only for those named", async () => {
    const { agents, kase } = await panelTeam(app, deps);
    expect((await agents.mentor.request("POST", `/api/cases/${kase.id}/external-referrals`, { to: { kind: "police" }, sentOn: daysAgo(1) })).statusCode).toBe(403);
    expect((await agents.otherLead.request("GET", `/api/cases/${kase.id}/external-referrals`)).statusCode).toBe(404);
    const restricted = await panelTeam(app, deps, { isRestricted: true });
    const made = await restricted.agents.lead.request("POST", `/api/cases/${restricted.kase.id}/external-referrals`, { to: { kind: "channel" }, sentOn: daysAgo(1) });
    expect(made.statusCode).toBe(201);
    expect((await restricted.agents.caseworker.request("GET", `/api/cases/${restricted.kase.id}/external-referrals`)).statusCode).toBe(404);
    expect((await restricted.agents.caseworker.request("POST", `/api/external-referrals/${made.json().id}/events`, { type: "accept", on: daysAgo(0), version: 1 })).statusCode).toBe(404);
  });
});
