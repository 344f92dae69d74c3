import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../test/app.js";
import { createTestCase } from "../../test/case-factories.js";
import { createOrganisation, createUser, type TestOrganisation } from "../../test/factories.js";
import { signInAs } from "../../test/http.js";
import { organisationSnapshot } from "../../test/snapshot.js";
import { createWorkerProfile } from "../../test/worker-factories.js";
import type { Role } from "../../core/roles.js";
import { sites, users } from "../db/schema.js";

const { app, deps } = await testApp();

async function named(organisation: TestOrganisation, role: Role, displayName: string, site: 0 | 1 = 0) {
  const user = await createUser(deps.db, deps.vault, organisation, { role, site });
  await deps.db.update(users).set({ displayName }).where(eq(users.id, user.id));
  await createWorkerProfile(deps.db, organisation, user.id, deps.now());
  return user;
}

describe("cases.allocation", () => {
  it("assigns people only in roles their work at the site allows, and changes nothing when it refuses", async () => {
    const organisation = await createOrganisation(deps.db);
    const managerUser = await named(organisation, "team_manager", "Bilal Hussain");
    const manager = await signInAs(app, managerUser, deps.now());
    const mentor = await named(organisation, "mentor", "Tariq Mahmood");
    const outreach = await named(organisation, "outreach_worker", "Yusuf Ali");
    const { kase } = await createTestCase(deps, organisation, managerUser.id);
    const url = `/api/cases/${kase.id}/assignments`;
    const before = await organisationSnapshot(deps.db, organisation.id);
    for (const body of [{ userId: mentor.id, role: "key_worker" }, { userId: outreach.id, role: "mentor" }]) {
      const refused = await manager.request("POST", url, body);
      expect(refused.statusCode, JSON.stringify(body)).toBe(400);
      expect(refused.json().error.fields).toEqual([{ path: "body.role", message: expect.any(String) }]);
    }
    expect(await organisationSnapshot(deps.db, organisation.id)).toEqual(before);
    expect((await manager.request("POST", url, { userId: mentor.id, role: "specialist" })).statusCode).toBe(200);
    expect((await manager.request("POST", url, { userId: managerUser.id, role: "key_worker" })).json().keyWorkerName).toBe("Bilal Hussain");
  });

  it("names on a restricted case only people who work cases at its site, and lists who is named", async () => {
    const organisation = await createOrganisation(deps.db);
    const managerUser = await named(organisation, "team_manager", "Bilal Hussain");
    const manager = await signInAs(app, managerUser, deps.now());
    const outreach = await named(organisation, "outreach_worker", "Yusuf Ali");
    const caseworker = await named(organisation, "caseworker", "Amina Patel");
    const { kase } = await createTestCase(deps, organisation, managerUser.id);
    expect((await manager.request("GET", `/api/cases/${kase.id}`)).json().namedPeople).toEqual([]);
    const restricted = await manager.request("POST", `/api/cases/${kase.id}/restriction`, { isRestricted: true, reason: "Channel referral." });
    expect(restricted.json().namedPeople).toEqual([{ userId: managerUser.id, name: "Bilal Hussain" }]);
    const before = await organisationSnapshot(deps.db, organisation.id);
    const refused = await manager.request("POST", `/api/cases/${kase.id}/access-grants`, { userId: outreach.id });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields).toEqual([{ path: "body.userId", message: expect.any(String) }]);
    expect(await organisationSnapshot(deps.db, organisation.id)).toEqual(before);
    const namedNow = await manager.request("POST", `/api/cases/${kase.id}/access-grants`, { userId: caseworker.id });
    expect(namedNow.json().namedPeople).toEqual([
      { userId: caseworker.id, name: "Amina Patel" },
      { userId: managerUser.id, name: "Bilal Hussain" },
    ]);
    expect(namedNow.json().timeline.at(-1)).toMatchObject({ type: "named", personName: "Amina Patel" });
    const lifted = await manager.request("POST", `/api/cases/${kase.id}/restriction`, { isRestricted: false, reason: "Panel closed the Channel referral." });
    expect(lifted.json().namedPeople).toEqual([]);
  });

  it("names the people and sites on the timeline, not their ids", async () => {
    const organisation = await createOrganisation(deps.db);
    const managerUser = await named(organisation, "team_manager", "Bilal Hussain");
    const manager = await signInAs(app, managerUser, deps.now());
    const mentor = await named(organisation, "mentor", "Tariq Mahmood");
    const receiving = await signInAs(app, await named(organisation, "team_manager", "Hina Shah", 1), deps.now());
    const { kase } = await createTestCase(deps, organisation, managerUser.id);
    await manager.request("POST", `/api/cases/${kase.id}/assignments`, { userId: mentor.id, role: "mentor" });
    await manager.request("DELETE", `/api/cases/${kase.id}/assignments/${mentor.id}`);
    await deps.db.update(sites).set({ name: "Greater Manchester" }).where(eq(sites.id, organisation.siteIds[1]));
    await manager.request("POST", `/api/cases/${kase.id}/transfer`, { toSiteId: organisation.siteIds[1], consentMethod: "written", reason: "Moved." });
    const timeline = (await receiving.request("GET", `/api/cases/${kase.id}`)).json().timeline;
    expect(timeline.map((entry: { type: string }) => entry.type)).toEqual(["opened", "assigned", "unassigned", "transferred_out", "transferred_in"]);
    expect(timeline[1]).toMatchObject({ actorName: "Bilal Hussain", personName: "Tariq Mahmood", details: { userId: mentor.id, role: "mentor" } });
    expect(timeline[2]).toMatchObject({ personName: "Tariq Mahmood" });
    expect(timeline[3]).toMatchObject({ personName: null, fromSiteName: "Birmingham", toSiteName: "Greater Manchester" });
    expect(timeline[0]).toMatchObject({ personName: null, fromSiteName: null, toSiteName: null });
  });

  describe("transfer destinations", () => {
    it("lists a manager the organisation's other sites, including ones where they hold no role", async () => {
      const organisation = await createOrganisation(deps.db);
      const managerUser = await named(organisation, "team_manager", "Bilal Hussain");
      const manager = await signInAs(app, managerUser, deps.now());
      const [luton] = await deps.db.insert(sites).values({ organisationId: organisation.id, name: "Luton" }).returning();
      await createOrganisation(deps.db);
      const { kase } = await createTestCase(deps, organisation, managerUser.id);
      const response = await manager.request("GET", `/api/cases/${kase.id}/transfer-sites`);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json().items).toEqual([
        { id: luton!.id, name: "Luton" },
        { id: organisation.siteIds[1], name: "Manchester" },
      ]);
    });

    it("refuses a caseworker who sees the case (403), hides the case from a mentor not on it (404), and refuses a closed case", async () => {
      const organisation = await createOrganisation(deps.db);
      const managerUser = await named(organisation, "team_manager", "Bilal Hussain");
      const { kase } = await createTestCase(deps, organisation, managerUser.id);
      const url = `/api/cases/${kase.id}/transfer-sites`;
      const caseworker = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "caseworker" }), deps.now());
      expect((await caseworker.request("GET", url)).statusCode).toBe(403);
      const mentor = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "mentor" }), deps.now());
      expect((await mentor.request("GET", url)).statusCode).toBe(404);
      const otherSiteManager = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "team_manager", site: 1 }), deps.now());
      expect((await otherSiteManager.request("GET", url)).statusCode).toBe(404);
      const manager = await signInAs(app, managerUser, deps.now());
      const close = { event: { type: "close", reason: "moved_away", outcome: "not_known" }, reason: "Family left the area.", version: 1 };
      expect((await manager.request("POST", `/api/cases/${kase.id}/transitions`, close)).statusCode).toBe(200);
      expect((await manager.request("GET", url)).statusCode).toBe(403);
    });
  });
});
