import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { shiftMonth } from "../../core/api/reporting-dashboard.js";
import { testApp } from "../../test/app.js";
import { createOrganisation, createUser, type TestOrganisation } from "../../test/factories.js";
import { expectCleanRefusal, signInAs } from "../../test/http.js";
import { stockUp } from "../../test/outreach-factories.js";
import { insertCase, insertClient, insertOutreachSession, insertSupportSession } from "../../test/reporting-factories.js";
import { inTransaction } from "../db/client.js";
import { auditEvents, outreachStockItems } from "../db/schema.js";
import { moveStock } from "../outreach/stock/move-stock.js";
import { lastCompleteMonth } from "../reporting/returns/releases.js";
import { createTestSpend, createTestUnitCost, fundingSnapshot } from "./test-support.js";

const { app, deps } = await testApp();

async function setUp() {
  const organisation = await createOrganisation(deps.db);
  const [adminUser, manager] = await Promise.all([createUser(deps.db, deps.vault, organisation, { role: "administrator" }), createUser(deps.db, deps.vault, organisation, { role: "team_manager" })]);
  return { organisation, adminUser, admin: await signInAs(app, adminUser, deps.now()), manager: await signInAs(app, manager, deps.now()) };
}

const body = (extra: Record<string, unknown> = {}) => ({ name: "Outreach session", unit: "per session", costPence: 15_000, basis: "Two workers for three hours, travel and materials.", derivation: "outreach_session", ...extra });

/** Hands out `quantity` of a standard stock item at the organisation's first site, as if on `at`. */
async function handOut(organisation: TestOrganisation, code: string, quantity: number, at: Date) {
  await stockUp({ db: deps.db, now: () => at }, organisation, { code, quantity });
  const [item] = await deps.db.select().from(outreachStockItems).where(and(eq(outreachStockItems.siteId, organisation.siteIds[0]), eq(outreachStockItems.code, code)));
  await inTransaction(deps.db, (tx) =>
    moveStock(tx, { organisationId: organisation.id, siteId: organisation.siteIds[0], actorId: organisation.id, now: at, reason: "handed_out", movements: [{ itemId: item!.id, change: -quantity }], path: "test" }),
  );
}

describe("funding.unit costs", () => {
  it("suggests each unit cost from the last twelve whole months' spend and activity, beside the figure entered and never over it", async () => {
    const { admin, adminUser, organisation } = await setUp();
    const month = shiftMonth(lastCompleteMonth(deps.now()), -2);
    const inMonth = new Date(`${month}-15T12:00:00Z`);
    const spend = (category: "resources" | "outreach_sessions" | "mentoring" | "rent_running_costs", amountPence: number, at = month) => createTestSpend(deps.db, organisation, adminUser.id, { month: at, category, amountPence, siteId: null });
    await spend("resources", 300_000);
    await spend("outreach_sessions", 45_000);
    await spend("mentoring", 540_000);
    await spend("rent_running_costs", 200_000);
    await spend("rent_running_costs", 200_000, shiftMonth(month, -1));
    await spend("resources", 999_999, "2024-01");
    await handOut(organisation, "drug_awareness_kit", 250, inMonth);
    await handOut(organisation, "leaflet_ur", 40, inMonth);
    // This month is not a whole month yet: not counted.
    await handOut(organisation, "drug_awareness_kit", 10, deps.now());
    for (let session = 0; session < 3; session += 1) await insertOutreachSession(deps.db, organisation, { startsAt: inMonth, headcount: 20 });
    const mentored = async (attendances: (string | null)[]) => {
      const record = await insertCase(deps.db, organisation, { clientId: (await insertClient(deps.db, organisation)).id, openedAt: inMonth });
      for (const attendance of attendances) await insertSupportSession(deps.db, organisation, { caseId: record.id, startsAt: inMonth, attendance });
    };
    await mentored(["attended", "attended"]);
    await mentored(["attended"]);
    await mentored(["did_not_attend"]);
    await createTestUnitCost(deps.db, organisation, { costPence: 1_500 });

    const response = await admin.request("GET", "/api/funding/unit-costs");
    expect(response.statusCode, response.body).toBe(200);
    const list = response.json();
    expect(list.months).toEqual({ from: shiftMonth(lastCompleteMonth(deps.now()), -11), to: lastCompleteMonth(deps.now()) });
    expect(list.items.map((item: { name: string; costPence: number }) => [item.name, item.costPence])).toEqual([["Drug awareness kit", 1_500]]);
    expect(list.suggestions.map((suggestion: Record<string, unknown>) => [suggestion.derivation, suggestion.suggestedPence, suggestion.spendPence, suggestion.activityCount])).toEqual([
      ["drug_awareness_kit", 1_200, 300_000, 250],
      ["outreach_session", 15_000, 45_000, 3],
      ["mentoring_year", 270_000, 540_000, 2],
      // Two months of rent at £2,000, as a year.
      ["running_costs_year", 2_400_000, 400_000, null],
    ]);
  });

  it("suggests nothing where nothing was recorded", async () => {
    const { admin } = await setUp();
    const list = (await admin.request("GET", "/api/funding/unit-costs")).json();
    expect(list.suggestions.map((suggestion: { suggestedPence: number | null }) => suggestion.suggestedPence)).toEqual([null, null, null, null]);
  });

  it("adds, changes with the version seen and removes a unit cost, audited; a stale change or a name taken is refused", async () => {
    const { admin, organisation } = await setUp();
    const created = await admin.request("POST", "/api/funding/unit-costs", body());
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ name: "Outreach session", costPence: 15_000, derivation: "outreach_session", version: 1 });
    const url = `/api/funding/unit-costs/${created.json().id}`;
    const taken = await admin.request("POST", "/api/funding/unit-costs", body({ name: "outreach SESSION" }));
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.fields).toEqual([{ path: "body.name", message: "There is already a unit cost with this name." }]);
    const changed = await admin.request("PUT", url, { ...body({ costPence: 16_000, derivation: null }), version: 1 });
    expect(changed.json()).toMatchObject({ costPence: 16_000, derivation: null, version: 2 });
    const before = await fundingSnapshot(deps.db, organisation.id);
    expect((await admin.request("PUT", url, { ...body(), version: 1 })).statusCode).toBe(409);
    expect(await fundingSnapshot(deps.db, organisation.id)).toEqual(before);
    expect((await admin.request("DELETE", url)).statusCode).toBe(204);
    expect((await admin.request("GET", "/api/funding/unit-costs")).json().items).toEqual([]);
    const events = await deps.db.select().from(auditEvents).where(eq(auditEvents.entityId, created.json().id));
    expect(events.map((event) => [event.action, event.details]).sort()).toEqual([
      ["funding.unit_cost_added", { costPence: 15_000, derivation: "outreach_session" }],
      ["funding.unit_cost_removed", { costPence: 16_000, derivation: null }],
      ["funding.unit_cost_updated", { changed: ["costPence", "derivation"], fromPence: 15_000, toPence: 16_000 }],
    ]);
  });

  it("refuses bad input naming each field, and changes nothing", async () => {
    const { admin, organisation } = await setUp();
    const before = await fundingSnapshot(deps.db, organisation.id);
    const response = await admin.request("POST", "/api/funding/unit-costs", body({ unit: "", costPence: 0, derivation: "guesswork", basis: "a\u202eb" }));
    expectCleanRefusal(response);
    expect(response.json().error.fields.map((field: { path: string }) => field.path).sort()).toEqual(["body.basis", "body.costPence", "body.derivation", "body.unit"]);
    expect(await fundingSnapshot(deps.db, organisation.id)).toEqual(before);
  });

  it("refuses anyone but an administrator (403) and answers 404 for another organisation's unit cost, changing nothing", async () => {
    const { admin, manager, organisation } = await setUp();
    const theirs = await createTestUnitCost(deps.db, await createOrganisation(deps.db));
    expect((await manager.request("GET", "/api/funding/unit-costs")).statusCode).toBe(403);
    expect((await manager.request("POST", "/api/funding/unit-costs", body())).statusCode).toBe(403);
    const before = await fundingSnapshot(deps.db, organisation.id);
    expect((await admin.request("PUT", `/api/funding/unit-costs/${theirs.id}`, { ...body(), version: 1 })).statusCode).toBe(404);
    expect((await admin.request("DELETE", `/api/funding/unit-costs/${theirs.id}`)).statusCode).toBe(404);
    expect(await fundingSnapshot(deps.db, organisation.id)).toEqual(before);
  });
});
