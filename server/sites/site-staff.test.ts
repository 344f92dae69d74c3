import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { RoleGrant } from "../../core/roles.js";
import { testApp } from "../../test/app.js";
import { createOrganisation, createUser, type TestOrganisation } from "../../test/factories.js";
import { signInAs } from "../../test/http.js";
import { users } from "../db/schema.js";

const { app, deps } = await testApp();

async function person(organisation: TestOrganisation, displayName: string, grants: RoleGrant[], options: { isActive?: boolean } = {}) {
  const user = await createUser(deps.db, deps.vault, organisation, { grants, ...options });
  await deps.db.update(users).set({ displayName }).where(eq(users.id, user.id));
  return user;
}

describe("sites.staff", () => {
  it("shows a site's manager the active people who work there, their roles there and the roles they could take on a case", async () => {
    const organisation = await createOrganisation(deps.db);
    const [birmingham, manchester] = organisation.siteIds;
    const manager = await person(organisation, "Bilal Hussain", [{ role: "team_manager", siteId: birmingham }]);
    const mentor = await person(organisation, "Tariq Mahmood", [{ role: "mentor", siteId: birmingham }, { role: "caseworker", siteId: manchester }]);
    const both = await person(organisation, "Amina Patel", [{ role: "caseworker", siteId: birmingham }, { role: "mentor", siteId: birmingham }]);
    const outreach = await person(organisation, "Yusuf Ali", [{ role: "outreach_worker", siteId: birmingham }]);
    await person(organisation, "Zara Former", [{ role: "caseworker", siteId: birmingham }], { isActive: false });
    await person(organisation, "Omar Elsewhere", [{ role: "caseworker", siteId: manchester }]);
    await person(organisation, "Nadia Admin", [{ role: "administrator", siteId: null }]);
    const otherOrganisation = await createOrganisation(deps.db);
    await person(otherOrganisation, "Another Organisation", [{ role: "caseworker", siteId: otherOrganisation.siteIds[0] }]);

    const agent = await signInAs(app, manager, deps.now());
    const response = await agent.request("GET", `/api/sites/${birmingham}/staff`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().items).toEqual([
      { id: both.id, displayName: "Amina Patel", roles: ["caseworker", "mentor"], assignableAs: ["key_worker", "mentor", "specialist"] },
      { id: manager.id, displayName: "Bilal Hussain", roles: ["team_manager"], assignableAs: ["key_worker"] },
      { id: mentor.id, displayName: "Tariq Mahmood", roles: ["mentor"], assignableAs: ["mentor", "specialist"] },
      { id: outreach.id, displayName: "Yusuf Ali", roles: ["outreach_worker"], assignableAs: [] },
    ]);
  });

  it("is open to a safeguarding lead at the site", async () => {
    const organisation = await createOrganisation(deps.db);
    const lead = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "safeguarding_lead" }), deps.now());
    const response = await lead.request("GET", `/api/sites/${organisation.siteIds[0]}/staff`);
    expect(response.statusCode).toBe(200);
    expect(response.json().items).toHaveLength(1);
  });

  it("refuses people who do not allocate work at the site (403), and hides other sites and organisations (404)", async () => {
    const organisation = await createOrganisation(deps.db);
    const [birmingham, manchester] = organisation.siteIds;
    const url = (siteId: string) => `/api/sites/${siteId}/staff`;
    for (const role of ["caseworker", "mentor", "outreach_worker", "panel_member"] as const) {
      const agent = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role }), deps.now());
      const refused = await agent.request("GET", url(birmingham));
      expect(refused.statusCode, role).toBe(403);
      expect(refused.json().error.code).toBe("forbidden");
    }
    // Administrators see every site but allocate no casework.
    const admin = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "administrator" }), deps.now());
    expect((await admin.request("GET", url(birmingham))).statusCode).toBe(403);
    const manager = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "team_manager" }), deps.now());
    expect((await manager.request("GET", url(manchester))).statusCode).toBe(404);
    const elsewhere = await createOrganisation(deps.db);
    expect((await manager.request("GET", url(elsewhere.siteIds[0]))).statusCode).toBe(404);
    expect((await app.inject({ method: "GET", url: url(birmingham) })).statusCode).toBe(401);
  });

  it("refuses a malformed site id with a field error", async () => {
    const organisation = await createOrganisation(deps.db);
    const manager = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "team_manager" }), deps.now());
    const response = await manager.request("GET", "/api/sites/not-an-id/staff");
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([{ path: "params.siteId", message: expect.any(String) }]);
  });
});
