import { describe, expect, it } from "vitest";
import { addDays } from "../../../core/instruments/reassessment.js";
import { londonDay } from "../../../core/london-time.js";
import { testApp } from "../../../test/app.js";
import { createOrganisation, createUser } from "../../../test/factories.js";
import { signInAs } from "../../../test/http.js";
import { createTestPartner } from "../../../test/outreach-factories.js";

const { app, deps } = await testApp();

async function setUp() {
  const organisation = await createOrganisation(deps.db);
  const workerUser = await createUser(deps.db, deps.vault, organisation, { role: "outreach_worker" });
  const caseworkerUser = await createUser(deps.db, deps.vault, organisation, { role: "caseworker" });
  const partner = await createTestPartner(deps, organisation, { name: "Green Lane Mosque" });
  const now = deps.now();
  const worker = await signInAs(app, workerUser, now);
  const siteId = organisation.siteIds[0];
  const schedule = async (extra: Record<string, unknown>) => {
    const created = await worker.request("POST", "/api/outreach/schedules", {
      siteId,
      partnerId: partner.id,
      sessionType: "friday_mosque_presence",
      topics: ["drugs"],
      startsOn: "2026-03-01",
      endsOn: null,
      time: "13:00",
      durationMinutes: 90,
      recurrence: { kind: "weekly", weekday: 5, everyWeeks: 1 },
      skippedDays: [],
      staffIds: [workerUser.id],
      ...extra,
    });
    expect(created.statusCode, created.body).toBe(201);
    return created.json<{ id: string }>();
  };
  return { siteId, partner, workerUser, worker, caseworker: await signInAs(app, caseworkerUser, now), schedule };
}

const record = { topics: ["drugs"], headcount: { total: 42 }, followUpContacts: 0, resources: [], notes: "" };

describe("outreach.calendar", () => {
  it("shows each Friday at 13:00 London time across the clock change, leaves out a skipped Friday, and marks what is logged", async () => {
    const { siteId, worker, caseworker, schedule, workerUser } = await setUp();
    const fridays = await schedule({ skippedDays: ["2026-03-20"] });
    const logged = await worker.request("POST", "/api/outreach/sessions", { ...record, scheduleId: fridays.id, occurrenceDay: "2026-03-27", staffIds: [workerUser.id] });
    expect(logged.statusCode, logged.body).toBe(201);
    const oneOff = await worker.request("POST", "/api/outreach/sessions", { ...record, siteId, venue: "Small Heath Park", sessionType: "stall", startsAt: "2026-03-31T17:00:00+01:00", durationMinutes: 120, staffIds: [workerUser.id] });
    expect(oneOff.statusCode, oneOff.body).toBe(201);

    const calendar = await worker.request("GET", `/api/outreach/calendar?siteId=${siteId}&from=2026-03-16&to=2026-04-05`);
    expect(calendar.statusCode, calendar.body).toBe(200);
    const { items, abilities } = calendar.json();
    expect(abilities).toEqual({ log: true });
    expect(items.map((entry: { day: string; startsAt: string; kind: string }) => [entry.kind, entry.day, entry.startsAt])).toEqual([
      // GMT before 29 March, BST after: the same 13:00 on the wall clock.
      ["occurrence", "2026-03-27", "2026-03-27T13:00:00.000Z"],
      ["one_off", "2026-03-31", "2026-03-31T16:00:00.000Z"],
      ["occurrence", "2026-04-03", "2026-04-03T12:00:00.000Z"],
    ]);
    expect(items[0]).toMatchObject({ scheduleId: fridays.id, endsAt: "2026-03-27T14:30:00.000Z", partner: { name: "Green Lane Mosque" }, session: { id: logged.json().id, headcountTotal: 42 }, canLog: false });
    expect(items[1]).toMatchObject({ scheduleId: null, venue: "Small Heath Park", partner: null, session: { id: oneOff.json().id }, canLog: false });
    expect(items[2]).toMatchObject({ session: null, canLog: true, staff: [{ id: workerUser.id }] });

    const read = (await caseworker.request("GET", `/api/outreach/calendar?siteId=${siteId}&from=2026-03-16&to=2026-04-05`)).json();
    expect(read.abilities).toEqual({ log: false });
    expect(read.items[2]).toMatchObject({ session: null, canLog: false });
  });

  it("keeps an occurrence that has not started yet from being logged", async () => {
    const { siteId, worker, schedule } = await setUp();
    const today = londonDay(deps.now());
    await schedule({ startsOn: today, recurrence: { kind: "monthly", weekday: 3, nth: -1 } });
    const calendar = (await worker.request("GET", `/api/outreach/calendar?siteId=${siteId}&from=${addDays(today, 1)}&to=${addDays(today, 61)}`)).json();
    expect(calendar.items.length).toBeGreaterThanOrEqual(1);
    expect(calendar.items.every((entry: { canLog: boolean }) => !entry.canLog)).toBe(true);
  });

  it("refuses a window longer than two months or ending before it starts, naming the field", async () => {
    const { siteId, worker } = await setUp();
    const tooLong = await worker.request("GET", `/api/outreach/calendar?siteId=${siteId}&from=2026-01-01&to=2026-03-05`);
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.fields[0].path).toBe("query.to");
    const backwards = await worker.request("GET", `/api/outreach/calendar?siteId=${siteId}&from=2026-01-10&to=2026-01-01`);
    expect(backwards.statusCode).toBe(400);
  });
});
