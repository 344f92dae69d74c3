import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { completeAuditAnswers } from "../../../test/assessment-factories.js";
import { testApp } from "../../../test/app.js";
import { createTestCase } from "../../../test/case-factories.js";
import { createOrganisation } from "../../../test/factories.js";
import type { Agent } from "../../../test/http.js";
import { signedInTeam } from "../../../test/team.js";
import { queryRows } from "../../db/client.js";
import { cases, supportSessions, supportSessionWorkers } from "../../db/schema.js";

const { app, deps } = await testApp();

// Times are counted back from one instant, so a session's time is the same when recorded and when checked.
const anchor = deps.now();
const hoursAgo = (hours: number) => new Date(anchor.getTime() - hours * 3_600_000);
const daysAgo = (days: number) => new Date(anchor.getTime() - days * 86_400_000).toISOString().slice(0, 10);

async function firstEventsOf(caseId: string) {
  const [row] = await deps.db
    .select({ firstContactAt: cases.firstContactAt, firstContactSiteId: cases.firstContactSiteId, firstAssessedOn: cases.firstAssessedOn, firstAssessmentSiteId: cases.firstAssessmentSiteId })
    .from(cases)
    .where(eq(cases.id, caseId));
  return row!;
}

async function setUp() {
  const organisation = await createOrganisation(deps.db);
  const team = await signedInTeam(app, deps, organisation);
  const { kase, client } = await createTestCase(deps, organisation, team.managerUser.id, { keyWorkerId: team.caseworkerUser.id });
  return { organisation, ...team, kase, client };
}

const session = (workerId: string, startsAt: Date, attendance: string | null) => ({
  startsAt: startsAt.toISOString(),
  durationMinutes: 60,
  mode: "office",
  interventionType: "one_to_one_mentoring",
  attendance,
  workerIds: [workerId],
});

async function record(agent: Agent, caseId: string, body: Record<string, unknown>) {
  const response = await agent.request("POST", `/api/cases/${caseId}/sessions`, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string; version: number }>();
}

async function correct(agent: Agent, sessionId: string, body: Record<string, unknown>) {
  const response = await agent.request("PUT", `/api/sessions/${sessionId}`, body);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ id: string; version: number }>();
}

async function startAssessment(agent: Agent, caseId: string, assessedOn: string) {
  const response = await agent.request("POST", `/api/cases/${caseId}/assessments`, { instrumentKey: "audit", assessedOn });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string; version: number }>();
}

async function submitAssessment(agent: Agent, draft: { id: string; version: number }) {
  const saved = await agent.request("PUT", `/api/assessments/${draft.id}/draft`, { answers: completeAuditAnswers, version: draft.version });
  expect(saved.statusCode, saved.body).toBe(200);
  const submitted = await agent.request("POST", `/api/assessments/${draft.id}/submit`, { answers: completeAuditAnswers, version: saved.json<{ version: number }>().version });
  expect(submitted.statusCode, submitted.body).toBe(200);
}

/** What the case's first events must be, worked out from its sessions and assessments as they are now. */
async function expectedFirstEventsOf(caseId: string) {
  const [row] = await queryRows<{ first_contact_at: Date | null; first_contact_site_id: string | null; first_assessed_on: string | null; first_assessment_site_id: string | null }>(
    deps.db,
    sql`select
      (select s.starts_at from support_sessions s where s.case_id = ${caseId} and s.attendance = 'attended' order by s.starts_at, s.id limit 1) as first_contact_at,
      (select s.site_id from support_sessions s where s.case_id = ${caseId} and s.attendance = 'attended' order by s.starts_at, s.id limit 1) as first_contact_site_id,
      (select a.assessed_on::text from assessments a where a.case_id = ${caseId} and a.submitted_at is not null order by a.assessed_on, a.id limit 1) as first_assessed_on,
      (select a.site_id from assessments a where a.case_id = ${caseId} and a.submitted_at is not null order by a.assessed_on, a.id limit 1) as first_assessment_site_id`,
  );
  return {
    firstContactAt: row!.first_contact_at === null ? null : new Date(row!.first_contact_at),
    firstContactSiteId: row!.first_contact_site_id,
    firstAssessedOn: row!.first_assessed_on,
    firstAssessmentSiteId: row!.first_assessment_site_id,
  };
}

describe("reporting.metrics a case's first contact and first assessment", () => {
  it("follow the case's attended sessions as they are recorded, corrected and removed", async () => {
    const { caseworker, caseworkerUser, kase } = await setUp();
    expect(await firstEventsOf(kase.id)).toEqual({ firstContactAt: null, firstContactSiteId: null, firstAssessedOn: null, firstAssessmentSiteId: null });

    // Booked, missed: no contact yet.
    await record(caseworker, kase.id, session(caseworkerUser.id, hoursAgo(-48), null));
    const missed = await record(caseworker, kase.id, session(caseworkerUser.id, hoursAgo(200), "did_not_attend"));
    expect((await firstEventsOf(kase.id)).firstContactAt).toBeNull();

    const later = await record(caseworker, kase.id, session(caseworkerUser.id, hoursAgo(50), "attended"));
    expect(await firstEventsOf(kase.id)).toMatchObject({ firstContactAt: hoursAgo(50), firstContactSiteId: kase.siteId });
    const earlier = await record(caseworker, kase.id, session(caseworkerUser.id, hoursAgo(100), "attended"));
    expect((await firstEventsOf(kase.id)).firstContactAt).toEqual(hoursAgo(100));

    // Corrected: the earlier one was in fact missed; then the missed one turns out to have been attended.
    await correct(caseworker, earlier.id, { ...session(caseworkerUser.id, hoursAgo(100), "did_not_attend"), version: earlier.version });
    expect((await firstEventsOf(kase.id)).firstContactAt).toEqual(hoursAgo(50));
    await correct(caseworker, missed.id, { ...session(caseworkerUser.id, hoursAgo(200), "attended"), version: missed.version });
    expect((await firstEventsOf(kase.id)).firstContactAt).toEqual(hoursAgo(200));
    // Its time corrected to later than another attended session: the other becomes the first.
    await correct(caseworker, missed.id, { ...session(caseworkerUser.id, hoursAgo(20), "attended"), version: missed.version + 1 });
    expect((await firstEventsOf(kase.id)).firstContactAt).toEqual(hoursAgo(50));

    // Removed (the app removes none today; a retention purge might): the next one, then none.
    for (const id of [later.id, missed.id]) {
      await deps.db.delete(supportSessionWorkers).where(eq(supportSessionWorkers.sessionId, id));
      await deps.db.delete(supportSessions).where(eq(supportSessions.id, id));
    }
    expect((await firstEventsOf(kase.id)).firstContactAt).toBeNull();
    expect(await firstEventsOf(kase.id)).toEqual(await expectedFirstEventsOf(kase.id));
  });

  it("follows a worker's day recorded at once, with the earliest attended session first", async () => {
    const { caseworker, caseworkerUser, kase } = await setUp();
    const row = (startsAt: Date, attendance: string) => {
      const { workerIds: _worker, ...details } = session(caseworkerUser.id, startsAt, attendance);
      return { caseId: kase.id, ...details };
    };
    const response = await caseworker.request("POST", "/api/sessions/batch", { sessions: [row(hoursAgo(30), "attended"), row(hoursAgo(33), "did_not_attend"), row(hoursAgo(32), "attended")] });
    expect(response.statusCode, response.body).toBe(201);
    expect(await firstEventsOf(kase.id)).toMatchObject({ firstContactAt: hoursAgo(32), firstContactSiteId: kase.siteId });
  });

  it("follows the case's submitted assessments: drafts and discarded drafts do not count, an earlier day does", async () => {
    const { caseworker, kase } = await setUp();
    const draft = await startAssessment(caseworker, kase.id, daysAgo(3));
    expect((await firstEventsOf(kase.id)).firstAssessedOn).toBeNull();
    await submitAssessment(caseworker, draft);
    expect(await firstEventsOf(kase.id)).toMatchObject({ firstAssessedOn: daysAgo(3), firstAssessmentSiteId: kase.siteId });

    const earlierDraft = await startAssessment(caseworker, kase.id, daysAgo(10));
    expect((await firstEventsOf(kase.id)).firstAssessedOn).toBe(daysAgo(3));
    expect((await caseworker.request("DELETE", `/api/assessments/${earlierDraft.id}`)).statusCode).toBe(204);
    expect((await firstEventsOf(kase.id)).firstAssessedOn).toBe(daysAgo(3));

    await submitAssessment(caseworker, await startAssessment(caseworker, kase.id, daysAgo(7)));
    expect((await firstEventsOf(kase.id)).firstAssessedOn).toBe(daysAgo(7));
    expect(await firstEventsOf(kase.id)).toEqual(await expectedFirstEventsOf(kase.id));
  });

  it("stay with each case when two records of a person are merged (their notes and answers re-encrypted)", async () => {
    const { organisation, manager, caseworker, caseworkerUser, managerUser, kase: keptCase, client: kept } = await setUp();
    const duplicate = await createTestCase(deps, organisation, managerUser.id, { keyWorkerId: caseworkerUser.id });
    await record(caseworker, duplicate.kase.id, { ...session(caseworkerUser.id, hoursAgo(80), "attended"), notes: "Talked about college." });
    await record(caseworker, keptCase.id, session(caseworkerUser.id, hoursAgo(40), "attended"));
    await submitAssessment(caseworker, await startAssessment(caseworker, duplicate.kase.id, daysAgo(2)));
    const before = { kept: await firstEventsOf(keptCase.id), duplicate: await firstEventsOf(duplicate.kase.id) };
    expect(before.duplicate).toMatchObject({ firstContactAt: hoursAgo(80), firstAssessedOn: daysAgo(2) });

    const merged = await manager.request("POST", `/api/clients/${kept.id}/merge`, { duplicateClientId: duplicate.client.id, reason: "Same person registered twice." });
    expect(merged.statusCode, merged.body).toBe(201);
    const [moved] = await deps.db.select({ clientId: cases.clientId }).from(cases).where(eq(cases.id, duplicate.kase.id));
    expect(moved!.clientId).toBe(kept.id);
    expect({ kept: await firstEventsOf(keptCase.id), duplicate: await firstEventsOf(duplicate.kase.id) }).toEqual(before);
    expect(await firstEventsOf(duplicate.kase.id)).toEqual(await expectedFirstEventsOf(duplicate.kase.id));

    // After the merge, sessions recorded on the moved case still move its first contact.
    await record(caseworker, duplicate.kase.id, session(caseworkerUser.id, hoursAgo(90), "attended"));
    expect((await firstEventsOf(duplicate.kase.id)).firstContactAt).toEqual(hoursAgo(90));
  });
});
