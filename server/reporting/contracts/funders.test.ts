import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../../test/app.js";
import { createOrganisation, createUser } from "../../../test/factories.js";
import { expectCleanRefusal, signInAs } from "../../../test/http.js";
import { organisationSnapshot } from "../../../test/snapshot.js";
import { auditEvents, funderCommissioners, funders } from "../../db/schema.js";
import { createTestFunder } from "./test-support.js";

const { app, deps } = await testApp();

async function setUp() {
  const organisation = await createOrganisation(deps.db);
  const [admin, manager] = await Promise.all([createUser(deps.db, deps.vault, organisation, { role: "administrator" }), createUser(deps.db, deps.vault, organisation, { role: "team_manager" })]);
  return { organisation, admin: await signInAs(app, admin, deps.now()), manager: await signInAs(app, manager, deps.now()) };
}

const body = (extra: Record<string, unknown> = {}) => ({ name: `Birmingham City Council ${Math.random().toString(36).slice(2, 8)}`, kind: "local_authority", seesNationalTrends: false, ...extra });

describe("reporting.funders", () => {
  it("adds a funder, lists it with its commissioners and contracts, and audits the addition by kind", async () => {
    const { admin } = await setUp();
    const created = await admin.request("POST", "/api/reporting/funders", body({ name: "Home Office", kind: "home_office", seesNationalTrends: true }));
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ name: "Home Office", kind: "home_office", seesNationalTrends: true, isActive: true, commissioners: [], contractCount: 0, version: 1 });
    const list = await admin.request("GET", "/api/reporting/funders");
    expect(list.json().items.map((funder: { name: string }) => funder.name)).toEqual(["Home Office"]);
    const audits = await deps.db.select().from(auditEvents).where(eq(auditEvents.entityId, created.json().id));
    expect(audits.map((event) => [event.action, event.details])).toEqual([["reporting.funder_added", { kind: "home_office", seesNationalTrends: true }]]);
  });

  it("refuses a second funder with the same name in any case, naming the field, and changes nothing", async () => {
    const { admin, organisation } = await setUp();
    await admin.request("POST", "/api/reporting/funders", body({ name: "Luton Borough Council" }));
    const before = await organisationSnapshot(deps.db, organisation.id);
    const again = await admin.request("POST", "/api/reporting/funders", body({ name: "luton borough council" }));
    expect(again.statusCode).toBe(409);
    expect(again.json().error.fields).toEqual([{ path: "body.name", message: "There is already a funder with this name." }]);
    expect(await organisationSnapshot(deps.db, organisation.id)).toEqual(before);
  });

  it("refuses an unknown kind and an empty name, naming the fields", async () => {
    const { admin } = await setUp();
    const response = await admin.request("POST", "/api/reporting/funders", body({ name: " ", kind: "lottery" }));
    expectCleanRefusal(response);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields.map((field: { path: string }) => field.path).sort()).toEqual(["body.kind", "body.name"]);
  });

  it("changes a funder with the version seen, deactivates it, and refuses a stale version without changing it", async () => {
    const { admin, organisation } = await setUp();
    const created = (await admin.request("POST", "/api/reporting/funders", body())).json();
    const url = `/api/reporting/funders/${created.id}`;
    const renamed = await admin.request("PUT", url, { ...body({ name: "West Midlands PCC", kind: "police_crime_commissioner" }), isActive: true, version: 1 });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({ name: "West Midlands PCC", kind: "police_crime_commissioner", version: 2 });
    const before = await organisationSnapshot(deps.db, organisation.id);
    const stale = await admin.request("PUT", url, { ...body(), isActive: false, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(await organisationSnapshot(deps.db, organisation.id)).toEqual(before);
    const deactivated = await admin.request("PUT", url, { ...body({ name: "West Midlands PCC", kind: "police_crime_commissioner" }), isActive: false, version: 2 });
    expect(deactivated.json()).toMatchObject({ isActive: false, version: 3 });
    expect((await admin.request("GET", "/api/reporting/funders")).json().items).toEqual([]);
    expect((await admin.request("GET", "/api/reporting/funders?includeInactive=true")).json().items).toHaveLength(1);
    const actions = (await deps.db.select().from(auditEvents).where(eq(auditEvents.entityId, created.id))).map((event) => event.action).sort();
    expect(actions).toEqual(["reporting.funder_added", "reporting.funder_deactivated", "reporting.funder_updated"]);
  });

  it("links commissioner accounts to a funder and unlinks them, audited by account id", async () => {
    const { admin, organisation } = await setUp();
    const funder = await createTestFunder(deps.db, organisation);
    const [first, second] = await Promise.all([createUser(deps.db, deps.vault, organisation, { role: "commissioner" }), createUser(deps.db, deps.vault, organisation, { role: "commissioner" })]);
    const url = `/api/reporting/funders/${funder.id}/commissioners`;
    const linked = await admin.request("PUT", url, { userIds: [first.id, second.id] });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json().commissioners.map((link: { userId: string }) => link.userId).sort()).toEqual([first.id, second.id].sort());
    const relinked = await admin.request("PUT", url, { userIds: [second.id] });
    expect(relinked.json().commissioners.map((link: { userId: string }) => link.userId)).toEqual([second.id]);
    expect(await deps.db.select().from(funderCommissioners).where(eq(funderCommissioners.funderId, funder.id))).toHaveLength(1);
    const audits = await deps.db.select().from(auditEvents).where(eq(auditEvents.entityId, funder.id));
    expect(audits.map((event) => event.details)).toEqual(expect.arrayContaining([{ added: expect.arrayContaining([first.id, second.id]), removed: [] }, { added: [], removed: [first.id] }]));
  });

  it("links only the organisation's commissioner accounts, and never one already linked to another funder", async () => {
    const { admin, organisation } = await setUp();
    const [funder, other] = await Promise.all([createTestFunder(deps.db, organisation), createTestFunder(deps.db, organisation)]);
    const elsewhere = await createOrganisation(deps.db);
    const [caseworker, foreign, taken] = await Promise.all([
      createUser(deps.db, deps.vault, organisation, { role: "caseworker" }),
      createUser(deps.db, deps.vault, elsewhere, { role: "commissioner" }),
      createUser(deps.db, deps.vault, organisation, { role: "commissioner" }),
    ]);
    await admin.request("PUT", `/api/reporting/funders/${other.id}/commissioners`, { userIds: [taken.id] });
    const before = await organisationSnapshot(deps.db, organisation.id);
    const wrong = await admin.request("PUT", `/api/reporting/funders/${funder.id}/commissioners`, { userIds: [caseworker.id, foreign.id] });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields.map((field: { path: string }) => field.path)).toEqual(["body.userIds.0", "body.userIds.1"]);
    const moved = await admin.request("PUT", `/api/reporting/funders/${funder.id}/commissioners`, { userIds: [taken.id] });
    expect(moved.statusCode).toBe(409);
    expect(moved.json().error.fields).toEqual([{ path: "body.userIds.0", message: "Already linked to another funder: unlink them there first." }]);
    expect(await organisationSnapshot(deps.db, organisation.id)).toEqual(before);
  });

  it("refuses anyone but an administrator (403) and answers 404 for another organisation's funder, changing nothing", async () => {
    const { admin, manager, organisation } = await setUp();
    const theirs = await createTestFunder(deps.db, await createOrganisation(deps.db));
    expect((await manager.request("GET", "/api/reporting/funders")).statusCode).toBe(403);
    expect((await manager.request("POST", "/api/reporting/funders", body())).statusCode).toBe(403);
    expect((await admin.request("GET", `/api/reporting/funders/${theirs.id}`)).statusCode).toBe(404);
    const before = await organisationSnapshot(deps.db, organisation.id);
    const response = await admin.request("PUT", `/api/reporting/funders/${theirs.id}`, { ...body(), isActive: false, version: 1 });
    expect(response.statusCode).toBe(404);
    expect(await organisationSnapshot(deps.db, organisation.id)).toEqual(before);
    expect((await deps.db.select().from(funders).where(eq(funders.id, theirs.id)))[0]!.isActive).toBe(true);
  });
});
