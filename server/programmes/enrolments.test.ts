import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { multilingualRecovery } from "../../core/programmes/built-in.js";
import { testApp } from "../../test/app.js";
import { createTestCase } from "../../test/case-factories.js";
import { createOrganisation, createUser, type TestOrganisation, type TestUser } from "../../test/factories.js";
import { expectCleanRefusal, signInAs, type Agent } from "../../test/http.js";
import { organisationSnapshot } from "../../test/snapshot.js";
import { signedInTeam } from "../../test/team.js";
import { auditEvents, caseAssignments, cases, programmeEnrolmentEvents } from "../db/schema.js";

const { app, deps, clock } = await testApp();

const recovery = multilingualRecovery.key;
const criteriaOf = (phase: number) => multilingualRecovery.phases[phase]!.criteria.map((criterion) => criterion.id);

interface Enrolment {
  id: string;
  version: number;
  state: string;
  currentPhase: { index: number; id: string; title: string } | null;
  availableEvents: string[];
  phases: { id: string; days: number; visits: number; criteria: { id: string }[] }[];
  history: { type: string; note: string | null; reason: string | null; isOverride: boolean; criteriaMet: string[]; fromPhase: { id: string } | null; toPhase: { id: string } | null; actorName: string | null }[];
  stepBacks: number;
  daysThisVisit: number | null;
  totalDays: number;
  daysWithdrawn: number;
  programme: { key: string; version: number };
}

async function openCase(organisation: TestOrganisation) {
  const team = await signedInTeam(app, deps, organisation);
  const { kase } = await createTestCase(deps, organisation, team.managerUser.id, { keyWorkerId: team.caseworkerUser.id });
  return { ...team, kase };
}

async function enrol(agent: Agent, caseId: string, programmeKey = recovery): Promise<Enrolment> {
  const response = await agent.request("POST", `/api/cases/${caseId}/enrolments`, { programmeKey });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Enrolment>();
}

async function step(agent: Agent, enrolment: { id: string; version: number }, event: Record<string, unknown>): Promise<Enrolment> {
  const response = await agent.request("POST", `/api/enrolments/${enrolment.id}/events`, { event, version: enrolment.version });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Enrolment>();
}

/** Moves the clock on by whole days; sessions end after so long idle, so the worker signs in again. */
async function daysLater(days: number, user: TestUser): Promise<Agent> {
  clock.advanceMinutes(days * 24 * 60);
  return signInAs(app, user, deps.now());
}

const timelineTypes = async (agent: Agent, caseId: string) =>
  (await agent.request("GET", `/api/cases/${caseId}`)).json<{ timeline: { type: string; details: Record<string, unknown> }[] }>().timeline.filter((entry) => entry.type.startsWith("programme_"));

describe("programmes.enrolments", () => {
  it("enrols a client in the first phase with its criteria, and lists the enrolment on the case and its timeline", async () => {
    const organisation = await createOrganisation(deps.db);
    const { caseworker, kase } = await openCase(organisation);
    const enrolment = await enrol(caseworker, kase.id);
    expect(enrolment).toMatchObject({
      state: "in_phase",
      version: 1,
      programme: { key: recovery, version: 1 },
      currentPhase: { index: 0, id: "engage", title: "Getting started" },
      phaseCount: 5,
      availableEvents: ["advance", "withdraw"],
      stepBacks: 0,
      history: [],
    });
    expect(enrolment.phases[0]!.criteria.map((criterion) => criterion.id)).toEqual(criteriaOf(0));
    const list = (await caseworker.request("GET", `/api/cases/${kase.id}/enrolments`)).json();
    expect(list).toMatchObject({ canEnrol: true, items: [{ id: enrolment.id, state: "in_phase", enrolledByName: "Test User" }] });
    expect(await timelineTypes(caseworker, kase.id)).toEqual([
      expect.objectContaining({ type: "programme_enrolled", details: expect.objectContaining({ enrolmentId: enrolment.id, programmeTitle: multilingualRecovery.title, toPhaseTitle: "Getting started" }) }),
    ]);
  });

  it("refuses to move on with criteria not met (422 with the reason, nothing changed), and moves on with an override and its reason", async () => {
    const organisation = await createOrganisation(deps.db);
    const { caseworker, kase } = await openCase(organisation);
    const enrolment = await enrol(caseworker, kase.id);
    const before = await organisationSnapshot(deps.db, organisation.id);
    const unmet = await caseworker.request("POST", `/api/enrolments/${enrolment.id}/events`, { event: { type: "advance", criteriaMet: ["one_to_ones"] }, version: 1 });
    expect(unmet.statusCode).toBe(422);
    expectCleanRefusal(unmet);
    expect(unmet.json().error).toMatchObject({ code: "transition_refused", message: expect.stringContaining("Recovery goals agreed and written in the client's own words") });
    expect(await organisationSnapshot(deps.db, organisation.id)).toEqual(before);

    const reason = "Goals agreed with the imam present; writing them down waits for an interpreter.";
    const moved = await step(caseworker, enrolment, { type: "advance", criteriaMet: ["one_to_ones"], override: { reason } });
    expect(moved).toMatchObject({ version: 2, currentPhase: { index: 1, id: "prepare" }, availableEvents: ["advance", "step_back", "withdraw"] });
    expect(moved.history).toEqual([expect.objectContaining({ type: "advance", isOverride: true, note: reason, criteriaMet: ["one_to_ones"], fromPhase: expect.objectContaining({ id: "engage" }), toPhase: expect.objectContaining({ id: "prepare" }), actorName: "Test User" })]);
    // The reason is stored only as ciphertext under the client's key.
    const [stored] = await deps.db.select().from(programmeEnrolmentEvents).where(eq(programmeEnrolmentEvents.enrolmentId, enrolment.id));
    expect(Buffer.from(stored!.note!).toString("utf8")).not.toContain("imam");
    expect(stored!.details).toEqual({ criteriaMet: ["one_to_ones"], isOverride: true });
  });

  it("moves on with every criterion met, steps back after a relapse with a note, and reports days and visits per phase", async () => {
    const organisation = await createOrganisation(deps.db);
    const { caseworkerUser, kase, ...team } = await openCase(organisation);
    let caseworker = team.caseworker;
    let enrolment = await enrol(caseworker, kase.id);
    caseworker = await daysLater(3, caseworkerUser);
    enrolment = await step(caseworker, enrolment, { type: "advance", criteriaMet: criteriaOf(0) });
    caseworker = await daysLater(2, caseworkerUser);
    enrolment = await step(caseworker, enrolment, { type: "advance", criteriaMet: criteriaOf(1) });
    expect(enrolment.currentPhase?.id).toBe("change");
    caseworker = await daysLater(1, caseworkerUser);
    const note = "Used again after a family funeral; wants to keep going.";
    enrolment = await step(caseworker, enrolment, { type: "step_back", reason: "relapse", note, toPhaseId: "engage" });
    expect(enrolment).toMatchObject({ currentPhase: { index: 0, id: "engage" }, stepBacks: 1 });
    expect(enrolment.history.at(-1)).toMatchObject({ type: "step_back", reason: "relapse", note, fromPhase: { id: "change" }, toPhase: { id: "engage" } });
    const [engage, prepare, change] = enrolment.phases;
    expect(engage).toMatchObject({ visits: 2 });
    expect(engage!.days).toBeGreaterThanOrEqual(3);
    expect(prepare!.days).toBeGreaterThanOrEqual(2);
    expect(prepare!.days).toBeLessThan(2.1);
    expect(change!.days).toBeGreaterThanOrEqual(1);
    expect(enrolment.totalDays).toBeGreaterThanOrEqual(6);
    // Stepping back to a phase that is not earlier is refused with the core's reason.
    const refused = await caseworker.request("POST", `/api/enrolments/${enrolment.id}/events`, { event: { type: "step_back", reason: "other", note: "Test.", toPhaseId: "move_on" }, version: enrolment.version });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.message).toContain("is not earlier than the current phase");
    // A step back needs a note: refused as bad input, naming it.
    const noNote = await caseworker.request("POST", `/api/enrolments/${enrolment.id}/events`, { event: { type: "step_back", reason: "relapse" }, version: enrolment.version });
    expect(noNote.statusCode).toBe(400);
    expect(noNote.json().error.fields.map((field: { path: string }) => field.path)).toContain("body.event.note");
    expect((await timelineTypes(caseworker, kase.id)).map((entry) => entry.type)).toEqual(["programme_enrolled", "programme_phase_changed", "programme_phase_changed", "programme_phase_changed"]);
  });

  it("withdraws with a reason, counts the time away apart, and rejoins where the client left", async () => {
    const organisation = await createOrganisation(deps.db);
    const { caseworkerUser, kase, ...team } = await openCase(organisation);
    let caseworker = team.caseworker;
    let enrolment = await enrol(caseworker, kase.id);
    enrolment = await step(caseworker, enrolment, { type: "advance", criteriaMet: criteriaOf(0) });
    enrolment = await step(caseworker, enrolment, { type: "withdraw", reason: "moved_away", note: "Staying with an aunt in Bradford for the summer." });
    expect(enrolment).toMatchObject({ state: "withdrawn", currentPhase: { id: "prepare" }, availableEvents: ["rejoin"], daysThisVisit: null });
    caseworker = await daysLater(2, caseworkerUser);
    enrolment = await step(caseworker, enrolment, { type: "rejoin" });
    expect(enrolment).toMatchObject({ state: "in_phase", currentPhase: { id: "prepare" } });
    expect(enrolment.daysWithdrawn).toBeGreaterThanOrEqual(2);
    expect(enrolment.history.map((entry) => [entry.type, entry.reason, entry.note])).toEqual([
      ["advance", null, null],
      ["withdraw", "moved_away", "Staying with an aunt in Bradford for the summer."],
      ["rejoin", null, null],
    ]);
    expect((await timelineTypes(caseworker, kase.id)).map((entry) => entry.type)).toEqual(["programme_enrolled", "programme_phase_changed", "programme_withdrawn", "programme_rejoined"]);
  });

  it("completes the programme from its last phase and then offers nothing more", async () => {
    const organisation = await createOrganisation(deps.db);
    const { caseworker, kase } = await openCase(organisation);
    let enrolment = await enrol(caseworker, kase.id);
    for (let phase = 0; phase < 4; phase++) enrolment = await step(caseworker, enrolment, { type: "advance", criteriaMet: criteriaOf(phase) });
    expect(enrolment.availableEvents).toEqual(["advance", "step_back", "complete", "withdraw"]);
    enrolment = await step(caseworker, enrolment, { type: "complete", criteriaMet: criteriaOf(4) });
    expect(enrolment).toMatchObject({ state: "completed", currentPhase: null, availableEvents: [], daysThisVisit: null });
    const again = await caseworker.request("POST", `/api/enrolments/${enrolment.id}/events`, { event: { type: "rejoin" }, version: enrolment.version });
    expect(again.statusCode).toBe(422);
    expect((await timelineTypes(caseworker, kase.id)).at(-1)).toMatchObject({ type: "programme_completed", details: { fromPhaseTitle: "Moving on" } });
    // Once completed, the client may be enrolled again.
    await enrol(caseworker, kase.id);
  });

  it("refuses a stale version (409) and a second enrolment on the same programme while one is in a phase (409)", async () => {
    const organisation = await createOrganisation(deps.db);
    const { caseworker, manager, kase } = await openCase(organisation);
    const enrolment = await enrol(caseworker, kase.id);
    await step(manager, enrolment, { type: "advance", criteriaMet: criteriaOf(0) });
    const stale = await caseworker.request("POST", `/api/enrolments/${enrolment.id}/events`, { event: { type: "withdraw", reason: "chose_to_stop" }, version: enrolment.version });
    expect(stale.statusCode).toBe(409);
    expectCleanRefusal(stale);
    const twice = await manager.request("POST", `/api/cases/${kase.id}/enrolments`, { programmeKey: recovery });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.message).toContain("already enrolled");
    // Another programme is fine.
    await enrol(manager, kase.id, "prevention_mentoring");
    // A withdrawn enrolment does not hold the place, but then it cannot rejoin beside the new one.
    const current = (await caseworker.request("GET", `/api/enrolments/${enrolment.id}`)).json<Enrolment>();
    const withdrawn = await step(caseworker, current, { type: "withdraw", reason: "no_contact" });
    await enrol(caseworker, kase.id);
    const rejoin = await caseworker.request("POST", `/api/enrolments/${enrolment.id}/events`, { event: { type: "rejoin" }, version: withdrawn.version });
    expect(rejoin.statusCode).toBe(409);
  });

  it("refuses to enrol on a closed case or through emergency access, and refuses a programme that does not exist", async () => {
    const organisation = await createOrganisation(deps.db);
    const { caseworker, kase } = await openCase(organisation);
    const enrolment = await enrol(caseworker, kase.id);
    // A manager from another site with emergency access reads (audited as such) and changes nothing.
    const elsewhereUser = await createUser(deps.db, deps.vault, organisation, { role: "team_manager", site: 1 });
    const elsewhere = await signInAs(app, elsewhereUser, deps.now());
    expect((await elsewhere.request("POST", `/api/cases/${kase.id}/break-glass`, { reason: "Police report an immediate risk to the young person tonight." })).statusCode).toBe(201);
    expect((await elsewhere.request("GET", `/api/enrolments/${enrolment.id}`)).json()).toMatchObject({ id: enrolment.id, availableEvents: [] });
    expect(await deps.db.$count(auditEvents, and(eq(auditEvents.entityId, enrolment.id), eq(auditEvents.action, "programme_enrolment.read_break_glass")))).toBe(1);
    expect((await elsewhere.request("POST", `/api/cases/${kase.id}/enrolments`, { programmeKey: "prevention_mentoring" })).statusCode).toBe(403);
    expect((await elsewhere.request("POST", `/api/enrolments/${enrolment.id}/events`, { event: { type: "withdraw", reason: "other" }, version: 1 })).statusCode).toBe(403);

    await deps.db.update(cases).set({ state: "closed", closedAt: deps.now() }).where(eq(cases.id, kase.id));
    const before = await organisationSnapshot(deps.db, organisation.id);
    const closed = await caseworker.request("POST", `/api/cases/${kase.id}/enrolments`, { programmeKey: "prevention_mentoring" });
    expect(closed.statusCode).toBe(403);
    expect(closed.json().error.message).toBe("A closed case takes no new enrolment.");
    const stepOnClosed = await caseworker.request("POST", `/api/enrolments/${enrolment.id}/events`, { event: { type: "withdraw", reason: "other" }, version: 1 });
    expect(stepOnClosed.statusCode).toBe(403);
    expect(await organisationSnapshot(deps.db, organisation.id)).toEqual(before);
    // Read-only once closed: the case's enrolments are still there to read, with nothing to do.
    expect((await caseworker.request("GET", `/api/enrolments/${enrolment.id}`)).json()).toMatchObject({ availableEvents: [] });
    expect((await caseworker.request("GET", `/api/cases/${kase.id}/enrolments`)).json()).toMatchObject({ canEnrol: false });

    const open = await createTestCase(deps, organisation, (await signedInTeam(app, deps, organisation)).managerUser.id);
    const unknown = await caseworker.request("POST", `/api/cases/${open.kase.id}/enrolments`, { programmeKey: "no_such_programme" });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields).toEqual([{ path: "body.programmeKey", message: "No such programme." }]);
  });

  it("lets a mentor assigned to the case enrol and move the client on, and hides the case's enrolments from one who is not", async () => {
    const organisation = await createOrganisation(deps.db);
    const { mentor, mentorUser, managerUser, kase } = await openCase(organisation);
    const enrolment = await enrol((await signedInTeam(app, deps, organisation)).caseworker, kase.id);
    expect((await mentor.request("GET", `/api/cases/${kase.id}/enrolments`)).statusCode).toBe(404);
    expect((await mentor.request("GET", `/api/enrolments/${enrolment.id}`)).statusCode).toBe(404);
    await deps.db.insert(caseAssignments).values({ organisationId: organisation.id, caseId: kase.id, userId: mentorUser.id, role: "mentor", assignedBy: managerUser.id, assignedAt: deps.now() });
    const moved = await step(mentor, enrolment, { type: "advance", criteriaMet: criteriaOf(0) });
    expect(moved.currentPhase?.id).toBe("prepare");
    await enrol(mentor, kase.id, "faith_adapted_twelve_step");
  });

  it("audits every read of an enrolment, whose notes are client data", async () => {
    const organisation = await createOrganisation(deps.db);
    const { caseworker, caseworkerUser, kase } = await openCase(organisation);
    const enrolment = await enrol(caseworker, kase.id);
    await caseworker.request("GET", `/api/enrolments/${enrolment.id}`);
    const reads = await deps.db
      .select({ actor: auditEvents.actorUserId, clientId: auditEvents.clientId })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, enrolment.id), eq(auditEvents.action, "programme_enrolment.read")));
    // The enrolment answered after enrolling, and the read.
    expect(reads).toEqual([
      { actor: caseworkerUser.id, clientId: kase.clientId },
      { actor: caseworkerUser.id, clientId: kase.clientId },
    ]);
  });
});
