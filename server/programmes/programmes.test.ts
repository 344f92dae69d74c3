import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { multilingualRecovery } from "../../core/programmes/built-in.js";
import { testApp } from "../../test/app.js";
import { createTestCase } from "../../test/case-factories.js";
import { createOrganisation, createUser, type TestOrganisation } from "../../test/factories.js";
import { expectCleanRefusal, signInAs } from "../../test/http.js";
import { organisationSnapshot } from "../../test/snapshot.js";
import { signedInTeam } from "../../test/team.js";
import { auditEvents } from "../db/schema.js";
import { localProgramme } from "./test-support.js";

const { app, deps } = await testApp();

async function administratorOf(organisation: TestOrganisation) {
  const user = await createUser(deps.db, deps.vault, organisation, { role: "administrator" });
  return { user, agent: await signInAs(app, user, deps.now()) };
}

interface Listed {
  key: string;
  version: number;
  title: string;
  isBuiltIn: boolean;
  isRetired: boolean;
  phases: { id: string; criteria: { id: string }[] }[];
}

describe("programmes.definitions", () => {
  it("lists the built-in programmes at their latest versions with phases and criteria, for workers and administrators", async () => {
    const organisation = await createOrganisation(deps.db);
    const { caseworker } = await signedInTeam(app, deps, organisation);
    const list = (await caseworker.request("GET", "/api/programmes")).json<{ items: Listed[]; canManage: boolean }>();
    expect(list.canManage).toBe(false);
    expect(list.items.map((item) => item.key).sort()).toEqual(["faith_adapted_twelve_step", "multilingual_recovery", "prevention_mentoring"]);
    const recovery = list.items.find((item) => item.key === multilingualRecovery.key)!;
    expect(recovery).toMatchObject({ version: 1, title: "Five-phase recovery programme", isBuiltIn: true, isRetired: false });
    expect(recovery.phases.map((phase) => phase.id)).toEqual(["engage", "prepare", "change", "strengthen", "move_on"]);
    expect(recovery.phases[0]!.criteria).toHaveLength(3);
    const { agent: admin } = await administratorOf(organisation);
    expect((await admin.request("GET", "/api/programmes")).json()).toMatchObject({ canManage: true });
  });

  it("imports a programme of the organisation's own, shows that version, and keeps it from other organisations", async () => {
    const organisation = await createOrganisation(deps.db);
    const { agent: admin, user } = await administratorOf(organisation);
    const definition = localProgramme();
    const imported = await admin.request("POST", "/api/programmes", { definition });
    expect(imported.statusCode, imported.body).toBe(201);
    expect(imported.json()).toMatchObject({ key: definition.key, version: 1 });
    const listed = (await admin.request("GET", "/api/programmes")).json<{ items: Listed[] }>().items.find((item) => item.key === definition.key);
    expect(listed).toMatchObject({ title: "Family support circle", isBuiltIn: false, isRetired: false });
    const version = (await admin.request("GET", `/api/programmes/${definition.key}/versions/1`)).json();
    expect(version).toMatchObject({ key: definition.key, definition: { key: definition.key, phases: [{ id: "welcome" }, { id: "circle" }] }, versions: [{ version: 1, isBuiltIn: false }] });
    const [audited] = await deps.db.select().from(auditEvents).where(and(eq(auditEvents.organisationId, organisation.id), eq(auditEvents.action, "programme.imported")));
    expect(audited).toMatchObject({ actorUserId: user.id, details: { key: definition.key, version: 1, phases: 2 } });

    const elsewhere = await administratorOf(await createOrganisation(deps.db));
    expect((await elsewhere.agent.request("GET", `/api/programmes/${definition.key}/versions/1`)).statusCode).toBe(404);
    expect((await elsewhere.agent.request("GET", "/api/programmes")).json<{ items: Listed[] }>().items.some((item) => item.key === definition.key)).toBe(false);
  });

  it("refuses a bad definition naming each bad part, and changes nothing", async () => {
    const organisation = await createOrganisation(deps.db);
    const { agent: admin } = await administratorOf(organisation);
    const good = localProgramme();
    const bad = {
      ...good,
      kind: "astrology",
      phases: [
        { ...good.phases[0]!, criteria: [{ id: "same", label: "One" }, { id: "same", label: "Two" }] },
        { ...good.phases[1]!, id: "welcome", expectedWeeks: 0 },
      ],
    };
    const before = await organisationSnapshot(deps.db, organisation.id);
    const refused = await admin.request("POST", "/api/programmes", { definition: bad });
    expect(refused.statusCode).toBe(400);
    expectCleanRefusal(refused);
    const messages = refused.json<{ error: { message: string; fields: { path: string; message: string }[] } }>().error;
    expect(messages.message).toBe("This programme definition has problems; nothing was imported.");
    expect(messages.fields.every((field) => field.path === "body.definition")).toBe(true);
    const problems = messages.fields.map((field) => field.message);
    expect(problems.some((problem) => problem.startsWith("kind:"))).toBe(true);
    expect(problems.some((problem) => problem.startsWith("phases.1.expectedWeeks:"))).toBe(true);
    expect(await organisationSnapshot(deps.db, organisation.id)).toEqual(before);
    // Once the shape is right, the consistency rules name the repeated ids.
    const repeated = await admin.request("POST", "/api/programmes", { definition: { ...bad, kind: "recovery", phases: [bad.phases[0], { ...bad.phases[1], expectedWeeks: 2 }] } });
    expect(repeated.json().error.fields.map((field: { message: string }) => field.message)).toEqual([
      'phases.0.criteria.1.id: Phase "welcome" has two criteria with the id "same".',
      'phases.1.id: Phase id "welcome" is used twice.',
    ]);
    expect(await organisationSnapshot(deps.db, organisation.id)).toEqual(before);
  });

  it("takes a new version of a built-in programme, refuses reusing a version number, and keeps enrolments on the version they began", async () => {
    const organisation = await createOrganisation(deps.db);
    const { agent: admin } = await administratorOf(organisation);
    const { caseworker, managerUser } = await signedInTeam(app, deps, organisation);
    const { kase } = await createTestCase(deps, organisation, managerUser.id);
    const enrolment = (await caseworker.request("POST", `/api/cases/${kase.id}/enrolments`, { programmeKey: multilingualRecovery.key })).json<{ id: string }>();
    const reused = await admin.request("POST", "/api/programmes", { definition: { ...multilingualRecovery, title: "Recovery, our way" } });
    expect(reused.statusCode).toBe(409);
    expect(reused.json().error.message).toContain("needs version 2");
    const shorter = { ...multilingualRecovery, version: 2, phases: multilingualRecovery.phases.slice(0, 3) };
    expect((await admin.request("POST", "/api/programmes", { definition: shorter })).statusCode).toBe(201);
    expect((await caseworker.request("GET", "/api/programmes")).json<{ items: Listed[] }>().items.find((item) => item.key === multilingualRecovery.key)).toMatchObject({ version: 2, isBuiltIn: true });
    expect((await caseworker.request("GET", `/api/enrolments/${enrolment.id}`)).json()).toMatchObject({ programme: { version: 1 }, phaseCount: 5 });
    const versions = (await admin.request("GET", `/api/programmes/${multilingualRecovery.key}/versions/1`)).json<{ versions: { version: number; isBuiltIn: boolean }[] }>().versions;
    expect(versions.map((version) => [version.version, version.isBuiltIn])).toEqual([
      [2, false],
      [1, true],
    ]);
  });

  it("retires a built-in programme for this organisation only (no new enrolments), and brings it back", async () => {
    const organisation = await createOrganisation(deps.db);
    const { agent: admin } = await administratorOf(organisation);
    const { caseworker, managerUser } = await signedInTeam(app, deps, organisation);
    const { kase } = await createTestCase(deps, organisation, managerUser.id);
    const retired = await admin.request("PUT", `/api/programmes/${multilingualRecovery.key}/retirement`, { isRetired: true });
    expect(retired.json()).toMatchObject({ key: multilingualRecovery.key, version: 1, isRetired: true, isBuiltIn: true });
    const refused = await caseworker.request("POST", `/api/cases/${kase.id}/enrolments`, { programmeKey: multilingualRecovery.key });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain("is retired");
    // Other organisations still have it.
    const other = await createOrganisation(deps.db);
    const otherTeam = await signedInTeam(app, deps, other);
    expect((await otherTeam.caseworker.request("GET", "/api/programmes")).json<{ items: Listed[] }>().items.find((item) => item.key === multilingualRecovery.key)).toMatchObject({ isRetired: false });

    expect((await admin.request("PUT", `/api/programmes/${multilingualRecovery.key}/retirement`, { isRetired: false })).json()).toMatchObject({ isRetired: false });
    expect((await caseworker.request("POST", `/api/cases/${kase.id}/enrolments`, { programmeKey: multilingualRecovery.key })).statusCode).toBe(201);
    const actions = await deps.db.select({ action: auditEvents.action }).from(auditEvents).where(and(eq(auditEvents.organisationId, organisation.id), eq(auditEvents.entityType, "programme_version")));
    expect(actions.map((row) => row.action).sort()).toEqual(["programme.retired", "programme.unretired"]);
    // Unknown programmes are not found.
    expect((await admin.request("PUT", "/api/programmes/no_such_programme/retirement", { isRetired: true })).statusCode).toBe(404);
  });

  it("is for people whose role reaches client data; configuring is for administrators", async () => {
    const organisation = await createOrganisation(deps.db);
    const commissioner = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "commissioner" }), deps.now());
    expect((await commissioner.request("GET", "/api/programmes")).statusCode).toBe(403);
    const { manager } = await signedInTeam(app, deps, organisation);
    const before = await organisationSnapshot(deps.db, organisation.id);
    expect((await manager.request("POST", "/api/programmes", { definition: localProgramme() })).statusCode).toBe(403);
    expect((await manager.request("PUT", `/api/programmes/${multilingualRecovery.key}/retirement`, { isRetired: true })).statusCode).toBe(403);
    expect(await organisationSnapshot(deps.db, organisation.id)).toEqual(before);
  });
});
