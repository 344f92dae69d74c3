import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../../test/app.js";
import { createOrganisation, createUser } from "../../../test/factories.js";
import { expectCleanRefusal, signInAs } from "../../../test/http.js";
import { auditEvents, trainingCourses } from "../../db/schema.js";
import { defaultCourses } from "./default-courses.js";
import { trainingTeam } from "./test-support.js";

const { app, deps } = await testApp();

const course = (extra: Record<string, unknown> = {}) => ({
  title: "Knife crime: what schools can do",
  audience: "Heads of year",
  description: "Carrying, the law, and talking with pupils.",
  topics: ["knife_crime", "gangs"],
  confidenceQuestions: ["I can talk with a pupil about carrying a knife.", "I know who to call."],
  refresherMonths: 12,
  isActive: true,
  ...extra,
});

const coursesOf = (organisationId: string) => deps.db.select().from(trainingCourses).where(eq(trainingCourses.organisationId, organisationId));

describe("outreach.training.courses", () => {
  it("starts an organisation's catalogue with the three default courses the first time it is read, and only then", async () => {
    const { worker, caseworker, organisation } = await trainingTeam(app, deps);
    const [first, second] = await Promise.all([worker.request("GET", "/api/outreach/training/courses"), caseworker.request("GET", "/api/outreach/training/courses")]);
    expect(first.statusCode, first.body).toBe(200);
    expect(second.statusCode, second.body).toBe(200);
    expect(first.json().items.map((item: { title: string }) => item.title).sort()).toEqual(defaultCourses.map((item) => item.title).sort());
    expect(first.json().abilities).toEqual({ manage: true });
    expect(second.json().abilities).toEqual({ manage: false });
    const grooming = first.json().items.find((item: { title: string }) => item.title === "Grooming awareness for parents");
    expect(grooming).toMatchObject({ refresherMonths: null, topics: expect.arrayContaining(["grooming", "online_safety"]), isActive: true, version: 1 });
    expect(grooming.confidenceQuestions.length).toBeGreaterThanOrEqual(3);
    expect(await coursesOf(organisation.id)).toHaveLength(3);
    await worker.request("GET", "/api/outreach/training/courses");
    expect(await coursesOf(organisation.id)).toHaveLength(3);
  });

  it("lets an administrator with no site keep the catalogue, adding and changing a course with the version seen", async () => {
    const organisation = await createOrganisation(deps.db);
    const admin = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "administrator" }), deps.now());
    const created = await admin.request("POST", "/api/outreach/training/courses", course());
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    expect(created.json()).toMatchObject({ title: "Knife crime: what schools can do", refresherMonths: 12, version: 1 });

    const changed = await admin.request("PUT", `/api/outreach/training/courses/${id}`, { ...course({ refresherMonths: null, isActive: false }), version: 1 });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ refresherMonths: null, isActive: false, version: 2 });

    const stale = await admin.request("PUT", `/api/outreach/training/courses/${id}`, { ...course({ title: "Renamed" }), version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe("conflict");
    const [row] = await deps.db.select().from(trainingCourses).where(eq(trainingCourses.id, id));
    expect(row).toMatchObject({ title: "Knife crime: what schools can do", version: 2 });
    const audits = await deps.db.select({ action: auditEvents.action, details: auditEvents.details }).from(auditEvents).where(eq(auditEvents.entityId, id));
    expect(audits.map((audit) => audit.action).sort()).toEqual(["outreach.training_course_added", "outreach.training_course_updated"]);
    expect(audits.find((audit) => audit.action === "outreach.training_course_updated")?.details).toEqual({ changed: ["refresherMonths", "isActive"] });
  });

  it("refuses a course without statements, with too many, or with a refresher period out of range, naming the field", async () => {
    const { worker, organisation } = await trainingTeam(app, deps);
    for (const [body, path] of [
      [course({ confidenceQuestions: [] }), "body.confidenceQuestions"],
      [course({ confidenceQuestions: Array.from({ length: 11 }, (_unused, index) => `Statement ${index}`) }), "body.confidenceQuestions"],
      [course({ refresherMonths: 0 }), "body.refresherMonths"],
      [course({ topics: ["cooking"] }), "body.topics.0"],
      [course({ title: "  " }), "body.title"],
    ] as const) {
      const refused = await worker.request("POST", "/api/outreach/training/courses", body);
      expect(refused.statusCode, refused.body).toBe(400);
      expect(refused.json().error.fields.map((field: { path: string }) => field.path)).toContain(path);
    }
    expect(await coursesOf(organisation.id)).toHaveLength(0);
  });

  it("keeps the catalogue from caseworkers, who read it, and from another organisation, which is told a course does not exist", async () => {
    const { worker, caseworker, organisation } = await trainingTeam(app, deps);
    const id = (await worker.request("POST", "/api/outreach/training/courses", course())).json().id;
    expectCleanRefusal(await caseworker.request("POST", "/api/outreach/training/courses", course()));
    const refused = await caseworker.request("PUT", `/api/outreach/training/courses/${id}`, { ...course({ title: "Mine now" }), version: 1 });
    expect(refused.statusCode).toBe(403);

    const other = await trainingTeam(app, deps);
    const hidden = await other.worker.request("PUT", `/api/outreach/training/courses/${id}`, { ...course({ title: "Theirs now" }), version: 1 });
    expect(hidden.statusCode).toBe(404);
    const [row] = await deps.db.select().from(trainingCourses).where(and(eq(trainingCourses.id, id), eq(trainingCourses.organisationId, organisation.id)));
    expect(row).toMatchObject({ title: "Knife crime: what schools can do", version: 1 });
    expect((await app.inject({ method: "GET", url: "/api/outreach/training/courses" })).statusCode).toBe(401);
  });
});
