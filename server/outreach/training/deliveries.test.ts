import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { addDays } from "../../../core/instruments/reassessment.js";
import { londonDay } from "../../../core/london-time.js";
import { testApp } from "../../../test/app.js";
import { createUser } from "../../../test/factories.js";
import { expectCleanRefusal } from "../../../test/http.js";
import { createTestPartner } from "../../../test/outreach-factories.js";
import { auditEvents, trainingAttendees, trainingDeliveries } from "../../db/schema.js";
import { addTestAttendee, createTestCourse, createTestDelivery, testQuestions, trainingTeam } from "./test-support.js";

const { app, deps } = await testApp();

const today = () => londonDay(deps.now());

async function setUp() {
  const team = await trainingTeam(app, deps);
  const course = await createTestCourse(deps, team.organisation);
  const delivery = (extra: Record<string, unknown> = {}) => ({
    siteId: team.siteId,
    courseId: course.id,
    partnerId: team.partner.id,
    deliveredOn: addDays(today(), -2),
    trainerId: team.workerUser.id,
    location: "Green Lane Mosque, upstairs hall",
    notes: "Twelve madrasa teachers.",
    ...extra,
  });
  return { ...team, course, delivery };
}

const deliveriesAt = async (siteId: string) => deps.db.select().from(trainingDeliveries).where(eq(trainingDeliveries.siteId, siteId));

describe("outreach.training.deliveries", () => {
  it("records a training with the course's questions copied on, and lists it for the period with its attendees and mean confidence", async () => {
    const { worker, caseworker, siteId, delivery, partner, course } = await setUp();
    const created = await worker.request("POST", "/api/outreach/training/deliveries", delivery());
    expect(created.statusCode, created.body).toBe(201);
    const body = created.json();
    expect(body).toMatchObject({ course: { id: course.id, title: course.title }, partner: { id: partner.id, name: partner.name }, confidenceQuestions: testQuestions, attendeeCount: 0, meanBefore: null, abilities: { edit: true }, version: 1 });

    const [row] = await deps.db.select().from(trainingDeliveries).where(eq(trainingDeliveries.id, body.id));
    await addTestAttendee(deps, row!);
    await addTestAttendee(deps, row!, { name: "Sister Amina Begum" });
    const period = `siteId=${siteId}&from=${addDays(today(), -30)}&to=${today()}`;
    const list = await caseworker.request("GET", `/api/outreach/training/deliveries?${period}`);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json()).toMatchObject({ siteId, isTruncated: false, abilities: { record: false } });
    expect(list.json().items).toEqual([expect.objectContaining({ id: body.id, attendeeCount: 2, meanBefore: 2.5, meanAfter: 4, trainer: expect.objectContaining({ id: expect.any(String) }) })]);
    const earlier = await worker.request("GET", `/api/outreach/training/deliveries?siteId=${siteId}&to=${addDays(today(), -3)}`);
    expect(earlier.json().items).toEqual([]);
    const audits = await deps.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, body.id));
    expect(audits.map((audit) => audit.action)).toEqual(["outreach.training_recorded"]);
  });

  it("refuses a training on a day still to come, a partner or trainer of another site, and a course taken out of use, naming each field", async () => {
    const { worker, siteId, delivery, organisation } = await setUp();
    const otherPartner = await createTestPartner(deps, organisation, { site: 1 });
    const otherTrainer = await createUser(deps.db, deps.vault, organisation, { role: "outreach_worker", site: 1, isEnrolled: false });
    const retired = await createTestCourse(deps, organisation, { isActive: false });
    for (const [body, path] of [
      [delivery({ deliveredOn: addDays(today(), 1) }), "body.deliveredOn"],
      [delivery({ partnerId: otherPartner.id }), "body.partnerId"],
      [delivery({ trainerId: otherTrainer.id }), "body.trainerId"],
      [delivery({ courseId: retired.id }), "body.courseId"],
    ] as const) {
      const refused = await worker.request("POST", "/api/outreach/training/deliveries", body);
      expect(refused.statusCode, refused.body).toBe(422);
      expect(refused.json().error.fields.map((field: { path: string }) => field.path)).toEqual([path]);
    }
    const onTheDay = await worker.request("POST", "/api/outreach/training/deliveries", delivery({ deliveredOn: today(), partnerId: null }));
    expect(onTheDay.statusCode, onTheDay.body).toBe(201);
    expect(await deliveriesAt(siteId)).toHaveLength(1);
  });

  it("corrects a training with the version seen, moving its attendees' refresher dates with a new day, and refuses a stale version", async () => {
    const { worker, workerUser, organisation, course, delivery } = await setUp();
    const row = await createTestDelivery(deps, organisation, { courseId: course.id, trainerId: workerUser.id, deliveredOn: "2025-01-31" });
    const attendee = await addTestAttendee(deps, row);
    expect(attendee.refresherDueOn).toBe("2027-01-31");
    await deps.db.update(trainingAttendees).set({ refresherRemindedOn: "2026-12-31" }).where(eq(trainingAttendees.id, attendee.id));

    const { siteId: _site, courseId: _course, ...fields } = delivery({ deliveredOn: "2025-02-28", notes: "Moved." });
    const changed = await worker.request("PUT", `/api/outreach/training/deliveries/${row.id}`, { ...fields, version: 1 });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ deliveredOn: "2025-02-28", notes: "Moved.", version: 2 });
    expect(changed.json().attendees).toEqual([expect.objectContaining({ id: attendee.id, refresherDueOn: "2027-02-28", refresherRemindedOn: null })]);

    const stale = await worker.request("PUT", `/api/outreach/training/deliveries/${row.id}`, { ...fields, notes: "Again.", version: 1 });
    expect(stale.statusCode).toBe(409);
    const [after] = await deps.db.select().from(trainingDeliveries).where(eq(trainingDeliveries.id, row.id));
    expect(after).toMatchObject({ notes: "Moved.", version: 2 });
    const [audit] = await deps.db.select({ details: auditEvents.details }).from(auditEvents).where(eq(auditEvents.entityId, row.id));
    expect(audit?.details).toEqual({ changed: ["partnerId", "deliveredOn", "location", "notes"] });
  });

  it("shows a training to the site's caseworkers without letting them change it, and to nobody at another site", async () => {
    const { caseworker, elsewhere, workerUser, organisation, course, delivery } = await setUp();
    const row = await createTestDelivery(deps, organisation, { courseId: course.id, trainerId: workerUser.id });
    const { siteId: _site, courseId: _course, ...fields } = delivery({ notes: "Changed." });

    const read = await caseworker.request("GET", `/api/outreach/training/deliveries/${row.id}`);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json().abilities).toEqual({ edit: false });
    expectCleanRefusal(await caseworker.request("POST", "/api/outreach/training/deliveries", delivery()));
    expect((await caseworker.request("PUT", `/api/outreach/training/deliveries/${row.id}`, { ...fields, version: 1 })).statusCode).toBe(403);

    expect((await elsewhere.request("GET", `/api/outreach/training/deliveries/${row.id}`)).statusCode).toBe(404);
    expect((await elsewhere.request("PUT", `/api/outreach/training/deliveries/${row.id}`, { ...fields, version: 1 })).statusCode).toBe(404);
    expect((await elsewhere.request("GET", `/api/outreach/training/deliveries?siteId=${organisation.siteIds[0]}`)).statusCode).toBe(403);
    const [after] = await deps.db.select().from(trainingDeliveries).where(eq(trainingDeliveries.id, row.id));
    expect(after).toMatchObject({ notes: "", version: 1 });
  });
});
