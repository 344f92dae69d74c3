import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { addDays } from "../../../core/instruments/reassessment.js";
import { londonDay } from "../../../core/london-time.js";
import { weekdayOf } from "../../../core/outreach/schedule.js";
import { testApp } from "../../../test/app.js";
import { createOrganisation, createUser } from "../../../test/factories.js";
import { expectCleanRefusal, signInAs } from "../../../test/http.js";
import { createTestPartner } from "../../../test/outreach-factories.js";
import { auditEvents, outreachSchedules } from "../../db/schema.js";

const { app, deps } = await testApp();

async function setUp() {
  const organisation = await createOrganisation(deps.db);
  const workerUser = await createUser(deps.db, deps.vault, organisation, { role: "outreach_worker" });
  const caseworkerUser = await createUser(deps.db, deps.vault, organisation, { role: "caseworker" });
  const otherSiteUser = await createUser(deps.db, deps.vault, organisation, { role: "outreach_worker", site: 1 });
  const partner = await createTestPartner(deps, organisation, { name: "Green Lane Mosque" });
  const otherSitePartner = await createTestPartner(deps, organisation, { site: 1 });
  const now = deps.now();
  return {
    organisation,
    siteId: organisation.siteIds[0],
    partner,
    otherSitePartner,
    workerUser,
    otherSiteUser,
    worker: await signInAs(app, workerUser, now),
    caseworker: await signInAs(app, caseworkerUser, now),
    otherSiteWorker: await signInAs(app, otherSiteUser, now),
  };
}

type World = Awaited<ReturnType<typeof setUp>>;
const today = () => londonDay(deps.now());

const fridays = (world: World, extra: Record<string, unknown> = {}) => ({
  siteId: world.siteId,
  partnerId: world.partner.id,
  sessionType: "friday_mosque_presence",
  topics: ["drugs", "grooming"],
  startsOn: addDays(today(), -14),
  endsOn: null,
  time: "13:00",
  durationMinutes: 90,
  recurrence: { kind: "weekly", weekday: 5, everyWeeks: 1 },
  skippedDays: [],
  staffIds: [world.workerUser.id],
  ...extra,
});

const schedulesAt = async (siteId: string) => deps.db.select().from(outreachSchedules).where(eq(outreachSchedules.siteId, siteId));

describe("outreach.schedules", () => {
  it("sets up a weekly Friday session at a mosque and lists it with the partner's name, the staff and the next Friday, audited", async () => {
    const world = await setUp();
    const created = await world.worker.request("POST", "/api/outreach/schedules", fridays(world));
    expect(created.statusCode, created.body).toBe(201);
    const schedule = created.json();
    expect(schedule).toMatchObject({ partner: { id: world.partner.id, name: "Green Lane Mosque", type: "mosque" }, staff: [{ id: world.workerUser.id, displayName: "Test User" }], version: 1, abilities: { edit: true } });
    expect(weekdayOf(schedule.nextOccurrence.day)).toBe(5);
    expect(schedule.nextOccurrence.day >= today()).toBe(true);
    expect(schedule.nextOccurrence.day <= addDays(today(), 6)).toBe(true);

    const list = await world.caseworker.request("GET", `/api/outreach/schedules?siteId=${world.siteId}`);
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({ siteId: world.siteId, items: [{ id: schedule.id, partner: { name: "Green Lane Mosque" }, abilities: { edit: false } }], abilities: { create: false } });
    const audits = await deps.db.select().from(auditEvents).where(eq(auditEvents.entityId, schedule.id));
    expect(audits.map((event) => event.action)).toEqual(["outreach.schedule_created"]);
  });

  it("refuses a partner of another site and staff who do not go out from the site, naming the fields, and sets up nothing", async () => {
    const world = await setUp();
    const otherPartner = await world.worker.request("POST", "/api/outreach/schedules", fridays(world, { partnerId: world.otherSitePartner.id }));
    expect(otherPartner.statusCode).toBe(422);
    expect(otherPartner.json().error.fields).toEqual([expect.objectContaining({ path: "body.partnerId" })]);
    const otherStaff = await world.worker.request("POST", "/api/outreach/schedules", fridays(world, { staffIds: [world.workerUser.id, world.otherSiteUser.id] }));
    expect(otherStaff.statusCode).toBe(422);
    expect(otherStaff.json().error.fields).toEqual([expect.objectContaining({ path: "body.staffIds.1" })]);
    const notFriday = weekdayOf(addDays(today(), 10)) === 5 ? addDays(today(), 11) : addDays(today(), 10);
    const notItsDay = await world.worker.request("POST", "/api/outreach/schedules", fridays(world, { skippedDays: [notFriday] }));
    expect(notItsDay.statusCode).toBe(400);
    expect(notItsDay.json().error.fields[0].path).toBe("body.skippedDays.0");
    expect(await schedulesAt(world.siteId)).toEqual([]);
  });

  it("skips a day and ends the schedule with the version seen, refuses a stale version, and leaves reading staff and other sites out", async () => {
    const world = await setUp();
    const schedule = (await world.worker.request("POST", "/api/outreach/schedules", fridays(world))).json();
    const skipped = schedule.nextOccurrence.day;
    const { siteId: _siteId, ...fields } = fridays(world);
    const body = { ...fields, skippedDays: [skipped], version: 1 };
    const skip = await world.worker.request("PUT", `/api/outreach/schedules/${schedule.id}`, body);
    expect(skip.statusCode, skip.body).toBe(200);
    expect(skip.json()).toMatchObject({ skippedDays: [skipped], nextOccurrence: { day: addDays(skipped, 7) }, version: 2 });

    const stale = await world.worker.request("PUT", `/api/outreach/schedules/${schedule.id}`, { ...body, endsOn: today() });
    expect(stale.statusCode).toBe(409);

    const ended = await world.worker.request("PUT", `/api/outreach/schedules/${schedule.id}`, { ...body, endsOn: addDays(skipped, 6), version: 2 });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json()).toMatchObject({ endsOn: addDays(skipped, 6), nextOccurrence: null, version: 3 });
    const audits = await deps.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, schedule.id), eq(auditEvents.action, "outreach.schedule_updated")));
    expect(audits.map((event) => event.details)).toEqual(expect.arrayContaining([{ changed: ["skippedDays"] }, { changed: ["endsOn"] }]));

    const byCaseworker = await world.caseworker.request("PUT", `/api/outreach/schedules/${schedule.id}`, { ...body, version: 3 });
    expect(byCaseworker.statusCode).toBe(403);
    const byOtherSite = await world.otherSiteWorker.request("PUT", `/api/outreach/schedules/${schedule.id}`, { ...body, version: 3 });
    expect(byOtherSite.statusCode).toBe(404);
    expectCleanRefusal(byOtherSite);
    const [row] = await schedulesAt(world.siteId);
    expect(row).toMatchObject({ version: 3, endsOn: addDays(skipped, 6) });
  });

  it("lets only those who work the site's outreach set up its schedules", async () => {
    const world = await setUp();
    const byCaseworker = await world.caseworker.request("POST", "/api/outreach/schedules", fridays(world));
    expect(byCaseworker.statusCode).toBe(403);
    const atOtherSite = await world.otherSiteWorker.request("POST", "/api/outreach/schedules", fridays(world));
    expect(atOtherSite.statusCode).toBe(403);
    const listOtherSite = await world.otherSiteWorker.request("GET", `/api/outreach/schedules?siteId=${world.siteId}`);
    expect(listOtherSite.statusCode).toBe(403);
    expect(await schedulesAt(world.siteId)).toEqual([]);
  });
});
