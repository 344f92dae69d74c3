import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { addDays } from "../../../core/instruments/reassessment.js";
import { londonDay } from "../../../core/london-time.js";
import { weekdayOf } from "../../../core/outreach/schedule.js";
import { testApp } from "../../../test/app.js";
import { createTestReferral } from "../../../test/case-factories.js";
import { createOrganisation, createUser } from "../../../test/factories.js";
import { expectCleanRefusal, signInAs } from "../../../test/http.js";
import { createTestPartner, stockUp } from "../../../test/outreach-factories.js";
import { auditEvents, outreachSessions, outreachStockItems, outreachStockMovements, referralAttributions } from "../../db/schema.js";

const { app, deps } = await testApp();

/** The last Friday before today (London): a week ago at most, so its 13:00 has passed. */
const lastFriday = () => {
  const today = londonDay(deps.now());
  return addDays(today, -((weekdayOf(today) - 5 + 7) % 7 || 7));
};

async function setUp() {
  const organisation = await createOrganisation(deps.db);
  const workerUser = await createUser(deps.db, deps.vault, organisation, { role: "outreach_worker" });
  const caseworkerUser = await createUser(deps.db, deps.vault, organisation, { role: "caseworker" });
  const otherSiteUser = await createUser(deps.db, deps.vault, organisation, { role: "team_manager", site: 1 });
  const partner = await createTestPartner(deps, organisation, { name: "Green Lane Mosque" });
  const kits = await stockUp(deps, organisation, { code: "drug_awareness_kit", quantity: 30 });
  const leaflets = await stockUp(deps, organisation, { code: "leaflet_ur", quantity: 3 });
  const now = deps.now();
  const worker = await signInAs(app, workerUser, now);
  const siteId = organisation.siteIds[0];
  const created = await worker.request("POST", "/api/outreach/schedules", {
    siteId,
    partnerId: partner.id,
    sessionType: "friday_mosque_presence",
    topics: ["drugs", "gangs"],
    startsOn: addDays(lastFriday(), -28),
    endsOn: null,
    time: "13:00",
    durationMinutes: 90,
    recurrence: { kind: "weekly", weekday: 5, everyWeeks: 1 },
    skippedDays: [],
    staffIds: [workerUser.id],
  });
  expect(created.statusCode, created.body).toBe(201);
  return {
    organisation,
    siteId,
    partner,
    kits,
    leaflets,
    workerUser,
    scheduleId: created.json<{ id: string }>().id,
    worker,
    caseworker: await signInAs(app, caseworkerUser, now),
    otherSite: await signInAs(app, otherSiteUser, now),
  };
}
type World = Awaited<ReturnType<typeof setUp>>;

const fromSchedule = (world: World, extra: Record<string, unknown> = {}) => ({
  scheduleId: world.scheduleId,
  occurrenceDay: lastFriday(),
  topics: ["drugs"],
  staffIds: [world.workerUser.id],
  headcount: { total: 42, byAgeBand: { "16_17": 10, "18_24": 20 }, byGender: { male: 30, female: 12 } },
  followUpContacts: 3,
  resources: [{ itemId: world.kits.id, quantity: 10 }],
  notes: "Busy after Jummah; questions about vaping.",
  ...extra,
});

const levelOf = async (itemId: string) => (await deps.db.select({ level: outreachStockItems.level }).from(outreachStockItems).where(eq(outreachStockItems.id, itemId)))[0]!.level;
const sessionsOf = async (world: World) => deps.db.select().from(outreachSessions).where(eq(outreachSessions.siteId, world.siteId));
const ledgerOf = async (itemId: string) => deps.db.select().from(outreachStockMovements).where(eq(outreachStockMovements.itemId, itemId));

describe("outreach.sessions", () => {
  it("logs this week's Friday at the mosque with its headcount and 10 kits: the stock goes down by 10, the ledger names the session, audited", async () => {
    const world = await setUp();
    const logged = await world.worker.request("POST", "/api/outreach/sessions", fromSchedule(world));
    expect(logged.statusCode, logged.body).toBe(201);
    const session = logged.json();
    expect(session).toMatchObject({
      scheduleId: world.scheduleId,
      occurrenceDay: lastFriday(),
      partner: { id: world.partner.id, name: "Green Lane Mosque" },
      sessionType: "friday_mosque_presence",
      durationMinutes: 90,
      headcountTotal: 42,
      headcount: { total: 42, byAgeBand: { "16_17": 10, "18_24": 20 } },
      followUpContacts: 3,
      resourcesHandedOut: 10,
      resources: [{ itemId: world.kits.id, code: "drug_awareness_kit", quantity: 10, levelNow: 20 }],
      staff: [{ id: world.workerUser.id }],
      referralsAttributed: 0,
      abilities: { edit: true },
    });
    expect(londonDay(new Date(session.startsAt))).toBe(lastFriday());
    expect(await levelOf(world.kits.id)).toBe(20);
    const handedOut = (await ledgerOf(world.kits.id)).filter((movement) => movement.reason === "handed_out");
    expect(handedOut).toEqual([expect.objectContaining({ change: -10, sessionId: session.id })]);
    const audits = await deps.db.select().from(auditEvents).where(eq(auditEvents.entityId, session.id));
    expect(audits.map((event) => event.action)).toEqual(["outreach.session_logged"]);
    expect(JSON.stringify(audits[0]!.details)).not.toContain("vaping");

    const again = await world.worker.request("POST", "/api/outreach/sessions", fromSchedule(world));
    expect(again.statusCode).toBe(409);
    expectCleanRefusal(again);
    expect(await levelOf(world.kits.id)).toBe(20);
    expect(await sessionsOf(world)).toHaveLength(1);
  });

  it("refuses a session that has not happened yet, naming the field, and saves nothing", async () => {
    const world = await setUp();
    const nextButOne = await world.worker.request("POST", "/api/outreach/sessions", fromSchedule(world, { occurrenceDay: addDays(lastFriday(), 14) }));
    expect(nextButOne.statusCode).toBe(422);
    expect(nextButOne.json().error.fields).toEqual([expect.objectContaining({ path: "body.occurrenceDay" })]);
    const { scheduleId: _s, occurrenceDay: _o, ...record } = fromSchedule(world);
    const oneOff = await world.worker.request("POST", "/api/outreach/sessions", { ...record, siteId: world.siteId, venue: "Small Heath Park", sessionType: "stall", startsAt: new Date(deps.now().getTime() + 3_600_000).toISOString(), durationMinutes: 60 });
    expect(oneOff.statusCode).toBe(422);
    expect(oneOff.json().error.fields).toEqual([expect.objectContaining({ path: "body.startsAt" })]);
    const notItsDay = await world.worker.request("POST", "/api/outreach/sessions", fromSchedule(world, { occurrenceDay: addDays(lastFriday(), -1) }));
    expect(notItsDay.statusCode).toBe(422);
    expect(await sessionsOf(world)).toEqual([]);
    expect(await levelOf(world.kits.id)).toBe(30);
  });

  it("refuses age or gender bands adding up to more than the total, naming the band set", async () => {
    const world = await setUp();
    const refused = await world.worker.request("POST", "/api/outreach/sessions", fromSchedule(world, { headcount: { total: 20, byAgeBand: { "11_15": 15, "16_17": 10 } } }));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields).toEqual([expect.objectContaining({ path: "body.headcount.byAgeBand", message: "These add up to 25, more than the 20 people counted." })]);
    expect(await sessionsOf(world)).toEqual([]);
  });

  it("refuses handing out more than the site holds, naming the line, and changes nothing: no session, no ledger row, the level as it was", async () => {
    const world = await setUp();
    const ledgerBefore = await ledgerOf(world.leaflets.id);
    const refused = await world.worker.request("POST", "/api/outreach/sessions", fromSchedule(world, { resources: [{ itemId: world.kits.id, quantity: 5 }, { itemId: world.leaflets.id, quantity: 10 }] }));
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.fields).toEqual([{ path: "body.resources.1", message: "Only 3 in stock; 10 asked for." }]);
    expect(await sessionsOf(world)).toEqual([]);
    expect(await ledgerOf(world.leaflets.id)).toEqual(ledgerBefore);
    expect((await ledgerOf(world.kits.id)).filter((movement) => movement.reason === "handed_out")).toEqual([]);
    expect(await levelOf(world.leaflets.id)).toBe(3);
    expect(await levelOf(world.kits.id)).toBe(30);
    const audits = await deps.db.select().from(auditEvents).where(and(eq(auditEvents.organisationId, world.organisation.id), eq(auditEvents.action, "outreach.session_logged")));
    expect(audits).toEqual([]);
  });

  it("corrects a session with the version seen, moving stock by the difference under the same rule", async () => {
    const world = await setUp();
    const session = (await world.worker.request("POST", "/api/outreach/sessions", fromSchedule(world))).json();
    const { scheduleId: _s, occurrenceDay: _o, ...record } = fromSchedule(world);
    const fewer = await world.worker.request("PUT", `/api/outreach/sessions/${session.id}`, { ...record, headcount: { total: 45 }, resources: [{ itemId: world.kits.id, quantity: 4 }, { itemId: world.leaflets.id, quantity: 2 }], version: 1 });
    expect(fewer.statusCode, fewer.body).toBe(200);
    expect(fewer.json()).toMatchObject({ headcountTotal: 45, resourcesHandedOut: 6, version: 2 });
    expect(await levelOf(world.kits.id)).toBe(26);
    expect(await levelOf(world.leaflets.id)).toBe(1);

    const tooMany = await world.worker.request("PUT", `/api/outreach/sessions/${session.id}`, { ...record, resources: [{ itemId: world.kits.id, quantity: 4 }, { itemId: world.leaflets.id, quantity: 5 }], version: 2 });
    expect(tooMany.statusCode).toBe(422);
    expect(tooMany.json().error.fields).toEqual([{ path: "body.resources.1", message: "Only 1 in stock; 3 asked for." }]);
    const stale = await world.worker.request("PUT", `/api/outreach/sessions/${session.id}`, { ...record, version: 1 });
    expect(stale.statusCode).toBe(409);
    const [row] = await sessionsOf(world);
    expect(row).toMatchObject({ headcountTotal: 45, version: 2 });

    const none = await world.worker.request("PUT", `/api/outreach/sessions/${session.id}`, { ...record, resources: [], version: 2 });
    expect(none.json()).toMatchObject({ resources: [], resourcesHandedOut: 0 });
    expect(await levelOf(world.kits.id)).toBe(30);
    expect(await levelOf(world.leaflets.id)).toBe(3);
    const audits = await deps.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, session.id), eq(auditEvents.action, "outreach.session_updated")));
    expect(audits).toHaveLength(2);
  });

  it("lists a site's sessions by period and partner a page at a time, and logs a one-off at a venue", async () => {
    const world = await setUp();
    const first = (await world.worker.request("POST", "/api/outreach/sessions", fromSchedule(world))).json();
    const { scheduleId: _s, occurrenceDay: _o, ...record } = fromSchedule(world);
    const oneOff = await world.worker.request("POST", "/api/outreach/sessions", { ...record, siteId: world.siteId, venue: "Small Heath Park", sessionType: "stall", startsAt: `${addDays(lastFriday(), -3)}T17:00:00+00:00`, durationMinutes: 60, resources: [] });
    expect(oneOff.statusCode, oneOff.body).toBe(201);
    const all = (await world.caseworker.request("GET", `/api/outreach/sessions?siteId=${world.siteId}`)).json();
    expect(all).toMatchObject({ total: 2, abilities: { log: false }, items: [{ id: first.id, resourcesHandedOut: 10, headcountTotal: 42 }, { id: oneOff.json().id, venue: "Small Heath Park", partner: null }] });
    const atMosque = (await world.worker.request("GET", `/api/outreach/sessions?siteId=${world.siteId}&partnerId=${world.partner.id}`)).json();
    expect(atMosque.items.map((item: { id: string }) => item.id)).toEqual([first.id]);
    const inPeriod = (await world.worker.request("GET", `/api/outreach/sessions?siteId=${world.siteId}&from=${addDays(lastFriday(), -4)}&to=${addDays(lastFriday(), -1)}`)).json();
    expect(inPeriod.items.map((item: { id: string }) => item.id)).toEqual([oneOff.json().id]);
    const secondPage = (await world.worker.request("GET", `/api/outreach/sessions?siteId=${world.siteId}&pageSize=1&page=2`)).json();
    expect(secondPage).toMatchObject({ total: 2, page: 2, items: [{ id: oneOff.json().id }] });
  });

  it("shows a caseworker the session but lets them change nothing, and tells another site's staff it does not exist", async () => {
    const world = await setUp();
    const session = (await world.worker.request("POST", "/api/outreach/sessions", fromSchedule(world))).json();
    const { scheduleId: _s, occurrenceDay: _o, ...record } = fromSchedule(world);

    const referral = await createTestReferral(deps, world.organisation);
    await deps.db.insert(referralAttributions).values({ referralId: referral.id, organisationId: world.organisation.id, partnerId: world.partner.id, outreachSessionId: session.id });
    const read = await world.caseworker.request("GET", `/api/outreach/sessions/${session.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ id: session.id, referralsAttributed: 1, abilities: { edit: false } });
    expect((await world.caseworker.request("PUT", `/api/outreach/sessions/${session.id}`, { ...record, headcount: { total: 1 }, version: 1 })).statusCode).toBe(403);
    expect((await world.caseworker.request("POST", "/api/outreach/sessions", fromSchedule(world, { occurrenceDay: addDays(lastFriday(), -7) }))).statusCode).toBe(403);

    for (const refused of [
      await world.otherSite.request("GET", `/api/outreach/sessions/${session.id}`),
      await world.otherSite.request("PUT", `/api/outreach/sessions/${session.id}`, { ...record, headcount: { total: 1 }, version: 1 }),
      await world.otherSite.request("POST", "/api/outreach/sessions", fromSchedule(world, { occurrenceDay: addDays(lastFriday(), -7) })),
    ]) {
      expect(refused.statusCode).toBe(404);
      expectCleanRefusal(refused);
    }
    expect(await sessionsOf(world)).toEqual([expect.objectContaining({ headcountTotal: 42, version: 1 })]);
    expect(await levelOf(world.kits.id)).toBe(20);
  });
});
