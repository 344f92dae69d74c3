import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../test/app.js";
import { createOrganisation, createUser } from "../../test/factories.js";
import { expectCleanRefusal, signInAs } from "../../test/http.js";
import { auditEvents } from "../db/schema.js";
import { spendEntries } from "../db/funding-schema.js";
import { londonMonthOf } from "./spend-checks.js";
import { createTestGrant, createTestSpend, fundingSnapshot } from "./test-support.js";

const { app, deps } = await testApp();

async function setUp() {
  const organisation = await createOrganisation(deps.db);
  const [adminUser, manager] = await Promise.all([createUser(deps.db, deps.vault, organisation, { role: "administrator" }), createUser(deps.db, deps.vault, organisation, { role: "team_manager" })]);
  return { organisation, adminUser, admin: await signInAs(app, adminUser, deps.now()), manager: await signInAs(app, manager, deps.now()) };
}

const body = (extra: Record<string, unknown> = {}) => ({ month: "2026-05", siteId: null, category: "rent_running_costs", amountPence: 180_000, description: "Office rent, May", grantId: null, ...extra });
const pathsOf = (response: { json: () => { error: { fields: { path: string }[] } } }) => response.json().error.fields.map((field) => field.path);

describe("funding.spend", () => {
  it("records spend at a site, charged to a grant, and audits it without its description", async () => {
    const { admin, organisation } = await setUp();
    const grant = await createTestGrant(deps.db, organisation, { siteIds: [organisation.siteIds[0]] });
    const created = await admin.request("POST", "/api/funding/spend", body({ siteId: organisation.siteIds[0], category: "mentoring", amountPence: 420_000, description: "Mentor sessional fees", grantId: grant.id }));
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ month: "2026-05", siteId: organisation.siteIds[0], category: "mentoring", amountPence: 420_000, grantId: grant.id, version: 1 });
    const [event] = await deps.db.select().from(auditEvents).where(eq(auditEvents.entityId, created.json().id));
    expect([event!.action, event!.details]).toEqual(["funding.spend_recorded", { month: "2026-05", category: "mentoring", amountPence: 420_000, grantId: grant.id }]);
  });

  it("lists a page of spend over the months asked, for all, the organisation-wide only, or one site", async () => {
    const { admin, adminUser, organisation } = await setUp();
    const [birmingham, manchester] = organisation.siteIds;
    await createTestSpend(deps.db, organisation, adminUser.id, { month: "2026-04", siteId: birmingham, amountPence: 100 });
    await createTestSpend(deps.db, organisation, adminUser.id, { month: "2026-05", siteId: manchester, amountPence: 200 });
    await createTestSpend(deps.db, organisation, adminUser.id, { month: "2026-06", siteId: null, amountPence: 400 });
    await createTestSpend(deps.db, organisation, adminUser.id, { month: "2025-01", siteId: null, amountPence: 800 });
    const list = async (query: string) => (await admin.request("GET", `/api/funding/spend?from=2026-04&to=2026-06${query}`)).json();
    expect((await list("")).items.map((item: { amountPence: number }) => item.amountPence)).toEqual([400, 200, 100]);
    expect(await list("&pageSize=2&page=2")).toMatchObject({ total: 3, totalPence: 700, page: 2, items: [{ amountPence: 100 }] });
    expect((await list("&site=organisation")).totalPence).toBe(400);
    expect((await list(`&site=${manchester}`)).totalPence).toBe(200);
    // Left out, the months are the twelve up to and including this one.
    const recent = (await admin.request("GET", "/api/funding/spend")).json();
    expect(recent.months.to).toBe(londonMonthOf(deps.now()));
    expect(recent.items.map((item: { month: string }) => item.month)).not.toContain("2025-01");
  });

  it("sums spend for a period and site by category and by month", async () => {
    const { admin, adminUser, organisation } = await setUp();
    const [birmingham] = organisation.siteIds;
    await createTestSpend(deps.db, organisation, adminUser.id, { month: "2026-04", siteId: birmingham, category: "staff", amountPence: 2_000_000 });
    await createTestSpend(deps.db, organisation, adminUser.id, { month: "2026-04", siteId: birmingham, category: "resources", amountPence: 30_000 });
    await createTestSpend(deps.db, organisation, adminUser.id, { month: "2026-06", siteId: birmingham, category: "staff", amountPence: 2_000_000 });
    await createTestSpend(deps.db, organisation, adminUser.id, { month: "2026-06", siteId: null, category: "rent_running_costs", amountPence: 500_000 });
    const summary = (await admin.request("GET", `/api/funding/spend-summary?from=2026-04&to=2026-06&site=${birmingham}`)).json();
    expect(summary.totalPence).toBe(4_030_000);
    expect(summary.byMonth).toEqual([
      { month: "2026-04", totalPence: 2_030_000 },
      { month: "2026-05", totalPence: 0 },
      { month: "2026-06", totalPence: 2_000_000 },
    ]);
    expect(summary.byCategory.filter((entry: { totalPence: number }) => entry.totalPence > 0)).toEqual([
      { category: "staff", totalPence: 4_000_000 },
      { category: "resources", totalPence: 30_000 },
    ]);
    expect((await admin.request("GET", "/api/funding/spend-summary?from=2026-04&to=2026-06")).json().totalPence).toBe(4_530_000);
  });

  it("refuses bad spend naming each field, and changes nothing", async () => {
    const { admin, organisation } = await setUp();
    const elsewhere = await createOrganisation(deps.db);
    const theirGrant = await createTestGrant(deps.db, elsewhere);
    const birminghamGrant = await createTestGrant(deps.db, organisation, { siteIds: [organisation.siteIds[0]] });
    const before = await fundingSnapshot(deps.db, organisation.id);
    const shape = await admin.request("POST", "/api/funding/spend", body({ month: "2026-13", category: "lunch", amountPence: 0, description: "" }));
    expectCleanRefusal(shape);
    expect(pathsOf(shape).sort()).toEqual(["body.amountPence", "body.category", "body.description", "body.month"]);
    const references = await admin.request("POST", "/api/funding/spend", body({ month: "2099-01", siteId: elsewhere.siteIds[0], grantId: theirGrant.id }));
    expect(references.json().error.fields).toEqual([
      { path: "body.month", message: "Record spend for a month that has begun." },
      { path: "body.siteId", message: "No such site." },
      { path: "body.grantId", message: "No such grant." },
    ]);
    const wrongSite = await admin.request("POST", "/api/funding/spend", body({ siteId: organisation.siteIds[1], grantId: birminghamGrant.id }));
    expect(wrongSite.json().error.fields).toEqual([{ path: "body.grantId", message: "This grant does not support this site." }]);
    const beforeGrant = await admin.request("POST", "/api/funding/spend", body({ month: "2026-03", siteId: organisation.siteIds[0], grantId: birminghamGrant.id }));
    expect(beforeGrant.json().error.fields).toEqual([{ path: "body.grantId", message: "This grant does not run in this month." }]);
    const badPeriod = await admin.request("GET", "/api/funding/spend-summary?from=2026-06&to=2026-04");
    expect([badPeriod.statusCode, pathsOf(badPeriod)]).toEqual([400, ["query.to"]]);
    const tooLong = await admin.request("GET", "/api/funding/spend?from=2020-01&to=2026-01");
    expect([tooLong.statusCode, pathsOf(tooLong)]).toEqual([400, ["query.to"]]);
    expect((await admin.request("GET", `/api/funding/spend-summary?site=${elsewhere.siteIds[0]}`)).statusCode).toBe(404);
    expect(await fundingSnapshot(deps.db, organisation.id)).toEqual(before);
  });

  it("corrects spend with the version seen, refuses a stale one, and removes an entry recorded in error", async () => {
    const { admin, adminUser, organisation } = await setUp();
    const spend = await createTestSpend(deps.db, organisation, adminUser.id);
    const url = `/api/funding/spend/${spend.id}`;
    const corrected = await admin.request("PUT", url, { ...body({ month: "2026-04", siteId: organisation.siteIds[0], category: "staff", amountPence: 110_000 }), version: 1 });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json()).toMatchObject({ amountPence: 110_000, description: "Office rent, May", version: 2 });
    const before = await fundingSnapshot(deps.db, organisation.id);
    const stale = await admin.request("PUT", url, { ...body(), version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(await fundingSnapshot(deps.db, organisation.id)).toEqual(before);
    const removed = await admin.request("DELETE", url);
    expect(removed.statusCode, removed.body).toBe(204);
    expect(await deps.db.select().from(spendEntries).where(eq(spendEntries.id, spend.id))).toEqual([]);
    const events = await deps.db.select().from(auditEvents).where(eq(auditEvents.entityId, spend.id));
    expect(events.map((event) => [event.action, event.details]).sort()).toEqual([
      ["funding.spend_corrected", { changed: ["amountPence", "description"], fromPence: 100_000, toPence: 110_000 }],
      ["funding.spend_removed", { month: "2026-04", category: "staff", amountPence: 110_000, grantId: null }],
    ]);
  });

  it("refuses anyone but an administrator (403) and answers 404 for another organisation's spend, changing nothing", async () => {
    const { admin, manager, organisation } = await setUp();
    const elsewhere = await createOrganisation(deps.db);
    const theirs = await createTestSpend(deps.db, elsewhere, (await createUser(deps.db, deps.vault, elsewhere, { role: "administrator" })).id);
    expect((await manager.request("GET", "/api/funding/spend")).statusCode).toBe(403);
    expect((await manager.request("POST", "/api/funding/spend", body())).statusCode).toBe(403);
    const before = await fundingSnapshot(deps.db, organisation.id);
    expect((await admin.request("PUT", `/api/funding/spend/${theirs.id}`, { ...body(), version: 1 })).statusCode).toBe(404);
    expect((await admin.request("DELETE", `/api/funding/spend/${theirs.id}`)).statusCode).toBe(404);
    expect(await fundingSnapshot(deps.db, organisation.id)).toEqual(before);
    expect(await deps.db.select().from(spendEntries).where(eq(spendEntries.id, theirs.id))).toHaveLength(1);
  });
});
