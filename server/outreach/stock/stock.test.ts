import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../../test/app.js";
import { createOrganisation, createUser } from "../../../test/factories.js";
import { expectCleanRefusal, signInAs } from "../../../test/http.js";
import { createTestPartner, stockUp } from "../../../test/outreach-factories.js";
import { inTransaction } from "../../db/client.js";
import { auditEvents, outreachSessions, outreachStockItems, outreachStockMovements } from "../../db/schema.js";
import { moveStock } from "./move-stock.js";

const { app, deps } = await testApp();

async function setUp() {
  const organisation = await createOrganisation(deps.db);
  const siteId = organisation.siteIds[0];
  const now = deps.now();
  const [workerUser, caseworker, mentor, otherSiteWorker] = await Promise.all([
    createUser(deps.db, deps.vault, organisation, { role: "outreach_worker" }),
    createUser(deps.db, deps.vault, organisation, { role: "caseworker" }),
    createUser(deps.db, deps.vault, organisation, { role: "mentor" }),
    createUser(deps.db, deps.vault, organisation, { role: "outreach_worker", site: 1 }),
  ]);
  return {
    organisation,
    siteId,
    workerUser,
    worker: await signInAs(app, workerUser, now),
    caseworker: await signInAs(app, caseworker, now),
    mentor: await signInAs(app, mentor, now),
    otherSiteWorker: await signInAs(app, otherSiteWorker, now),
  };
}

const itemRow = async (itemId: string) => (await deps.db.select().from(outreachStockItems).where(eq(outreachStockItems.id, itemId)))[0]!;
const movementsOf = async (itemId: string) => deps.db.select().from(outreachStockMovements).where(eq(outreachStockMovements.itemId, itemId));

describe("outreach.stock", () => {
  it("lists the standard items for a new site at zero, running low, and adds the site's own item", async () => {
    const { worker, caseworker, siteId } = await setUp();
    const list = await worker.request("GET", `/api/outreach/stock?siteId=${siteId}`);
    expect(list.statusCode, list.body).toBe(200);
    const codes = list.json().items.map((item: { code: string }) => item.code);
    expect(codes).toContain("drug_awareness_kit");
    expect(codes).toContain("leaflet_ur");
    expect(list.json().items[0]).toMatchObject({ level: 0, lowAt: 0, isRunningLow: true, handedOutRecently: 0, isStandard: true, label: null });
    expect(list.json().abilities).toEqual({ manage: true });
    expect((await caseworker.request("GET", `/api/outreach/stock?siteId=${siteId}`)).json().abilities).toEqual({ manage: false });

    const added = await worker.request("POST", "/api/outreach/stock/items", { siteId, kind: "leaflet", language: "so", label: "Knife crime leaflet (Somali)", lowAt: 20 });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({ kind: "leaflet", language: "so", label: "Knife crime leaflet (Somali)", level: 0, lowAt: 20, isRunningLow: true, isStandard: false, version: 1 });
    const twice = await worker.request("POST", "/api/outreach/stock/items", { siteId, kind: "poster", language: null, label: "knife crime leaflet (somali)", lowAt: 0 });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.fields[0].path).toBe("body.label");
    const noLanguage = await worker.request("POST", "/api/outreach/stock/items", { siteId, kind: "leaflet", language: null, label: "Grooming leaflet", lowAt: 5 });
    expect(noLanguage.statusCode).toBe(400);
    expect(noLanguage.json().error.fields[0].path).toBe("body.language");
    const audits = await deps.db.select().from(auditEvents).where(eq(auditEvents.entityId, added.json().id));
    expect(audits.map((event) => event.action)).toEqual(["outreach.stock_item_added"]);
  });

  it("records a delivery, a count (the ledger keeps the difference) and a write-off, each in the ledger with who and the level after", async () => {
    const { worker, workerUser, siteId, organisation } = await setUp();
    const kits = await stockUp(deps, organisation, { code: "drug_awareness_kit", quantity: 0 });
    const move = (body: Record<string, unknown>) => worker.request("POST", "/api/outreach/stock/movements", { itemId: kits.id, note: "", ...body });

    const delivered = await move({ reason: "delivered", quantity: 40 });
    expect(delivered.statusCode, delivered.body).toBe(201);
    expect(delivered.json()).toMatchObject({ item: { level: 40 }, movement: { change: 40, levelAfter: 40, reason: "delivered", by: { id: workerUser.id } } });
    const counted = await move({ reason: "counted", countedLevel: 37, note: "Shelf count after the Eid fair." });
    expect(counted.json()).toMatchObject({ item: { level: 37 }, movement: { change: -3, levelAfter: 37, reason: "counted" } });
    const matched = await move({ reason: "counted", countedLevel: 37 });
    expect(matched.statusCode).toBe(201);
    expect(matched.json()).toMatchObject({ item: { level: 37 }, movement: null });
    const written = await move({ reason: "written_off", quantity: 5, note: "Damaged by a leak in the store." });
    expect(written.json()).toMatchObject({ item: { level: 32 }, movement: { change: -5, levelAfter: 32, note: "Damaged by a leak in the store." } });
    const noNote = await move({ reason: "written_off", quantity: 1 });
    expect(noNote.statusCode).toBe(400);
    expect(noNote.json().error.fields[0].path).toBe("body.note");

    // A session's hand-out shows in the ledger with where it was.
    const partner = await createTestPartner(deps, organisation, { name: "Al-Noor Mosque" });
    const [session] = await deps.db
      .insert(outreachSessions)
      .values({ organisationId: organisation.id, siteId, partnerId: partner.id, sessionType: "friday_mosque_presence", startsAt: deps.now(), durationMinutes: 60, headcountTotal: 80, headcount: { total: 80 }, createdBy: workerUser.id, updatedAt: deps.now() })
      .returning();
    await inTransaction(deps.db, (tx) => moveStock(tx, { organisationId: organisation.id, siteId, actorId: workerUser.id, now: deps.now(), reason: "handed_out", movements: [{ itemId: kits.id, change: -10 }], sessionId: session!.id, path: "test" }));

    const ledger = await worker.request("GET", `/api/outreach/stock/items/${kits.id}/movements`);
    expect(ledger.statusCode, ledger.body).toBe(200);
    const body = ledger.json();
    expect(body.item).toMatchObject({ level: 22, handedOutRecently: 10 });
    expect(body.total).toBe(4);
    expect(body.items.map((entry: { reason: string; change: number; levelAfter: number }) => [entry.reason, entry.change, entry.levelAfter])).toEqual([
      ["handed_out", -10, 22],
      ["written_off", -5, 32],
      ["counted", -3, 37],
      ["delivered", 40, 40],
    ]);
    expect(body.items[0].session).toMatchObject({ id: session!.id, place: "Al-Noor Mosque", sessionType: "friday_mosque_presence" });
    const secondPage = (await worker.request("GET", `/api/outreach/stock/items/${kits.id}/movements?page=2&pageSize=3`)).json();
    expect(secondPage.items.map((entry: { levelAfter: number }) => entry.levelAfter)).toEqual([40]);
    const audits = await deps.db.select({ action: auditEvents.action }).from(auditEvents).where(and(eq(auditEvents.entityId, kits.id), eq(auditEvents.organisationId, organisation.id)));
    expect(audits.map((event) => event.action).sort()).toEqual(["outreach.stock_counted", "outreach.stock_counted", "outreach.stock_delivered", "outreach.stock_written_off"]);
  });

  it("never lets stock go below zero: a write-off of more than is held is refused naming the quantity, and nothing changes", async () => {
    const { worker, organisation } = await setUp();
    const kits = await stockUp(deps, organisation, { code: "drug_awareness_kit", quantity: 4 });
    const before = await itemRow(kits.id);
    const refused = await worker.request("POST", "/api/outreach/stock/movements", { reason: "written_off", itemId: kits.id, quantity: 5, note: "Lost at the stall." });
    expect(refused.statusCode).toBe(422);
    expectCleanRefusal(refused);
    expect(refused.json().error.fields).toEqual([{ path: "body.quantity", message: "Only 4 in stock; 5 asked for." }]);
    expect(await itemRow(kits.id)).toEqual(before);
    expect(await movementsOf(kits.id)).toHaveLength(1);
    const negative = await worker.request("POST", "/api/outreach/stock/movements", { reason: "counted", itemId: kits.id, countedLevel: -1, note: "" });
    expect(negative.statusCode).toBe(400);
    expect(await itemRow(kits.id)).toEqual(before);
  });

  it("lets only one of two hand-outs at once take the last kits, and the level never goes below zero", async () => {
    const { worker, workerUser, siteId, organisation } = await setUp();
    const kits = await stockUp(deps, organisation, { code: "drug_awareness_kit", quantity: 6 });
    const handOut = () =>
      inTransaction(deps.db, (tx) => moveStock(tx, { organisationId: organisation.id, siteId, actorId: workerUser.id, now: deps.now(), reason: "handed_out", movements: [{ itemId: kits.id, change: -4 }], path: "body.resources" })).then(
        () => "done",
        (error: unknown) => (error instanceof Error && "code" in error ? String(error.code) : "failed"),
      );
    expect((await Promise.all([handOut(), handOut()])).sort()).toEqual(["done", "unprocessable"]);
    expect((await itemRow(kits.id)).level).toBe(2);

    const writeOff = () => worker.request("POST", "/api/outreach/stock/movements", { reason: "written_off", itemId: kits.id, quantity: 2, note: "Out of date." });
    const answers = await Promise.all([writeOff(), writeOff()]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([201, 422]);
    expect((await itemRow(kits.id)).level).toBe(0);
    const ledger = await movementsOf(kits.id);
    expect(ledger.reduce((level, movement) => level + movement.change, 0)).toBe(0);
    expect(ledger).toHaveLength(3);
  });

  it("changes an item's name, low-at level and whether it is stocked with the version seen; a stopped item takes no movements", async () => {
    const { worker, organisation } = await setUp();
    const kits = await stockUp(deps, organisation, { code: "drug_awareness_kit", quantity: 3 });
    const url = `/api/outreach/stock/items/${kits.id}`;
    const raised = await worker.request("PUT", url, { label: null, lowAt: 5, isActive: true, version: kits.version + 1 });
    expect(raised.statusCode, raised.body).toBe(200);
    expect(raised.json()).toMatchObject({ label: null, lowAt: 5, isRunningLow: true, level: 3 });
    const version = raised.json().version;
    const stale = await worker.request("PUT", url, { label: "Kits", lowAt: 1, isActive: true, version: version - 1 });
    expect(stale.statusCode).toBe(409);
    const stopped = await worker.request("PUT", url, { label: "Naloxone-free drug kits", lowAt: 5, isActive: false, version });
    expect(stopped.json()).toMatchObject({ label: "Naloxone-free drug kits", isActive: false, isRunningLow: false });
    const refused = await worker.request("POST", "/api/outreach/stock/movements", { reason: "delivered", itemId: kits.id, quantity: 10, note: "" });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.fields[0].path).toBe("body.itemId");
    expect((await itemRow(kits.id)).level).toBe(3);

    const own = (await worker.request("POST", "/api/outreach/stock/items", { siteId: organisation.siteIds[0], kind: "poster", language: null, label: "County lines poster", lowAt: 2 })).json();
    const unnamed = await worker.request("PUT", `/api/outreach/stock/items/${own.id}`, { label: null, lowAt: 2, isActive: true, version: 1 });
    expect(unnamed.statusCode).toBe(422);
    expect(unnamed.json().error.fields[0].path).toBe("body.label");
  });

  it("lets the site's caseworkers read the stock but not change it, and tells others an item does not exist", async () => {
    const { caseworker, mentor, otherSiteWorker, worker, siteId, organisation } = await setUp();
    const kits = await stockUp(deps, organisation, { code: "drug_awareness_kit", quantity: 5 });
    expect((await caseworker.request("GET", `/api/outreach/stock/items/${kits.id}/movements`)).statusCode).toBe(200);
    const delivery = { reason: "delivered", itemId: kits.id, quantity: 10, note: "" };
    expect((await caseworker.request("POST", "/api/outreach/stock/movements", delivery)).statusCode).toBe(403);
    expect((await caseworker.request("PUT", `/api/outreach/stock/items/${kits.id}`, { label: null, lowAt: 1, isActive: true, version: 2 })).statusCode).toBe(403);
    expect((await caseworker.request("POST", "/api/outreach/stock/items", { siteId, kind: "poster", language: null, label: "Poster", lowAt: 0 })).statusCode).toBe(403);
    for (const agent of [mentor, otherSiteWorker]) {
      expect((await agent.request("GET", `/api/outreach/stock/items/${kits.id}/movements`)).statusCode).toBe(404);
      expect((await agent.request("POST", "/api/outreach/stock/movements", delivery)).statusCode).toBe(404);
    }
    expect((await mentor.request("GET", `/api/outreach/stock?siteId=${siteId}`)).statusCode).toBe(403);
    const elsewhere = await stockUp(deps, await createOrganisation(deps.db), { code: "leaflet_ur", quantity: 5 });
    expect((await worker.request("POST", "/api/outreach/stock/movements", { ...delivery, itemId: elsewhere.id })).statusCode).toBe(404);
    expect((await worker.request("POST", "/api/outreach/stock/movements", { ...delivery, itemId: randomUUID() })).statusCode).toBe(404);
    expect((await itemRow(kits.id)).level).toBe(5);
    expect((await itemRow(elsewhere.id)).level).toBe(5);
  });
});
