import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { crossVulnerabilityAnswers } from "../../core/instruments/built-in/cross-vulnerability.js";
import type { CarePlanContent } from "../../core/support/care-plan.js";
import { testApp } from "../../test/app.js";
import { createTestAssessment } from "../../test/assessment-factories.js";
import { createTestCase } from "../../test/case-factories.js";
import { createOrganisation, createUser, type TestOrganisation } from "../../test/factories.js";
import { signInAs } from "../../test/http.js";
import { organisationSnapshot } from "../../test/snapshot.js";
import { createWorkerProfile } from "../../test/worker-factories.js";
import type { Role } from "../../core/roles.js";
import type { SaveWorkerProfileBody } from "../../core/api/workers.js";
import { carePlanFields } from "../care-plans/fields.js";
import { auditEvents, caseAssignments, carePlans, carePlanVersions, clients, users, workerConflicts } from "../db/schema.js";

const { app, deps } = await testApp();

async function worker(organisation: TestOrganisation, role: Role, displayName: string, profile: Partial<Omit<SaveWorkerProfileBody, "version">> | null) {
  const user = await createUser(deps.db, deps.vault, organisation, { role });
  await deps.db.update(users).set({ displayName }).where(eq(users.id, user.id));
  if (profile) await createWorkerProfile(deps.db, organisation, user.id, deps.now(), profile);
  return user;
}

/** A theology-sessions plan, as the care plan pages store one (content sealed under the client's key). */
async function theologyPlan(kase: { id: string; organisationId: string; siteId: string; clientId: string }, by: string, workerId: string) {
  const today = deps.now().toISOString().slice(0, 10);
  const content: CarePlanContent = {
    goals: [{ id: "g1", what: "Talk through the readings he was shown online.", targetDate: "2099-01-01" }],
    barriers: [],
    interventions: [{ id: "i1", typeCode: "theology_sessions", deliveredBy: { workerId }, frequency: { every: 1, unit: "week" }, startDate: today, goalIds: ["g1"] }],
  };
  const [plan] = await deps.db
    .insert(carePlans)
    .values({ organisationId: kase.organisationId, siteId: kase.siteId, caseId: kase.id, currentVersion: 1, nextReviewOn: "2099-01-01", createdBy: by, updatedAt: deps.now() })
    .returning();
  const key = await deps.vault.loadSubjectKey(deps.db, kase.clientId);
  await deps.db.insert(carePlanVersions).values({
    organisationId: kase.organisationId,
    carePlanId: plan!.id,
    caseId: kase.id,
    version: 1,
    createdOn: today,
    content: deps.vault.encrypt(key, carePlanFields.content, JSON.stringify(content)),
    createdBy: by,
  });
}

/**
 * A client who asked for a female worker speaking Urdu, assessed with a high need in radicalisation,
 * with theology sessions in the plan; and the mentors and caseworkers at the site.
 */
async function matchingWorld() {
  const organisation = await createOrganisation(deps.db);
  const managerUser = await createUser(deps.db, deps.vault, organisation, { role: "team_manager" });
  const manager = await signInAs(app, managerUser, deps.now());
  const { kase, person } = await createTestCase(deps, organisation, managerUser.id);
  await deps.db.update(clients).set({ preferredLanguage: "ur", preferredWorkerGender: "female" }).where(eq(clients.id, kase.clientId));
  await createTestAssessment(deps, kase, managerUser.id, {
    instrumentKey: "cross_vulnerability",
    status: "submitted",
    answers: crossVulnerabilityAnswers({ radicalisation_extremism_push: 3, radicalisation_extremism_pull: 2, housing_push: 2 }),
  });
  const saira = await worker(organisation, "mentor", "Saira Rehman", { gender: "female", languages: ["en", "ur"], specialisms: ["theology", "female_support"], maxCaseload: 10 });
  const hamza = await worker(organisation, "mentor", "Hamza Siddiqui", { gender: "male", languages: ["en", "ur"], specialisms: ["theology"], maxCaseload: 10 });
  const joanne = await worker(organisation, "mentor", "Joanne Price", { gender: "female", languages: ["en"], specialisms: [], maxCaseload: 10 });
  const maryam = await worker(organisation, "mentor", "Maryam Ali", { gender: "female", languages: ["ur"], specialisms: ["theology"], vetting: { checkedOn: "2020-01-01", expiresOn: "2023-01-01", reference: null } });
  const aisha = await worker(organisation, "mentor", "Aisha Khan", { gender: "female", languages: ["ur"], specialisms: ["theology"] });
  const unvetted = await worker(organisation, "caseworker", "Amina Hussain", null);
  // Saira already works four other cases.
  for (let i = 0; i < 4; i++) {
    const other = await createTestCase(deps, organisation, managerUser.id);
    await deps.db.insert(caseAssignments).values({ organisationId: organisation.id, caseId: other.kase.id, userId: saira.id, role: "mentor", assignedAt: deps.now() });
  }
  await theologyPlan(kase, managerUser.id, saira.id);
  return { organisation, manager, managerUser, kase, person, saira, hamza, joanne, maryam, aisha, unvetted };
}

describe("workers.matching", () => {
  it("ranks a female Urdu-speaking theology mentor first for a client who asked for a woman speaking Urdu, and says why", async () => {
    const { organisation, manager, kase, person, saira, hamza, joanne, maryam, aisha, unvetted } = await matchingWorld();
    await manager.request("POST", `/api/cases/${kase.id}/conflicts`, { userId: aisha.id, kind: "same_mosque_committee" });

    const response = await manager.request("GET", `/api/cases/${kase.id}/worker-matches`);
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json();
    expect(result.needs).toMatchObject({ preferredLanguage: "ur", preferredWorkerGender: "female", askedFor: ["theology"], assessedOn: expect.any(String) });
    expect(result.ranked.map((candidate: { name: string; score: number }) => [candidate.name, candidate.score])).toEqual([
      ["Saira Rehman", 40 + 30 + 15 + 20 + 6],
      ["Joanne Price", 40 + 10],
      ["Hamza Siddiqui", -40 + 30 + 15 + 20 + 10],
    ]);
    expect(result.ranked[0]).toEqual({
      userId: saira.id,
      name: "Saira Rehman",
      score: 111,
      assignableAs: ["mentor", "specialist"],
      reasons: [
        { kind: "gender_match", points: 40 },
        { kind: "language_match", points: 30, language: "ur" },
        { kind: "need_met", points: 15, domain: "radicalisation_extremism", level: "high", specialisms: ["theology"] },
        { kind: "need_unmet", points: 0, domain: "housing", level: "moderate" },
        { kind: "asked_for", points: 20, specialism: "theology" },
        { kind: "capacity", points: 6, free: 6, max: 10 },
      ],
    });
    expect(result.excluded).toEqual(
      expect.arrayContaining([
        { userId: maryam.id, name: "Maryam Ali", reasons: [{ kind: "vetting_expired", expiresOn: "2023-01-01" }] },
        { userId: aisha.id, name: "Aisha Khan", reasons: [{ kind: "conflict" }] },
        { userId: unvetted.id, name: "Amina Hussain", reasons: [{ kind: "vetting_missing" }] },
      ]),
    );
    expect([hamza.id, joanne.id].every((id) => result.ranked.some((candidate: { userId: string }) => candidate.userId === id))).toBe(true);
    // Nothing that names the client.
    expect(response.body).not.toContain(person.familyName);
    expect(response.body).not.toContain(kase.clientId);
    const [audit] = await deps.db.select().from(auditEvents).where(and(eq(auditEvents.organisationId, organisation.id), eq(auditEvents.action, "case.workers_matched")));
    expect(audit).toMatchObject({ entityId: kase.id, clientId: kase.clientId, details: { ranked: 3, excluded: 3, hasAssessment: true, askedFor: ["theology"] } });
  });

  it("refuses to assign someone whose vetting has run out or is missing, or who has a conflict with the client, and changes nothing", async () => {
    const { organisation, manager, kase, saira, maryam, aisha, unvetted } = await matchingWorld();
    await manager.request("POST", `/api/cases/${kase.id}/conflicts`, { userId: aisha.id, kind: "same_family", note: "Aunt of the client." });
    const url = `/api/cases/${kase.id}/assignments`;
    const before = await organisationSnapshot(deps.db, organisation.id);
    for (const [body, message] of [
      [{ userId: maryam.id, role: "mentor" }, /DBS check has run out/],
      [{ userId: aisha.id, role: "mentor" }, /conflict of interest/],
      [{ userId: unvetted.id, role: "key_worker" }, /no DBS check recorded/],
    ] as const) {
      const refused = await manager.request("POST", url, body);
      expect(refused.statusCode, refused.body).toBe(409);
      expect(refused.json().error).toMatchObject({ code: "conflict", message: expect.stringMatching(message), fields: [{ path: "body.userId", message: expect.any(String) }] });
    }
    expect(await organisationSnapshot(deps.db, organisation.id)).toEqual(before);

    expect((await manager.request("POST", url, { userId: saira.id, role: "mentor" })).statusCode).toBe(200);
    const again = (await manager.request("GET", `/api/cases/${kase.id}/worker-matches`)).json();
    expect(again.excluded).toContainEqual({ userId: saira.id, name: "Saira Rehman", reasons: [{ kind: "already_on_case" }] });
  });

  it("records a conflict with its note sealed under the client's key, lists it for managers (audited), and withdraws it", async () => {
    const { organisation, manager, kase, aisha } = await matchingWorld();
    const recorded = await manager.request("POST", `/api/cases/${kase.id}/conflicts`, { userId: aisha.id, kind: "same_family", note: "Aunt of the client." });
    expect(recorded.statusCode, recorded.body).toBe(201);
    const [item] = recorded.json().items;
    expect(item).toMatchObject({ userId: aisha.id, workerName: "Aisha Khan", kind: "same_family", note: "Aunt of the client.", withdrawnAt: null, abilities: { withdraw: true } });
    expect(recorded.json().abilities).toEqual({ record: true });
    const [row] = await deps.db.select().from(workerConflicts).where(eq(workerConflicts.id, item.id));
    expect(Buffer.from(row!.note!).toString("utf8")).not.toContain("Aunt");
    expect((await manager.request("POST", `/api/cases/${kase.id}/conflicts`, { userId: aisha.id, kind: "other" })).statusCode).toBe(409);

    const withdrawn = await manager.request("POST", `/api/cases/${kase.id}/conflicts/${item.id}/withdraw`);
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json().items[0]).toMatchObject({ withdrawnAt: expect.any(String), withdrawnByName: "Test User", abilities: { withdraw: false } });
    expect((await manager.request("POST", `/api/cases/${kase.id}/conflicts/${item.id}/withdraw`)).statusCode).toBe(409);
    const ranked = (await manager.request("GET", `/api/cases/${kase.id}/worker-matches`)).json().ranked;
    expect(ranked.map((candidate: { userId: string }) => candidate.userId)).toContain(aisha.id);

    const actions = (await deps.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.organisationId, organisation.id))).map((event) => event.action);
    expect(actions).toEqual(expect.arrayContaining(["worker.conflict_recorded", "case.conflicts_read", "worker.conflict_withdrawn"]));
    const audits = await deps.db.select().from(auditEvents).where(and(eq(auditEvents.organisationId, organisation.id), eq(auditEvents.action, "worker.conflict_recorded")));
    expect(JSON.stringify(audits)).not.toContain("Aunt");
  });

  it("keeps conflicts and matching from people who do not allocate the case, and refuses bad input naming the field", async () => {
    const { organisation, manager, kase, aisha } = await matchingWorld();
    const caseworker = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "caseworker" }), deps.now());
    const mentor = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "mentor" }), deps.now());
    const outreach = await createUser(deps.db, deps.vault, organisation, { role: "outreach_worker" });
    const before = await organisationSnapshot(deps.db, organisation.id);
    expect((await caseworker.request("GET", `/api/cases/${kase.id}/conflicts`)).statusCode).toBe(403);
    expect((await caseworker.request("GET", `/api/cases/${kase.id}/worker-matches`)).statusCode).toBe(403);
    expect((await mentor.request("GET", `/api/cases/${kase.id}/worker-matches`)).statusCode).toBe(404);
    expect((await mentor.request("POST", `/api/cases/${kase.id}/conflicts`, { userId: aisha.id, kind: "other" })).statusCode).toBe(404);
    const notAWorker = await manager.request("POST", `/api/cases/${kase.id}/conflicts`, { userId: outreach.id, kind: "other" });
    expect(notAWorker.statusCode).toBe(400);
    expect(notAWorker.json().error.fields).toEqual([{ path: "body.userId", message: expect.any(String) }]);
    const badKind = await manager.request("POST", `/api/cases/${kase.id}/conflicts`, { userId: aisha.id, kind: "rivals" });
    expect(badKind.statusCode).toBe(400);
    expect(badKind.json().error.fields.map((field: { path: string }) => field.path)).toEqual(["body.kind"]);
    expect(await organisationSnapshot(deps.db, organisation.id)).toEqual(before);
  });
});
