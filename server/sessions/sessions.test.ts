import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../test/app.js";
import { createTestCase } from "../../test/case-factories.js";
import { createOrganisation, createUser, type TestOrganisation } from "../../test/factories.js";
import { expectCleanRefusal, signInAs, type Agent } from "../../test/http.js";
import { signedInTeam } from "../../test/team.js";
import { queryRows } from "../db/client.js";
import { auditEvents, cases, supportSessions } from "../db/schema.js";

const { app, deps } = await testApp();

const hoursFromNow = (hours: number) => new Date(deps.now().getTime() + hours * 3_600_000).toISOString();
const notes = "Talked through the college application; she wants to try the bakery course.";
const held = (workerIds: string[], extra: Record<string, unknown> = {}) => ({
  startsAt: hoursFromNow(-2),
  durationMinutes: 50,
  mode: "office",
  interventionType: "one_to_one_mentoring",
  attendance: "attended",
  workerIds,
  ...extra,
});

async function setUp(organisation?: TestOrganisation) {
  const org = organisation ?? (await createOrganisation(deps.db));
  const team = await signedInTeam(app, deps, org);
  const { kase, client, person } = await createTestCase(deps, org, team.managerUser.id, { keyWorkerId: team.caseworkerUser.id });
  return { organisation: org, ...team, kase, client, person };
}

async function record(agent: Agent, caseId: string, body: Record<string, unknown>) {
  const response = await agent.request("POST", `/api/cases/${caseId}/sessions`, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string; version: number; hasNotes: boolean; isWriteUpDue: boolean }>();
}

const sessionCount = async (caseId: string) => (await deps.db.select({ id: supportSessions.id }).from(supportSessions).where(eq(supportSessions.caseId, caseId))).length;
const auditsOf = (sessionId: string) => deps.db.select().from(auditEvents).where(eq(auditEvents.entityId, sessionId));

describe("sessions", () => {
  it("records a held session whose notes are ciphertext at rest, listed without them, and read only through an audited read", async () => {
    const { caseworker, caseworkerUser, kase } = await setUp();
    const created = await record(caseworker, kase.id, held([caseworkerUser.id], { notes }));
    expect(created).toMatchObject({ hasNotes: true, isWriteUpDue: false });

    // The stored notes are not the words written.
    const [raw] = await queryRows<{ notes: string; notes_written_at: string | null }>(deps.db, sql`select encode(notes, 'escape') as notes, notes_written_at from support_sessions where id = ${created.id}`);
    expect(raw!.notes).not.toContain("bakery");
    expect(raw!.notes_written_at).not.toBeNull();

    const list = await caseworker.request("GET", `/api/cases/${kase.id}/sessions`);
    expect(list.json()).toMatchObject({ total: 1, canRecord: true, items: [{ id: created.id, hasNotes: true, attendance: "attended", workers: [{ userId: caseworkerUser.id }] }] });
    expect(list.body).not.toContain("bakery");
    expect(await auditsOf(created.id)).toEqual([expect.objectContaining({ action: "session.recorded" })]);

    const read = await caseworker.request("GET", `/api/sessions/${created.id}`);
    expect(read.json()).toMatchObject({ notes, caseReference: kase.reference, abilities: { edit: true } });
    const audited = await auditsOf(created.id);
    expect(audited.map((event) => event.action).sort()).toEqual(["session.read", "session.recorded"]);
    expect(JSON.stringify(audited)).not.toContain("bakery");
  });

  it("tells a mentor who is not on the case that the session does not exist, audits the attempt, and leaks nothing", async () => {
    const { caseworker, caseworkerUser, mentor, mentorUser, manager, kase } = await setUp();
    const created = await record(caseworker, kase.id, held([caseworkerUser.id], { notes }));
    const refused = await mentor.request("GET", `/api/sessions/${created.id}`);
    expect(refused.statusCode).toBe(404);
    expect(refused.json().error.code).toBe("not_found");
    expect(refused.body).not.toContain("bakery");
    const [attempt] = await deps.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, created.id), eq(auditEvents.action, "session.read_refused")));
    expect(attempt).toMatchObject({ actorUserId: mentorUser.id, entityType: "support_session", siteId: kase.siteId, clientId: kase.clientId, details: { caseId: kase.id } });
    expect(JSON.stringify(attempt)).not.toContain("bakery");
    expect((await mentor.request("GET", `/api/cases/${kase.id}/sessions`)).statusCode).toBe(404);

    // Once on the case, the mentor may read it (and it is audited as a read).
    expect((await manager.request("POST", `/api/cases/${kase.id}/assignments`, { userId: mentorUser.id, role: "mentor" })).statusCode).toBe(200);
    expect((await mentor.request("GET", `/api/sessions/${created.id}`)).json()).toMatchObject({ notes, abilities: { edit: false } });
  });

  it("lets a mentor on the case record their own sessions only, and names a worker who cannot see the case (422)", async () => {
    const { organisation, manager, mentor, mentorUser, caseworkerUser, kase } = await setUp();
    expect((await manager.request("POST", `/api/cases/${kase.id}/assignments`, { userId: mentorUser.id, role: "mentor" })).statusCode).toBe(200);
    const own = await record(mentor, kase.id, held([mentorUser.id], { mode: "partner_venue", venue: "Green Lane Mosque" }));
    expect(own.hasNotes).toBe(false);

    const others = await mentor.request("POST", `/api/cases/${kase.id}/sessions`, held([caseworkerUser.id]));
    expect(others.statusCode).toBe(422);
    expect(others.json().error.fields).toEqual([{ path: "workerIds", message: "Include yourself: you can record only sessions you were at." }]);

    const elsewhere = await createUser(deps.db, deps.vault, organisation, { role: "caseworker", site: 1 });
    const outsider = await mentor.request("POST", `/api/cases/${kase.id}/sessions`, held([mentorUser.id, elsewhere.id]));
    expectCleanRefusal(outsider);
    expect(outsider.statusCode).toBe(422);
    expect(outsider.json().error.fields).toEqual([{ path: "workerIds.1", message: "Not someone who can see this case." }]);
    expect(await sessionCount(kase.id)).toBe(1);
  });

  it("refuses what does not fit, naming the field: attendance of a future session, notes of one still planned, unknown types, a venue left out", async () => {
    const { caseworker, caseworkerUser, kase } = await setUp();
    const me = [caseworkerUser.id];
    const future = await caseworker.request("POST", `/api/cases/${kase.id}/sessions`, held(me, { startsAt: hoursFromNow(24) }));
    expect(future.statusCode).toBe(422);
    expect(future.json().error.fields).toEqual([{ path: "attendance", message: expect.stringContaining("has not happened yet") }]);

    const planned = await caseworker.request("POST", `/api/cases/${kase.id}/sessions`, held(me, { attendance: null, notes: "Bring the leaflet." }));
    expect(planned.json().error.fields).toEqual([{ path: "notes", message: expect.stringContaining("has happened") }]);
    // A missed session's follow-up is worth recording.
    const missed = await caseworker.request("POST", `/api/cases/${kase.id}/sessions`, held(me, { attendance: "did_not_attend", notes: "Rang twice, left a message." }));
    expect(missed.statusCode).toBe(201);

    const unknown = await caseworker.request("POST", `/api/cases/${kase.id}/sessions`, held(me, { interventionType: "astrology" }));
    expect(unknown.json().error.fields).toEqual([{ path: "interventionType", message: "Not a type of support your organisation uses." }]);

    const noVenue = await caseworker.request("POST", `/api/cases/${kase.id}/sessions`, held(me, { mode: "partner_venue" }));
    expect(noVenue.statusCode).toBe(400);
    expect(noVenue.json().error.fields).toEqual([{ path: "body.venue", message: "Name the venue." }]);

    const tooLong = await caseworker.request("POST", `/api/cases/${kase.id}/sessions`, held(me, { durationMinutes: 601 }));
    expect(tooLong.json().error.fields).toEqual([{ path: "body.durationMinutes", message: "At most 600 minutes (10 hours)." }]);
    expect(await sessionCount(kase.id)).toBe(1); // only the missed session with its follow-up

    // A planned session in the future is fine; attendance comes later.
    expect((await record(caseworker, kase.id, held(me, { startsAt: hoursFromNow(24), attendance: null }))).hasNotes).toBe(false);
  });

  it("takes no new session on a closed case or through emergency access", async () => {
    const { organisation, caseworker, caseworkerUser, kase } = await setUp();
    const lead = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "safeguarding_lead", site: 1 }), deps.now());
    expect((await lead.request("POST", `/api/cases/${kase.id}/break-glass`, { reason: "Police report the young person is missing tonight." })).statusCode).toBe(201);
    const emergency = await lead.request("POST", `/api/cases/${kase.id}/sessions`, held([caseworkerUser.id]));
    expect(emergency.statusCode).toBe(403);

    await deps.db.update(cases).set({ state: "closed", closedAt: deps.now() }).where(eq(cases.id, kase.id));
    const closed = await caseworker.request("POST", `/api/cases/${kase.id}/sessions`, held([caseworkerUser.id]));
    expect(closed.statusCode).toBe(403);
    expect(closed.json().error.message).toBe("A closed case takes no new session.");
    expect((await caseworker.request("GET", `/api/cases/${kase.id}/sessions`)).json()).toMatchObject({ canRecord: false, workerOptions: [] });
    expect(await sessionCount(kase.id)).toBe(0);
  });

  it("records attendance and writes notes up with the version seen; a stale version is refused and changes nothing", async () => {
    const { caseworker, caseworkerUser, manager, mentor, kase } = await setUp();
    const planned = await record(caseworker, kase.id, held([caseworkerUser.id], { attendance: null }));
    const body = held([caseworkerUser.id], { version: planned.version });
    const marked = await caseworker.request("PUT", `/api/sessions/${planned.id}`, body);
    expect(marked.json()).toMatchObject({ attendance: "attended", hasNotes: false, version: planned.version + 1 });

    const stale = await manager.request("PUT", `/api/sessions/${planned.id}`, { ...body, notes });
    expect(stale.statusCode).toBe(409);
    const written = await manager.request("PUT", `/api/sessions/${planned.id}`, { ...body, notes, version: planned.version + 1 });
    expect(written.json()).toMatchObject({ hasNotes: true, notesWrittenAt: expect.any(String) });
    expect((await auditsOf(planned.id)).map((event) => event.action)).toEqual(expect.arrayContaining(["session.updated", "session.written_up"]));

    // Notes mean it is no longer planned; a mentor who cannot see the case cannot change it.
    const unattended = await caseworker.request("PUT", `/api/sessions/${planned.id}`, { ...body, attendance: null, version: planned.version + 2 });
    expect(unattended.json().error.fields).toEqual([{ path: "attendance", message: "This session has notes, so it is no longer planned." }]);
    expect((await mentor.request("PUT", `/api/sessions/${planned.id}`, { ...body, version: planned.version + 2 })).statusCode).toBe(404);
    const [row] = await deps.db.select().from(supportSessions).where(eq(supportSessions.id, planned.id));
    expect(row).toMatchObject({ attendance: "attended", version: planned.version + 2 });
  });

  it("refuses a caseworker who was not at a session from changing it (a manager may)", async () => {
    const { organisation, caseworkerUser, manager, kase } = await setUp();
    const colleague = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "caseworker" }), deps.now());
    const created = await record(manager, kase.id, held([caseworkerUser.id]));
    const refused = await colleague.request("PUT", `/api/sessions/${created.id}`, held([caseworkerUser.id], { notes, version: created.version }));
    expect(refused.statusCode).toBe(403);
    expect((await colleague.request("GET", `/api/sessions/${created.id}`)).json().abilities.edit).toBe(false);
  });

  it("stores a worker's day all or nothing: one bad row refuses the lot, naming the row and field", async () => {
    const { organisation, caseworker, caseworkerUser, managerUser, kase } = await setUp();
    const second = (await createTestCase(deps, organisation, managerUser.id, { keyWorkerId: caseworkerUser.id })).kase;
    const row = (caseId: string, hours: number, extra: Record<string, unknown> = {}) => {
      const { workerIds: _workers, ...rest } = held([], { startsAt: hoursFromNow(hours), ...extra });
      return { caseId, ...rest };
    };
    const bad = await caseworker.request("POST", "/api/sessions/batch", {
      sessions: [row(kase.id, -5, { notes }), row(second.id, 3), row(second.id, -1, { interventionType: "astrology" })],
    });
    expectCleanRefusal(bad);
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.fields).toEqual([
      { path: "sessions.1.attendance", message: expect.stringContaining("has not happened yet") },
      { path: "sessions.2.interventionType", message: "Not a type of support your organisation uses." },
    ]);
    expect(bad.json().error.message).toBe("Sessions 2, 3: some details do not fit; nothing was saved.");
    expect((await sessionCount(kase.id)) + (await sessionCount(second.id))).toBe(0);

    const unseen = (await createTestCase(deps, organisation, managerUser.id, { site: 1 })).kase;
    const hidden = await caseworker.request("POST", "/api/sessions/batch", { sessions: [row(kase.id, -5), row(unseen.id, -3)] });
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().error.fields).toEqual([{ path: "sessions.1.caseId", message: "Not a case you can see." }]);
    expect(await sessionCount(kase.id)).toBe(0);

    const good = await caseworker.request("POST", "/api/sessions/batch", { sessions: [row(kase.id, -5, { notes }), row(second.id, -3), row(second.id, 3, { attendance: null })] });
    expect(good.statusCode, good.body).toBe(201);
    expect(good.json().items.map((item: { caseId: string; workers: { userId: string }[] }) => [item.caseId, item.workers.map((worker) => worker.userId)])).toEqual([
      [kase.id, [caseworkerUser.id]],
      [second.id, [caseworkerUser.id]],
      [second.id, [caseworkerUser.id]],
    ]);
  });
});
