import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../test/app.js";
import { createTestCase } from "../../test/case-factories.js";
import { createOrganisation, createUser, type TestOrganisation } from "../../test/factories.js";
import { signInAs } from "../../test/http.js";
import { organisationSnapshot } from "../../test/snapshot.js";
import { createWorkerProfile } from "../../test/worker-factories.js";
import type { Role } from "../../core/roles.js";
import { auditEvents, caseAssignments, users } from "../db/schema.js";

const { app, deps } = await testApp();

async function person(organisation: TestOrganisation, role: Role, displayName: string, site: 0 | 1 = 0) {
  const user = await createUser(deps.db, deps.vault, organisation, { role, site });
  await deps.db.update(users).set({ displayName }).where(eq(users.id, user.id));
  return user;
}

const profile = (overrides: Record<string, unknown> = {}) => ({
  gender: "female",
  languages: ["en", "ur"],
  specialisms: ["cbt", "female_support"],
  maxCaseload: 12,
  vetting: { checkedOn: "2025-03-01", expiresOn: "2028-03-01", reference: "001234567890" },
  version: 0,
  ...overrides,
});

describe("workers.profiles", () => {
  it("lists a site's workers with defaults until a profile is saved, then saves it with the version seen, audited by field name", async () => {
    const organisation = await createOrganisation(deps.db);
    const managerUser = await person(organisation, "team_manager", "Sarah Collins");
    const manager = await signInAs(app, managerUser, deps.now());
    const mentor = await person(organisation, "mentor", "Saira Rehman");
    await person(organisation, "outreach_worker", "Bilal Ahmed");
    await person(organisation, "mentor", "Elsewhere Mentor", 1);

    const listed = await manager.request("GET", `/api/workers?siteId=${organisation.siteIds[0]}`);
    expect(listed.statusCode, listed.body).toBe(200);
    expect(listed.json().items.map((item: { displayName: string }) => item.displayName)).toEqual(["Saira Rehman", "Sarah Collins"]);
    expect(listed.json().items[0]).toMatchObject({
      userId: mentor.id,
      roles: ["mentor"],
      gender: "not_stated",
      languages: [],
      maxCaseload: 15,
      openCases: 0,
      vetting: { state: "missing", checkedOn: null, expiresOn: null, reference: null },
      hasProfile: false,
      version: 0,
      abilities: { edit: true },
    });

    const saved = await manager.request("PUT", `/api/workers/${mentor.id}`, profile());
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      gender: "female",
      languages: ["en", "ur"],
      specialisms: ["cbt", "female_support"],
      maxCaseload: 12,
      vetting: { state: "current", checkedOn: "2025-03-01", expiresOn: "2028-03-01", reference: "001234567890" },
      hasProfile: true,
      version: 1,
      sites: [{ id: organisation.siteIds[0], name: "Birmingham" }],
    });

    const stale = await manager.request("PUT", `/api/workers/${mentor.id}`, profile({ maxCaseload: 20 }));
    expect(stale.statusCode).toBe(409);
    const again = await manager.request("PUT", `/api/workers/${mentor.id}`, profile({ languages: ["en", "ur", "pa"], version: 1 }));
    expect(again.json()).toMatchObject({ languages: ["en", "ur", "pa"], version: 2 });

    const audited = await deps.db.select({ details: auditEvents.details }).from(auditEvents).where(and(eq(auditEvents.action, "worker.profile_changed"), eq(auditEvents.entityId, mentor.id)));
    expect(audited.map((event) => event.details)).toEqual([
      { fields: ["gender", "languages", "specialisms", "maxCaseload", "vetting", "vettingReference"], version: 1 },
      { fields: ["languages"], version: 2 },
    ]);
    expect(JSON.stringify(audited)).not.toContain("001234567890");
  });

  it("counts a worker's open cases wherever they are, and says when vetting has run out or is running out", async () => {
    const organisation = await createOrganisation(deps.db);
    const managerUser = await person(organisation, "team_manager", "Sarah Collins");
    const manager = await signInAs(app, managerUser, deps.now());
    const caseworker = await person(organisation, "caseworker", "Amina Hussain");
    await createTestCase(deps, organisation, managerUser.id, { keyWorkerId: caseworker.id });
    const { kase: elsewhere } = await createTestCase(deps, organisation, managerUser.id, { site: 1 });
    await deps.db.insert(caseAssignments).values({ organisationId: organisation.id, caseId: elsewhere.id, userId: caseworker.id, role: "mentor", assignedAt: deps.now() });
    const inDays = (days: number) => new Date(deps.now().getTime() + days * 86_400_000).toISOString().slice(0, 10);
    await createWorkerProfile(deps.db, organisation, caseworker.id, deps.now(), { vetting: { checkedOn: "2020-01-01", expiresOn: inDays(20), reference: null } });
    const expired = await person(organisation, "mentor", "Tariq Mahmood");
    await createWorkerProfile(deps.db, organisation, expired.id, deps.now(), { vetting: { checkedOn: "2020-01-01", expiresOn: "2023-01-01", reference: null } });

    const items = (await manager.request("GET", `/api/workers?siteId=${organisation.siteIds[0]}`)).json().items;
    expect(items.find((item: { userId: string }) => item.userId === caseworker.id)).toMatchObject({ openCases: 2, vetting: { state: "expiring", expiresOn: inDays(20) } });
    expect(items.find((item: { userId: string }) => item.userId === expired.id)).toMatchObject({ vetting: { state: "expired" } });
  });

  it("lets a worker read their own profile but not change it or read a colleague's; managers elsewhere are refused", async () => {
    const organisation = await createOrganisation(deps.db);
    const mentorUser = await person(organisation, "mentor", "Saira Rehman");
    const colleague = await person(organisation, "mentor", "Tariq Mahmood");
    const mentor = await signInAs(app, mentorUser, deps.now());
    expect((await mentor.request("GET", `/api/workers/${mentorUser.id}`)).json()).toMatchObject({ userId: mentorUser.id, abilities: { edit: false } });
    expect((await mentor.request("GET", `/api/workers/${colleague.id}`)).statusCode).toBe(403);
    const otherSiteManager = await signInAs(app, await person(organisation, "team_manager", "Hina Shah", 1), deps.now());
    const before = await organisationSnapshot(deps.db, organisation.id);
    expect((await mentor.request("PUT", `/api/workers/${mentorUser.id}`, profile())).statusCode).toBe(403);
    expect((await otherSiteManager.request("PUT", `/api/workers/${mentorUser.id}`, profile())).statusCode).toBe(403);
    expect(await organisationSnapshot(deps.db, organisation.id)).toEqual(before);
  });

  it("refuses a profile that does not make sense, naming the field, and changes nothing", async () => {
    const organisation = await createOrganisation(deps.db);
    const admin = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "administrator" }), deps.now());
    const mentor = await person(organisation, "mentor", "Saira Rehman");
    const outreach = await person(organisation, "outreach_worker", "Bilal Ahmed");
    const before = await organisationSnapshot(deps.db, organisation.id);
    for (const [body, path] of [
      [profile({ vetting: { checkedOn: "2025-03-01", expiresOn: "2024-03-01", reference: null } }), "body.vetting.expiresOn"],
      [profile({ languages: ["ur", "ur"] }), "body.languages"],
      [profile({ languages: ["klingon"] }), "body.languages.0"],
      [profile({ specialisms: ["astrology"] }), "body.specialisms.0"],
      [profile({ maxCaseload: 0 }), "body.maxCaseload"],
      [profile({ gender: "unknown" }), "body.gender"],
    ] as const) {
      const refused = await admin.request("PUT", `/api/workers/${mentor.id}`, body);
      expect(refused.statusCode, JSON.stringify(body)).toBe(400);
      expect(refused.json().error.fields.map((field: { path: string }) => field.path)).toContain(path);
    }
    expect((await admin.request("PUT", `/api/workers/${outreach.id}`, profile())).statusCode).toBe(404);
    expect(await organisationSnapshot(deps.db, organisation.id)).toEqual(before);
  });
});
