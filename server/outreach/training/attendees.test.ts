import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { refresherDueOn } from "../../../core/outreach/training.js";
import { testApp } from "../../../test/app.js";
import { auditEvents, trainingAttendees } from "../../db/schema.js";
import { createTestCourse, createTestDelivery, trainingTeam } from "./test-support.js";

const { app, deps } = await testApp();

const attendee = (extra: Record<string, unknown> = {}) => ({
  name: "Maulana Idris Patel",
  role: "Madrasa teacher",
  organisation: "Green Lane Mosque",
  email: "idris@greenlane.example",
  hasConsented: true,
  before: [2, null],
  after: [4, 5],
  ...extra,
});

async function setUp(options: { refresherMonths?: number | null; deliveredOn?: string } = {}) {
  const team = await trainingTeam(app, deps);
  const course = await createTestCourse(deps, team.organisation, { refresherMonths: options.refresherMonths });
  const delivery = await createTestDelivery(deps, team.organisation, { courseId: course.id, trainerId: team.workerUser.id, ...(options.deliveredOn ? { deliveredOn: options.deliveredOn } : {}) });
  const url = `/api/outreach/training/deliveries/${delivery.id}/attendees`;
  const stored = () => deps.db.select().from(trainingAttendees).where(eq(trainingAttendees.deliveryId, delivery.id));
  return { ...team, course, delivery, url, stored };
}

describe("outreach.training.attendees", () => {
  it("adds an attendee with their consent recorded, a certificate number and the refresher date the course gives, and summarises confidence per question", async () => {
    const { worker, workerUser, url, delivery } = await setUp({ deliveredOn: "2024-08-31" });
    const added = await worker.request("POST", url, attendee());
    expect(added.statusCode, added.body).toBe(201);
    const [view] = added.json().attendees;
    expect(view).toMatchObject({ name: "Maulana Idris Patel", organisation: "Green Lane Mosque", before: [2, null], after: [4, 5], refresherDueOn: refresherDueOn("2024-08-31", 24), refresherRemindedOn: null });
    expect(view.refresherDueOn).toBe("2026-08-31");
    expect(view.certificateNumber).toMatch(/^PW-TR-2024-\d{6}$/);
    const second = await worker.request("POST", url, attendee({ name: "Sister Khadija Noor", email: null, before: [1, 3], after: [3, 3] }));
    expect(second.json().confidence).toEqual([
      { question: delivery.confidenceQuestions[0], answered: 2, meanBefore: 1.5, meanAfter: 3.5, shareImproved: 1 },
      { question: delivery.confidenceQuestions[1], answered: 1, meanBefore: 3, meanAfter: 3, shareImproved: 0 },
    ]);
    const [row] = await deps.db.select().from(trainingAttendees).where(eq(trainingAttendees.id, view.id));
    expect(row).toMatchObject({ consentRecordedBy: workerUser.id, attendeeOrganisation: "Green Lane Mosque" });
    const [audit] = await deps.db.select({ action: auditEvents.action, details: auditEvents.details }).from(auditEvents).where(eq(auditEvents.entityId, view.id));
    expect(audit).toEqual({ action: "outreach.training_attendee_added", details: { deliveryId: delivery.id, certificateNumber: view.certificateNumber, hasConsented: true } });
    expect(JSON.stringify(audit)).not.toContain("Idris");
  });

  it("gives no refresher date when the course needs none", async () => {
    const { worker, url } = await setUp({ refresherMonths: null });
    expect((await worker.request("POST", url, attendee())).json().attendees[0].refresherDueOn).toBeNull();
  });

  it("refuses an attendee who has not consented, naming the field, and keeps nothing of them", async () => {
    const { worker, url, stored } = await setUp();
    for (const consent of [false, undefined]) {
      const refused = await worker.request("POST", url, attendee({ hasConsented: consent }));
      expect(refused.statusCode, refused.body).toBe(400);
      expect(refused.json().error.fields).toEqual([expect.objectContaining({ path: "body.hasConsented" })]);
    }
    expect(await stored()).toEqual([]);
  });

  it("refuses ratings outside 1 to 5 naming the rating, and ratings that do not match the training's questions", async () => {
    const { worker, url, stored } = await setUp();
    for (const [ratings, path] of [
      [{ before: [0, 3] }, "body.before.0"],
      [{ after: [4, 6] }, "body.after.1"],
      [{ before: [2.5, 3] }, "body.before.0"],
    ] as const) {
      const refused = await worker.request("POST", url, attendee(ratings));
      expect(refused.statusCode, refused.body).toBe(400);
      expect(refused.json().error.fields.map((field: { path: string }) => field.path)).toContain(path);
    }
    const mismatched = await worker.request("POST", url, attendee({ before: [2, 3, 4], after: [4, 4, 4] }));
    expect(mismatched.statusCode).toBe(422);
    expect(mismatched.json().error.fields.map((field: { path: string }) => field.path)).toEqual(["body.before", "body.after"]);
    const disguised = await worker.request("POST", url, attendee({ name: "Ali\u202Ex" }));
    expect(disguised.statusCode).toBe(400);
    expect(disguised.json().error.fields).toEqual([expect.objectContaining({ path: "body.name" })]);
    expect(await stored()).toEqual([]);
  });

  it("gives every attendee a certificate number of their own, even when they are added at the same moment", async () => {
    const { worker, url, stored } = await setUp();
    const answers = await Promise.all(Array.from({ length: 6 }, (_unused, index) => worker.request("POST", url, attendee({ name: `Teacher ${index}` }))));
    expect(answers.map((answer) => answer.statusCode)).toEqual(Array(6).fill(201));
    const numbers = (await stored()).map((row) => row.certificateNumber);
    expect(new Set(numbers).size).toBe(6);
  });

  it("never gives a removed attendee's certificate number to anyone else, so a printed certificate checks out only for its holder", async () => {
    const { worker, url, stored } = await setUp();
    const added = (await worker.request("POST", url, attendee({ name: "Teacher One" }))).json().attendees[0];
    expect((await worker.request("DELETE", `/api/outreach/training/attendees/${added.id}`)).statusCode).toBe(204);
    await worker.request("POST", url, attendee({ name: "Teacher Two" }));
    const [next] = await stored();
    expect(next!.certificateNumber).not.toBe(added.certificateNumber);
  });

  it("corrects and removes an attendee, auditing both by field name, and lets only the site's outreach workers do it", async () => {
    const { worker, caseworker, elsewhere, url, stored } = await setUp();
    const id = (await worker.request("POST", url, attendee())).json().attendees[0].id;
    const corrected = await worker.request("PUT", `/api/outreach/training/attendees/${id}`, attendee({ role: "Imam", after: [5, 5] }));
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json().attendees[0]).toMatchObject({ id, role: "Imam", after: [5, 5] });

    expect((await caseworker.request("PUT", `/api/outreach/training/attendees/${id}`, attendee({ role: "Teacher" }))).statusCode).toBe(403);
    expect((await caseworker.request("DELETE", `/api/outreach/training/attendees/${id}`)).statusCode).toBe(403);
    expect((await elsewhere.request("DELETE", `/api/outreach/training/attendees/${id}`)).statusCode).toBe(404);
    expect((await elsewhere.request("POST", url, attendee())).statusCode).toBe(404);
    expect(await stored()).toHaveLength(1);

    const removed = await worker.request("DELETE", `/api/outreach/training/attendees/${id}`);
    expect(removed.statusCode, removed.body).toBe(204);
    expect(await stored()).toEqual([]);
    const audits = await deps.db.select({ action: auditEvents.action, details: auditEvents.details }).from(auditEvents).where(eq(auditEvents.entityId, id));
    expect(audits.find((audit) => audit.action === "outreach.training_attendee_updated")?.details).toMatchObject({ changed: ["role", "after"] });
    expect(audits.map((audit) => audit.action)).toContain("outreach.training_attendee_removed");
  });
});
