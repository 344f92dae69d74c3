import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { addDays } from "../../../core/instruments/reassessment.js";
import { londonDay } from "../../../core/london-time.js";
import { weekdayOf } from "../../../core/outreach/schedule.js";
import { testApp } from "../../../test/app.js";
import { createOrganisation, createUser } from "../../../test/factories.js";
import { expectCleanRefusal, signInAs } from "../../../test/http.js";
import { createFridaySchedule, createTestPartner, stockUp } from "../../../test/outreach-factories.js";
import { auditEvents, outreachOfflineReceipts, outreachSessions, outreachStockItems } from "../../db/schema.js";

const { app, deps } = await testApp();
const url = "/api/outreach/sessions/offline-entries";

/** The last Friday before today (London): a week ago at most, so its 13:00 has passed. */
const lastFriday = () => {
  const today = londonDay(deps.now());
  return addDays(today, -((weekdayOf(today) - 5 + 7) % 7 || 7));
};

async function setUp() {
  const organisation = await createOrganisation(deps.db);
  const workerUser = await createUser(deps.db, deps.vault, organisation, { role: "outreach_worker" });
  const colleagueUser = await createUser(deps.db, deps.vault, organisation, { role: "outreach_worker" });
  const caseworkerUser = await createUser(deps.db, deps.vault, organisation, { role: "caseworker" });
  const otherSiteUser = await createUser(deps.db, deps.vault, organisation, { role: "outreach_worker", site: 1 });
  const partner = await createTestPartner(deps, organisation, { name: "Green Lane Mosque" });
  const kits = await stockUp(deps, organisation, { code: "drug_awareness_kit", quantity: 30 });
  const now = deps.now();
  const worker = await signInAs(app, workerUser, now);
  const siteId = organisation.siteIds[0];
  const scheduleId = await createFridaySchedule(worker, { siteId, partnerId: partner.id, staffIds: [workerUser.id], lastFriday: lastFriday() });
  return {
    organisation,
    siteId,
    partner,
    kits,
    workerUser,
    colleagueUser,
    scheduleId,
    worker,
    colleague: await signInAs(app, colleagueUser, now),
    caseworker: await signInAs(app, caseworkerUser, now),
    otherSite: await signInAs(app, otherSiteUser, now),
  };
}
type World = Awaited<ReturnType<typeof setUp>>;

const occurrence = (world: World, extra: Record<string, unknown> = {}) => ({
  scheduleId: world.scheduleId,
  occurrenceDay: lastFriday(),
  topics: ["drugs"],
  staffIds: [world.workerUser.id],
  headcount: { total: 42 },
  followUpContacts: 3,
  resources: [{ itemId: world.kits.id, quantity: 10 }],
  notes: "Busy after Jummah.",
  ...extra,
});

const oneOff = (world: World, extra: Record<string, unknown> = {}) => ({
  siteId: world.siteId,
  partnerId: world.partner.id,
  sessionType: "stall",
  startsAt: `${addDays(lastFriday(), -1)}T11:00:00+00:00`,
  durationMinutes: 60,
  topics: [],
  staffIds: [world.workerUser.id],
  headcount: { total: 12 },
  followUpContacts: 1,
  resources: [],
  notes: "",
  ...extra,
});

const sessionsOf = async (world: World) => deps.db.select().from(outreachSessions).where(eq(outreachSessions.siteId, world.siteId));
const receiptsOf = async (world: World) => deps.db.select().from(outreachOfflineReceipts).where(eq(outreachOfflineReceipts.organisationId, world.organisation.id));
const levelOf = async (itemId: string) => (await deps.db.select({ level: outreachStockItems.level }).from(outreachStockItems).where(eq(outreachStockItems.id, itemId)))[0]!.level;
const auditsOf = async (world: World, action: string) => deps.db.select().from(auditEvents).where(and(eq(auditEvents.organisationId, world.organisation.id), eq(auditEvents.action, action)));

describe("outreach.offline-entries", () => {
  it("takes in two entries logged offline exactly once each, however often they are sent", async () => {
    const world = await setUp();
    const friday = { entryId: randomUUID(), session: occurrence(world) };
    const stall = { entryId: randomUUID(), session: oneOff(world) };
    const first = await world.worker.request("POST", url, friday);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ entryId: friday.entryId, outcome: "logged", isReplay: false, session: { scheduleId: world.scheduleId, headcountTotal: 42, resourcesHandedOut: 10 } });
    expect((await world.worker.request("POST", url, stall)).statusCode).toBe(201);

    // The device lost the answers and sends both again.
    const again = await world.worker.request("POST", url, friday);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ outcome: "logged", isReplay: true, session: { id: first.json().session.id } });
    expect((await world.worker.request("POST", url, stall)).json()).toMatchObject({ isReplay: true });

    expect(await sessionsOf(world)).toHaveLength(2);
    expect(await levelOf(world.kits.id)).toBe(20);
    expect((await receiptsOf(world)).map((receipt) => receipt.outcome).sort()).toEqual(["logged", "logged"]);
    expect(await auditsOf(world, "outreach.session_logged")).toHaveLength(2);
    const received = await auditsOf(world, "outreach.offline_entry_received");
    expect(received.map((event) => event.details)).toEqual(expect.arrayContaining([{ entryId: friday.entryId, outcome: "logged" }, { entryId: stall.entryId, outcome: "logged" }]));
  });

  it("shows the session already logged online instead of logging it twice, and keeps the one held when asked", async () => {
    const world = await setUp();
    const online = await world.colleague.request("POST", "/api/outreach/sessions", occurrence(world, { staffIds: [world.colleagueUser.id], headcount: { total: 50 }, resources: [] }));
    expect(online.statusCode, online.body).toBe(201);
    const entry = { entryId: randomUUID(), session: occurrence(world) };

    const clash = await world.worker.request("POST", url, entry);
    expect(clash.statusCode, clash.body).toBe(200);
    expect(clash.json()).toMatchObject({ outcome: "conflict", canKeepBoth: false, session: { id: online.json().id, headcountTotal: 50, version: 1 } });
    expect(await sessionsOf(world)).toHaveLength(1);
    expect(await receiptsOf(world)).toEqual([]);
    expect(await levelOf(world.kits.id)).toBe(30);

    const keep = await world.worker.request("POST", url, { ...entry, resolution: { action: "keep_existing", sessionId: online.json().id, version: 1 } });
    expect(keep.json()).toMatchObject({ outcome: "kept_existing", session: { id: online.json().id, headcountTotal: 50 } });
    expect((await world.worker.request("POST", url, { ...entry, resolution: { action: "keep_existing", sessionId: online.json().id, version: 1 } })).json()).toMatchObject({ outcome: "kept_existing", isReplay: true });
    expect(await sessionsOf(world)).toHaveLength(1);
    expect(await levelOf(world.kits.id)).toBe(30);
    expect((await auditsOf(world, "outreach.offline_entry_received")).map((event) => event.details)).toEqual([{ entryId: entry.entryId, outcome: "kept_existing" }]);
  });

  it("puts the worker's version (or a merge) in place of the session held, with its version, moving stock by the difference; a session changed since is shown again", async () => {
    const world = await setUp();
    const online = (await world.colleague.request("POST", "/api/outreach/sessions", occurrence(world, { staffIds: [world.colleagueUser.id], headcount: { total: 50 }, resources: [] }))).json();
    const entry = { entryId: randomUUID(), session: occurrence(world, { staffIds: [world.workerUser.id, world.colleagueUser.id] }) };
    const stale = await world.worker.request("POST", url, { ...entry, resolution: { action: "replace", sessionId: online.id, version: 7 } });
    expect(stale.json()).toMatchObject({ outcome: "conflict", session: { id: online.id, version: 1 } });
    expect(await receiptsOf(world)).toEqual([]);

    const replaced = await world.worker.request("POST", url, { ...entry, resolution: { action: "replace", sessionId: online.id, version: 1 } });
    expect(replaced.statusCode, replaced.body).toBe(200);
    expect(replaced.json()).toMatchObject({ outcome: "replaced", session: { id: online.id, headcountTotal: 42, resourcesHandedOut: 10, version: 2 } });
    expect(await sessionsOf(world)).toHaveLength(1);
    expect(await levelOf(world.kits.id)).toBe(20);
    expect(await auditsOf(world, "outreach.session_updated")).toHaveLength(1);
  });

  it("lets a one-off at the same partner that day be kept beside the other when they were two sessions, but never one occurrence twice", async () => {
    const world = await setUp();
    const held = (await world.colleague.request("POST", "/api/outreach/sessions", oneOff(world, { staffIds: [world.colleagueUser.id] }))).json();
    const entry = { entryId: randomUUID(), session: oneOff(world, { startsAt: `${addDays(lastFriday(), -1)}T16:00:00+00:00` }) };
    const clash = (await world.worker.request("POST", url, entry)).json();
    expect(clash).toMatchObject({ outcome: "conflict", canKeepBoth: true, session: { id: held.id } });
    const both = await world.worker.request("POST", url, { ...entry, resolution: { action: "keep_both", sessionId: held.id, version: 1 } });
    expect(both.statusCode, both.body).toBe(201);
    expect(both.json()).toMatchObject({ outcome: "kept_both" });
    expect(await sessionsOf(world)).toHaveLength(2);

    const friday = (await world.colleague.request("POST", "/api/outreach/sessions", occurrence(world, { staffIds: [world.colleagueUser.id], resources: [] }))).json();
    const twice = await world.worker.request("POST", url, { entryId: randomUUID(), session: occurrence(world), resolution: { action: "keep_both", sessionId: friday.id, version: 1 } });
    expect(twice.statusCode).toBe(422);
    expect(twice.json().error.fields).toEqual([expect.objectContaining({ path: "body.resolution.action" })]);
    const notThatOne = await world.worker.request("POST", url, { entryId: randomUUID(), session: occurrence(world), resolution: { action: "keep_existing", sessionId: held.id, version: 1 } });
    expect(notThatOne.statusCode).toBe(422);
    expect(notThatOne.json().error.fields).toEqual([expect.objectContaining({ path: "body.resolution.sessionId" })]);
    expect(await sessionsOf(world)).toHaveLength(3);
    expect((await receiptsOf(world)).map((receipt) => receipt.outcome)).toEqual(["kept_both"]);
  });

  it("refuses no session (401), another site's schedule (404), a caseworker (403), another person's entry id (409) and bad input naming the field (400), changing nothing", async () => {
    const world = await setUp();
    const entry = { entryId: randomUUID(), session: occurrence(world) };
    const anonymous = await app.inject({ method: "POST", url, payload: entry });
    expect(anonymous.statusCode).toBe(401);
    const otherSite = await world.otherSite.request("POST", url, entry);
    expect(otherSite.statusCode).toBe(404);
    expectCleanRefusal(otherSite);
    const caseworker = await world.caseworker.request("POST", url, entry);
    expect(caseworker.statusCode).toBe(403);
    expectCleanRefusal(caseworker);
    const noId = await world.worker.request("POST", url, { session: entry.session });
    expect(noId.statusCode).toBe(400);
    expect(noId.json().error.fields).toEqual([expect.objectContaining({ path: "body.entryId" })]);
    const badCount = await world.worker.request("POST", url, { ...entry, session: occurrence(world, { headcount: { total: -1 } }) });
    expect(badCount.statusCode).toBe(400);
    expect(badCount.json().error.fields).toEqual([expect.objectContaining({ path: "body.session.headcount.total" })]);
    const badAction = await world.worker.request("POST", url, { ...entry, resolution: { action: "ignore", sessionId: randomUUID(), version: 1 } });
    expect(badAction.statusCode).toBe(400);
    expect(badAction.json().error.fields).toEqual([expect.objectContaining({ path: "body.resolution.action" })]);
    expect(await sessionsOf(world)).toEqual([]);
    expect(await receiptsOf(world)).toEqual([]);
    expect(await levelOf(world.kits.id)).toBe(30);

    expect((await world.worker.request("POST", url, entry)).statusCode).toBe(201);
    const stolen = await world.colleague.request("POST", url, { ...entry, session: occurrence(world, { staffIds: [world.colleagueUser.id], headcount: { total: 1 } }) });
    expect(stolen.statusCode).toBe(409);
    expectCleanRefusal(stolen);
    const rows = await sessionsOf(world);
    expect(rows.map((row) => row.headcountTotal)).toEqual([42]);
    expect(await deps.db.select().from(outreachOfflineReceipts).where(inArray(outreachOfflineReceipts.sessionId, rows.map((row) => row.id)))).toHaveLength(1);
  });
});
