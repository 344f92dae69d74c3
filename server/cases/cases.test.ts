import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../test/app.js";
import { createTestCase } from "../../test/case-factories.js";
import { createOrganisation, createUser, type TestOrganisation } from "../../test/factories.js";
import { signedInTeam } from "../../test/team.js";
import { signInAs } from "../../test/http.js";
import { auditEvents, consents, notifications } from "../db/schema.js";

const { app, deps, clock } = await testApp();

const team = (organisation: TestOrganisation) => signedInTeam(app, deps, organisation);

const begin = (version: number) => ({ event: { type: "begin_support", tier: "intensive" }, reason: "Assessment shows high risk.", version });

describe("cases", () => {
  it("moves through its states, with every step on the timeline with who and why", async () => {
    const organisation = await createOrganisation(deps.db);
    const { caseworker, manager, managerUser } = await team(organisation);
    const { kase } = await createTestCase(deps, organisation, managerUser.id);
    const url = `/api/cases/${kase.id}/transitions`;
    expect((await caseworker.request("POST", url, begin(1))).json()).toMatchObject({ state: "active", tier: "intensive", version: 2 });
    expect((await caseworker.request("POST", url, { event: { type: "start_review" }, reason: "Six-week review.", version: 2 })).json()).toMatchObject({ state: "review" });
    // Closing records an outcome: a manager approves it, not the caseworker.
    const close = { event: { type: "close", reason: "goals_achieved", outcome: "improved" }, reason: "Goals met; family agrees.", version: 3 };
    expect((await caseworker.request("POST", url, close)).statusCode).toBe(403);
    const closed = (await manager.request("POST", url, close)).json();
    expect(closed).toMatchObject({ state: "closed", closureReason: "goals_achieved", closureOutcome: "improved" });
    expect(closed.timeline.map((e: { type: string }) => e.type)).toEqual(["opened", "begin_support", "start_review", "close"]);
    expect(closed.timeline[3]).toMatchObject({ reason: "Goals met; family agrees.", fromState: "review", toState: "closed", actorName: "Test User" });
    expect((await manager.request("POST", url, { event: { type: "reopen" }, reason: "New concern from school.", version: 4 })).json()).toMatchObject({ state: "assessment", tier: null });
  });

  it("refuses a transition the state machine does not allow, and a stale version", async () => {
    const organisation = await createOrganisation(deps.db);
    const { caseworker, managerUser } = await team(organisation);
    const { kase } = await createTestCase(deps, organisation, managerUser.id);
    const url = `/api/cases/${kase.id}/transitions`;
    const invalid = await caseworker.request("POST", url, { event: { type: "start_review" }, reason: "Too early.", version: 1 });
    expect(invalid.statusCode).toBe(409);
    expect(invalid.json().error.code).toBe("invalid_transition");
    expect((await caseworker.request("POST", url, begin(1))).statusCode).toBe(200);
    const stale = await caseworker.request("POST", url, { event: { type: "change_tier", tier: "low_level" }, reason: "Stale page.", version: 1 });
    expect(stale.statusCode).toBe(409);
  });

  it("hides a case from a mentor until they are assigned to it", async () => {
    const organisation = await createOrganisation(deps.db);
    const { manager, managerUser, mentor, mentorUser } = await team(organisation);
    const { kase } = await createTestCase(deps, organisation, managerUser.id);
    expect((await mentor.request("GET", `/api/cases/${kase.id}`)).statusCode).toBe(404);
    expect((await mentor.request("GET", `/api/cases?siteId=${organisation.siteIds[0]}`)).json().items).toEqual([]);
    const assigned = await manager.request("POST", `/api/cases/${kase.id}/assignments`, { userId: mentorUser.id, role: "mentor" });
    expect(assigned.json().assignments).toEqual([expect.objectContaining({ userId: mentorUser.id, role: "mentor" })]);
    expect((await mentor.request("GET", `/api/cases/${kase.id}`)).json()).toMatchObject({ id: kase.id, abilities: { transition: false } });
    expect((await mentor.request("GET", `/api/cases?siteId=${organisation.siteIds[0]}`)).json().items).toHaveLength(1);
    expect((await manager.request("DELETE", `/api/cases/${kase.id}/assignments/${mentorUser.id}`)).statusCode).toBe(204);
    expect((await mentor.request("GET", `/api/cases/${kase.id}`)).statusCode).toBe(404);
  });

  it("keeps a restricted case to the people named on it", async () => {
    const organisation = await createOrganisation(deps.db);
    const { caseworker, caseworkerUser, manager, managerUser } = await team(organisation);
    const { kase } = await createTestCase(deps, organisation, managerUser.id);
    await manager.request("POST", `/api/cases/${kase.id}/restriction`, { isRestricted: true, reason: "Channel referral." });
    expect((await caseworker.request("GET", `/api/cases/${kase.id}`)).statusCode).toBe(404);
    expect((await manager.request("GET", `/api/cases/${kase.id}`)).json()).toMatchObject({ isRestricted: true });
    await manager.request("POST", `/api/cases/${kase.id}/access-grants`, { userId: caseworkerUser.id });
    expect((await caseworker.request("GET", `/api/cases/${kase.id}`)).statusCode).toBe(200);
  });

  it("lets a manager break the glass for an hour, audited, with the case's managers alerted", async () => {
    const organisation = await createOrganisation(deps.db);
    const siteManager = await createUser(deps.db, deps.vault, organisation, { role: "team_manager", site: 1 });
    const leadUser = await createUser(deps.db, deps.vault, organisation, { role: "safeguarding_lead" });
    const lead = await signInAs(app, leadUser, deps.now());
    const { kase } = await createTestCase(deps, organisation, siteManager.id, { site: 1 });
    expect((await lead.request("GET", `/api/cases/${kase.id}`)).statusCode).toBe(404);
    const tooShort = await lead.request("POST", `/api/cases/${kase.id}/break-glass`, { reason: "urgent" });
    expect(tooShort.statusCode).toBe(400);
    const granted = await lead.request("POST", `/api/cases/${kase.id}/break-glass`, { reason: "Police report the young person is missing tonight." });
    expect(granted.statusCode).toBe(201);
    const view = (await lead.request("GET", `/api/cases/${kase.id}`)).json();
    expect(view).toMatchObject({ isBreakGlass: true, abilities: { transition: false, assign: false, restrict: false, transfer: false } });
    expect(await deps.db.select().from(notifications).where(and(eq(notifications.userId, siteManager.id), eq(notifications.kind, "break_glass")))).toHaveLength(1);
    expect(await deps.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, kase.id), eq(auditEvents.action, "case.read_break_glass")))).toHaveLength(1);
    clock.advanceMinutes(61);
    // An hour later the access has lapsed (a fresh sign-in, as the old session has gone idle).
    const later = await signInAs(app, leadUser, deps.now());
    expect((await later.request("GET", `/api/cases/${kase.id}`)).statusCode).toBe(404);
  });

  it("transfers a case to another site with consent recorded, audited at both sites", async () => {
    const organisation = await createOrganisation(deps.db);
    const { caseworker, manager, managerUser } = await team(organisation);
    const receiving = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "caseworker", site: 1 }), deps.now());
    const { kase, client } = await createTestCase(deps, organisation, managerUser.id);
    const moved = await manager.request("POST", `/api/cases/${kase.id}/transfer`, { toSiteId: organisation.siteIds[1], consentMethod: "verbal", reason: "Family moved to Manchester." });
    expect(moved.statusCode, moved.body).toBe(204);
    expect((await caseworker.request("GET", `/api/cases/${kase.id}`)).statusCode).toBe(404);
    expect((await receiving.request("GET", `/api/cases/${kase.id}`)).json()).toMatchObject({ siteId: organisation.siteIds[1] });
    expect(await deps.db.select().from(consents).where(eq(consents.clientId, client.id))).toMatchObject([{ purpose: "share_with_partner", status: "given", method: "verbal" }]);
    const sites = (await deps.db.select({ siteId: auditEvents.siteId }).from(auditEvents).where(and(eq(auditEvents.entityId, kase.id), eq(auditEvents.action, "case.transferred_out")))).map((e) => e.siteId);
    const siteIn = (await deps.db.select({ siteId: auditEvents.siteId }).from(auditEvents).where(and(eq(auditEvents.entityId, kase.id), eq(auditEvents.action, "case.transferred_in")))).map((e) => e.siteId);
    expect([sites, siteIn]).toEqual([[organisation.siteIds[0]], [organisation.siteIds[1]]]);
  });
});
