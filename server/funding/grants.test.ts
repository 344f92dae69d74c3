import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../test/app.js";
import { createOrganisation, createUser } from "../../test/factories.js";
import { expectCleanRefusal, signInAs } from "../../test/http.js";
import { auditEvents } from "../db/schema.js";
import { fundingGrants } from "../db/funding-schema.js";
import { createTestFunder } from "../reporting/contracts/test-support.js";
import { createTestGrant, createTestSpend, fundingSnapshot } from "./test-support.js";

const { app, deps } = await testApp();

async function setUp() {
  const organisation = await createOrganisation(deps.db);
  const [adminUser, manager] = await Promise.all([createUser(deps.db, deps.vault, organisation, { role: "administrator" }), createUser(deps.db, deps.vault, organisation, { role: "team_manager" })]);
  const funder = await createTestFunder(deps.db, organisation, { kind: "home_office" });
  return { organisation, funder, adminUser, admin: await signInAs(app, adminUser, deps.now()), manager: await signInAs(app, manager, deps.now()) };
}

const body = (funderId: string, extra: Record<string, unknown> = {}) => ({
  funderId,
  purpose: "Prevention mentoring for young people at risk of exploitation",
  amountPence: 4_500_000,
  startsOn: "2026-04-01",
  endsOn: "2027-03-31",
  restrictions: "Staff costs and resources only.\nNot for capital costs.",
  siteIds: [],
  programmeCodes: [],
  isDisclosed: true,
  isAmountDisclosed: false,
  ...extra,
});

describe("funding.grants", () => {
  it("adds a grant, lists it with the spend charged to it, and audits it without its words", async () => {
    const { admin, adminUser, funder, organisation } = await setUp();
    const created = await admin.request("POST", "/api/funding/grants", body(funder.id, { siteIds: [organisation.siteIds[0]] }));
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ funderId: funder.id, funderName: funder.name, amountPence: 4_500_000, endedOn: null, isDisclosed: true, spentPence: 0, version: 1 });
    await createTestSpend(deps.db, organisation, adminUser.id, { grantId: created.json().id, amountPence: 250_000 });
    const list = await admin.request("GET", `/api/funding/grants?funderId=${funder.id}`);
    expect(list.json().items.map((grant: { id: string; spentPence: number }) => [grant.id, grant.spentPence])).toEqual([[created.json().id, 250_000]]);
    const audits = await deps.db.select().from(auditEvents).where(eq(auditEvents.entityId, created.json().id));
    expect(audits.map((event) => event.action)).toEqual(["funding.grant_added"]);
    expect(JSON.stringify(audits[0]!.details)).not.toMatch(/mentoring|capital/);
  });

  it("refuses bad input naming each field, and changes nothing", async () => {
    const { admin, organisation, funder } = await setUp();
    const elsewhere = await createOrganisation(deps.db);
    const before = await fundingSnapshot(deps.db, organisation.id);
    const shape = await admin.request("POST", "/api/funding/grants", body(funder.id, { purpose: " ", amountPence: -1, endsOn: "2026-03-31", isDisclosed: false, isAmountDisclosed: true }));
    expectCleanRefusal(shape);
    expect(shape.statusCode).toBe(400);
    expect(shape.json().error.fields.map((field: { path: string }) => field.path).sort()).toEqual(["body.amountPence", "body.endsOn", "body.isAmountDisclosed", "body.purpose"]);
    const references = await admin.request("POST", "/api/funding/grants", body((await createTestFunder(deps.db, elsewhere)).id, { siteIds: [elsewhere.siteIds[0]], programmeCodes: ["no_such_programme"] }));
    expect(references.statusCode).toBe(400);
    expect(references.json().error.fields.map((field: { path: string }) => field.path)).toEqual(["body.funderId", "body.siteIds.0", "body.programmeCodes.0"]);
    expect(await fundingSnapshot(deps.db, organisation.id)).toEqual(before);
  });

  it("changes a grant with the version seen, and refuses a stale version without changing it", async () => {
    const { admin, organisation, funder } = await setUp();
    const created = (await admin.request("POST", "/api/funding/grants", body(funder.id))).json();
    const url = `/api/funding/grants/${created.id}`;
    const changed = await admin.request("PUT", url, { ...body(funder.id, { amountPence: 5_000_000, isAmountDisclosed: true }), version: 1 });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ amountPence: 5_000_000, isAmountDisclosed: true, version: 2 });
    const before = await fundingSnapshot(deps.db, organisation.id);
    const stale = await admin.request("PUT", url, { ...body(funder.id, { amountPence: 1 }), version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(await fundingSnapshot(deps.db, organisation.id)).toEqual(before);
    const [event] = await deps.db.select().from(auditEvents).where(and(eq(auditEvents.action, "funding.grant_updated"), eq(auditEvents.entityId, created.id)));
    expect(event!.details).toEqual({ changed: ["amountPence", "isAmountDisclosed"] });
  });

  it("refuses a change that would leave charged spend outside the grant, naming the grant's field", async () => {
    const { admin, adminUser, organisation, funder } = await setUp();
    const grant = await createTestGrant(deps.db, organisation, { funderId: funder.id });
    await createTestSpend(deps.db, organisation, adminUser.id, { month: "2026-09", siteId: organisation.siteIds[1], grantId: grant.id });
    const before = await fundingSnapshot(deps.db, organisation.id);
    const narrower = await admin.request("PUT", `/api/funding/grants/${grant.id}`, { ...body(funder.id, { endsOn: "2026-08-31", siteIds: [organisation.siteIds[0]] }), version: 1 });
    expect(narrower.statusCode).toBe(400);
    expect(narrower.json().error.fields.map((field: { path: string }) => field.path)).toEqual(["body.endsOn"]);
    const otherSite = await admin.request("PUT", `/api/funding/grants/${grant.id}`, { ...body(funder.id, { siteIds: [organisation.siteIds[0]] }), version: 1 });
    expect(otherSite.json().error.fields.map((field: { path: string }) => field.path)).toEqual(["body.siteIds"]);
    expect(await fundingSnapshot(deps.db, organisation.id)).toEqual(before);
  });

  it("ends a grant early within its period, refuses an end that would strand charged spend, and takes the end back", async () => {
    const { admin, adminUser, organisation, funder } = await setUp();
    const grant = await createTestGrant(deps.db, organisation, { funderId: funder.id });
    await createTestSpend(deps.db, organisation, adminUser.id, { month: "2026-10", grantId: grant.id });
    const url = `/api/funding/grants/${grant.id}/end`;
    const outside = await admin.request("POST", url, { endedOn: "2027-04-01", version: 1 });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.fields).toEqual([{ path: "body.endedOn", message: "End the grant on a day within its period." }]);
    const stranding = await admin.request("POST", url, { endedOn: "2026-09-30", version: 1 });
    expect(stranding.json().error.fields.map((field: { path: string }) => field.path)).toEqual(["body.endedOn"]);
    const ended = await admin.request("POST", url, { endedOn: "2026-10-15", version: 1 });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json()).toMatchObject({ endedOn: "2026-10-15", version: 2 });
    expect((await admin.request("POST", url, { endedOn: null, version: 1 })).statusCode).toBe(409);
    const reopened = await admin.request("POST", url, { endedOn: null, version: 2 });
    expect(reopened.json()).toMatchObject({ endedOn: null, version: 3 });
    const actions = (await deps.db.select().from(auditEvents).where(eq(auditEvents.entityId, grant.id))).map((event) => event.action).sort();
    expect(actions).toEqual(["funding.grant_ended", "funding.grant_reopened"]);
  });

  it("refuses anyone but an administrator (403) and answers 404 for another organisation's grant, changing nothing", async () => {
    const { admin, manager, organisation, funder } = await setUp();
    const theirs = await createTestGrant(deps.db, await createOrganisation(deps.db));
    expect((await manager.request("GET", "/api/funding/grants")).statusCode).toBe(403);
    expect((await manager.request("POST", "/api/funding/grants", body(funder.id))).statusCode).toBe(403);
    const before = await fundingSnapshot(deps.db, organisation.id);
    expect((await admin.request("GET", `/api/funding/grants/${theirs.id}`)).statusCode).toBe(404);
    expect((await admin.request("PUT", `/api/funding/grants/${theirs.id}`, { ...body(funder.id), version: 1 })).statusCode).toBe(404);
    expect((await admin.request("POST", `/api/funding/grants/${theirs.id}/end`, { endedOn: "2026-10-01", version: 1 })).statusCode).toBe(404);
    expect(await fundingSnapshot(deps.db, organisation.id)).toEqual(before);
    const [unchanged] = await deps.db.select().from(fundingGrants).where(eq(fundingGrants.id, theirs.id));
    expect([unchanged!.endedOn, unchanged!.version]).toEqual([null, 1]);
  });
});
