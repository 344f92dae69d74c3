import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { crossVulnerabilityAnswers } from "../../core/instruments/built-in/cross-vulnerability.js";
import { addDays } from "../../core/instruments/reassessment.js";
import { londonDay } from "../../core/referrals/triage-target.js";
import { createTestAssessment } from "../../test/assessment-factories.js";
import { testApp } from "../../test/app.js";
import { createTestCase } from "../../test/case-factories.js";
import { createOrganisation, createUser, type TestOrganisation } from "../../test/factories.js";
import { expectCleanRefusal, signInAs, type Agent } from "../../test/http.js";
import { organisationSnapshot } from "../../test/snapshot.js";
import { signedInTeam } from "../../test/team.js";
import { auditEvents, caseAssignments, carePlans, carePlanVersions, cases } from "../db/schema.js";

const { app, deps } = await testApp();
const today = () => londonDay(deps.now());
const inDays = (days: number) => addDays(today(), days);

/** Two goals (one in the client's words, in Urdu), a barrier, and two interventions: a worker's and a partner's. */
const planContent = (workerId: string) => ({
  goals: [
    { id: "g1", what: "Cut cannabis use to weekends only.", clientWords: "میں صرف ہفتے کے آخر میں پیوں گا", targetDate: inDays(60), domain: "substance_misuse" },
    { id: "g2", what: "Start the college course in September.", targetDate: inDays(120), domain: "education_employment" },
  ],
  barriers: [{ kind: "transport", description: "Bus fare to the office is hard to find.", howAddressed: "We pay the fare for each session." }],
  interventions: [
    { id: "i1", typeCode: "cbt_cravings", deliveredBy: { workerId }, frequency: { every: 1, unit: "week" }, startDate: today(), goalIds: ["g1"] },
    { id: "i2", typeCode: "education_employment_support", deliveredBy: { partnerOrganisation: "Sparkhill College" }, frequency: { every: 2, unit: "week" }, startDate: today(), goalIds: ["g2"] },
  ],
});

async function setUp(organisation?: TestOrganisation) {
  const org = organisation ?? (await createOrganisation(deps.db));
  const team = await signedInTeam(app, deps, org);
  const { kase } = await createTestCase(deps, org, team.managerUser.id, { keyWorkerId: team.caseworkerUser.id });
  return { org, team, kase };
}

async function create(agent: Agent, caseId: string, body: unknown) {
  const response = await agent.request("POST", `/api/cases/${caseId}/care-plan`, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

async function assignMentor(caseId: string, organisationId: string, userId: string) {
  await deps.db.insert(caseAssignments).values({ organisationId, caseId, userId, role: "mentor", assignedAt: deps.now() });
}

describe("care plans", () => {
  it("starts a plan with two goals and two interventions, keeps its words encrypted, shows it on the timeline and audits the read", async () => {
    const { team, kase } = await setUp();
    const empty = (await team.caseworker.request("GET", `/api/cases/${kase.id}/care-plan`)).json();
    expect(empty).toMatchObject({ plan: null, abilities: { create: true, revise: false, review: false, print: false } });

    const plan = await create(team.caseworker, kase.id, { content: planContent(team.caseworkerUser.id) });
    expect(plan.plan).toMatchObject({
      currentVersion: 1,
      current: { version: 1, createdOn: today(), reason: null, people: [{ userId: team.caseworkerUser.id, name: "Test User" }] },
      nextReview: { dueOn: inDays(42), isOverdue: false },
    });
    expect(plan.plan.current.content.goals.map((goal: { id: string }) => goal.id)).toEqual(["g1", "g2"]);
    expect(plan.plan.goalsSummary.map((goal: { goalId: string; progress: null }) => [goal.goalId, goal.progress])).toEqual([["g1", null], ["g2", null]]);
    expect(plan.abilities).toEqual({ create: false, revise: true, review: true, print: true });

    const [stored] = await deps.db.select().from(carePlanVersions).where(eq(carePlanVersions.caseId, kase.id));
    expect(Buffer.from(stored!.content).toString("latin1")).not.toContain("college");
    const timeline = (await team.caseworker.request("GET", `/api/cases/${kase.id}`)).json().timeline;
    expect(timeline.at(-1)).toMatchObject({ type: "care_plan_created", details: { version: 1, nextReviewOn: inDays(42) } });
    const actions = (await deps.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, kase.id))).map((row) => row.action);
    expect(actions).toEqual(expect.arrayContaining(["care_plan.read", "case.care_plan_created"]));

    // A second start is refused: the plan is revised instead.
    expect((await team.caseworker.request("POST", `/api/cases/${kase.id}/care-plan`, { content: planContent(team.caseworkerUser.id) })).statusCode).toBe(409);
  });

  it("refuses a plan naming an unknown intervention type, or a worker who cannot see the case, by field, and saves nothing", async () => {
    const { org, team, kase } = await setUp();
    const elsewhere = await createUser(deps.db, deps.vault, org, { role: "caseworker", site: 1 });
    const before = await organisationSnapshot(deps.db, org.id);

    const unknownType = planContent(team.caseworkerUser.id);
    unknownType.interventions[0]!.typeCode = "juggling";
    const refusedType = await team.caseworker.request("POST", `/api/cases/${kase.id}/care-plan`, { content: unknownType });
    expectCleanRefusal(refusedType);
    // Well-formed, but naming a type the organisation does not offer: 422, where a malformed plan is 400.
    expect(refusedType.statusCode).toBe(422);
    expect(refusedType.json().error.fields).toEqual([{ path: "content.interventions.0.typeCode", message: 'Intervention type "juggling" is not one this organisation uses.' }]);

    const refusedWorker = await team.caseworker.request("POST", `/api/cases/${kase.id}/care-plan`, { content: planContent(elsewhere.id) });
    expectCleanRefusal(refusedWorker);
    expect(refusedWorker.statusCode).toBe(422);
    expect(refusedWorker.json().error.fields.map((field: { path: string }) => field.path)).toEqual(["content.interventions.0.deliveredBy.workerId"]);

    const noGoals = await team.caseworker.request("POST", `/api/cases/${kase.id}/care-plan`, { content: { goals: [], barriers: [], interventions: [] } });
    expectCleanRefusal(noGoals);
    expect(noGoals.statusCode).toBe(400);
    expect(noGoals.json().error.fields[0].path).toContain("goals");

    const unservedGoal = planContent(team.caseworkerUser.id);
    unservedGoal.interventions[1]!.goalIds = ["g9"];
    const refusedGoal = await team.caseworker.request("POST", `/api/cases/${kase.id}/care-plan`, { content: unservedGoal });
    expect(refusedGoal.json().error.fields).toEqual([{ path: "content.interventions.1.goalIds.0", message: 'Goal "g9" is not in this plan.' }]);

    const future = await team.caseworker.request("POST", `/api/cases/${kase.id}/care-plan`, { content: planContent(team.caseworkerUser.id), planDate: inDays(3) });
    expect(future.json().error.fields).toEqual([{ path: "planDate", message: "Cannot be in the future." }]);
    expect(await organisationSnapshot(deps.db, org.id)).toEqual(before);
  });

  it("revises the plan as a new version with its reason, keeps the earlier one, and refuses a stale revision (409) without change", async () => {
    const { org, team, kase } = await setUp();
    await create(team.caseworker, kase.id, { content: planContent(team.caseworkerUser.id) });
    const revised = planContent(team.caseworkerUser.id);
    revised.interventions[0]!.frequency = { every: 2, unit: "week" };
    const reason = "Weekly sessions clash with college; fortnightly agreed with the client.";
    const response = await team.manager.request("POST", `/api/cases/${kase.id}/care-plan/versions`, { content: revised, reason, expectedVersion: 1 });
    expect(response.statusCode, response.body).toBe(201);
    const plan = response.json().plan;
    expect(plan.currentVersion).toBe(2);
    expect(plan.versions.map((version: { version: number; reason: string | null }) => [version.version, version.reason])).toEqual([[1, null], [2, reason]]);

    const first = await team.caseworker.request("GET", `/api/cases/${kase.id}/care-plan/versions/1`);
    expect(first.json().content.interventions[0].frequency).toEqual({ every: 1, unit: "week" });
    expect((await team.caseworker.request("GET", `/api/cases/${kase.id}/care-plan/versions/3`)).statusCode).toBe(404);

    const before = await organisationSnapshot(deps.db, org.id);
    const stale = await team.caseworker.request("POST", `/api/cases/${kase.id}/care-plan/versions`, { content: planContent(team.caseworkerUser.id), reason: "Back to weekly.", expectedVersion: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.message).toContain("version 2");
    expect(await organisationSnapshot(deps.db, org.id)).toEqual(before);

    const noReason = await team.caseworker.request("POST", `/api/cases/${kase.id}/care-plan/versions`, { content: revised, expectedVersion: 2 });
    expectCleanRefusal(noReason);
    const timeline = (await team.caseworker.request("GET", `/api/cases/${kase.id}`)).json().timeline;
    expect(timeline.at(-1)).toMatchObject({ type: "care_plan_revised", reason, details: { version: 2 } });
  });

  it("records a review with progress on every goal and moves the next review date", async () => {
    const { team, kase } = await setUp();
    await create(team.caseworker, kase.id, { content: planContent(team.caseworkerUser.id) });
    const missing = await team.caseworker.request("POST", `/api/cases/${kase.id}/care-plan/reviews`, { planVersion: 1, progress: [{ goalId: "g1", value: "progressing" }], nextReviewOn: inDays(42) });
    expectCleanRefusal(missing);
    expect(missing.json().error.fields).toEqual([{ path: "progress", message: 'Goal "g2" has no progress recorded.' }]);
    const tooFar = await team.caseworker.request("POST", `/api/cases/${kase.id}/care-plan/reviews`, {
      planVersion: 1,
      progress: [{ goalId: "g1", value: "progressing" }, { goalId: "g2", value: "not_started" }],
      nextReviewOn: inDays(200),
    });
    expect(tooFar.json().error.fields[0].path).toBe("nextReviewOn");

    const review = {
      planVersion: 1,
      progress: [
        { goalId: "g1", value: "progressing", note: "Down to three days a week." },
        { goalId: "g2", value: "achieved" },
      ],
      nextReviewOn: inDays(28),
    };
    const response = await team.caseworker.request("POST", `/api/cases/${kase.id}/care-plan/reviews`, review);
    expect(response.statusCode, response.body).toBe(201);
    const plan = response.json().plan;
    expect(plan.nextReview).toEqual({ dueOn: inDays(28), isOverdue: false, daysOverdue: 0 });
    expect(plan.reviews[0]).toMatchObject({ planVersion: 1, reviewedOn: today(), progress: [{ goalId: "g1", value: "progressing", note: "Down to three days a week." }, { goalId: "g2", value: "achieved", note: null }] });
    expect(plan.goalsSummary.map((goal: { progress: string }) => goal.progress)).toEqual(["progressing", "achieved"]);
    const [row] = await deps.db.select({ nextReviewOn: carePlans.nextReviewOn }).from(carePlans).where(eq(carePlans.caseId, kase.id));
    expect(row?.nextReviewOn).toBe(inDays(28));
    // A review of a version that is no longer current is stale.
    expect((await team.caseworker.request("POST", `/api/cases/${kase.id}/care-plan/reviews`, { ...review, planVersion: 2 })).statusCode).toBe(409);
  });

  it("lets an assigned mentor read the plan but not change it; a mentor not on the case is told it does not exist", async () => {
    const { org, team, kase } = await setUp();
    await create(team.caseworker, kase.id, { content: planContent(team.caseworkerUser.id) });
    expect((await team.mentor.request("GET", `/api/cases/${kase.id}/care-plan`)).statusCode).toBe(404);
    await assignMentor(kase.id, org.id, team.mentorUser.id);
    const read = await team.mentor.request("GET", `/api/cases/${kase.id}/care-plan`);
    expect(read.statusCode).toBe(200);
    expect(read.json().abilities).toEqual({ create: false, revise: false, review: false, print: true });
    const before = await organisationSnapshot(deps.db, org.id);
    const revise = await team.mentor.request("POST", `/api/cases/${kase.id}/care-plan/versions`, { content: planContent(team.caseworkerUser.id), reason: "Mentor's idea.", expectedVersion: 1 });
    expect(revise.statusCode).toBe(403);
    // The starting points come from the vulnerability assessment, which mentors do not see.
    expect((await team.mentor.request("GET", `/api/cases/${kase.id}/care-plan/starting-points`)).statusCode).toBe(403);
    expect(await organisationSnapshot(deps.db, org.id)).toEqual(before);
  });

  it("keeps a closed case's plan as it was", async () => {
    const { org, team, kase } = await setUp();
    await create(team.caseworker, kase.id, { content: planContent(team.caseworkerUser.id) });
    await deps.db.update(cases).set({ state: "closed", closedAt: deps.now() }).where(eq(cases.id, kase.id));
    const before = await organisationSnapshot(deps.db, org.id);
    const refused = await team.manager.request("POST", `/api/cases/${kase.id}/care-plan/versions`, { content: planContent(team.caseworkerUser.id), reason: "After closing.", expectedVersion: 1 });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toContain("closed");
    const review = await team.manager.request("POST", `/api/cases/${kase.id}/care-plan/reviews`, { planVersion: 1, progress: [{ goalId: "g1", value: "achieved" }, { goalId: "g2", value: "achieved" }], nextReviewOn: inDays(14) });
    expect(review.statusCode).toBe(403);
    expect(await organisationSnapshot(deps.db, org.id)).toEqual(before);
    expect((await team.manager.request("GET", `/api/cases/${kase.id}/care-plan`)).json().abilities).toMatchObject({ revise: false, review: false });
  });

  it("lets emergency access read the plan (audited as such) but neither change nor print it", async () => {
    const { org, team, kase } = await setUp();
    await create(team.caseworker, kase.id, { content: planContent(team.caseworkerUser.id) });
    const leadUser = await createUser(deps.db, deps.vault, org, { role: "safeguarding_lead", site: 1 });
    const lead = await signInAs(app, leadUser, deps.now());
    expect((await lead.request("GET", `/api/cases/${kase.id}/care-plan`)).statusCode).toBe(404);
    expect((await lead.request("POST", `/api/cases/${kase.id}/break-glass`, { reason: "Police report the young person is missing tonight." })).statusCode).toBe(201);
    const read = await lead.request("GET", `/api/cases/${kase.id}/care-plan`);
    expect(read.statusCode).toBe(200);
    expect(read.json().abilities).toEqual({ create: false, revise: false, review: false, print: false });
    const audited = await deps.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, kase.id), eq(auditEvents.action, "care_plan.read_break_glass")));
    expect(audited).toHaveLength(1);
    const before = await organisationSnapshot(deps.db, org.id);
    expect((await lead.request("POST", `/api/cases/${kase.id}/care-plan/versions`, { content: planContent(team.caseworkerUser.id), reason: "Emergency.", expectedVersion: 1 })).statusCode).toBe(403);
    expect((await lead.request("GET", `/api/cases/${kase.id}/care-plan/summary.pdf`)).statusCode).toBe(403);
    expect(await organisationSnapshot(deps.db, org.id)).toEqual(before);
  });

  it("suggests goals for the areas of moderate or high need in the latest assessment, with fitting intervention types", async () => {
    const { team, kase } = await setUp();
    const none = (await team.caseworker.request("GET", `/api/cases/${kase.id}/care-plan/starting-points`)).json();
    expect(none).toMatchObject({ assessment: null, goals: [] });
    expect(none.workers.map((worker: { userId: string }) => worker.userId)).toEqual(expect.arrayContaining([team.caseworkerUser.id, team.managerUser.id]));
    expect(none.workers.map((worker: { userId: string }) => worker.userId)).not.toContain(team.mentorUser.id);

    const answers = crossVulnerabilityAnswers({ substance_misuse_push: 3, substance_misuse_pull: 2, housing_push: 2 });
    const assessment = await createTestAssessment(deps, kase, team.caseworkerUser.id, { instrumentKey: "cross_vulnerability", status: "submitted", answers });
    const points = (await team.caseworker.request("GET", `/api/cases/${kase.id}/care-plan/starting-points`)).json();
    expect(points.assessment).toEqual({ id: assessment.id, assessedOn: today() });
    expect(points.goals).toEqual([
      { domain: "substance_misuse", level: "high", need: 5, interventionTypes: ["cbt_cravings", "lived_experience_mentoring", "harm_reduction"] },
      { domain: "housing", level: "moderate", need: 2, interventionTypes: ["housing_benefits_help"] },
    ]);
    // The plan may say which assessment it was built from.
    await create(team.caseworker, kase.id, { content: planContent(team.caseworkerUser.id), basedOnAssessmentId: assessment.id });
  });

  it("prints the client's summary in their preferred language, audited as printed", async () => {
    const { team, kase } = await setUp();
    await create(team.caseworker, kase.id, { content: planContent(team.caseworkerUser.id) });
    await deps.db.execute(sql`update clients set preferred_language = 'ur' where id = ${kase.clientId}`);
    const response = await team.caseworker.request("GET", `/api/cases/${kase.id}/care-plan/summary.pdf`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/pdf");
    const pdf = response.rawPayload;
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    // Urdu is drawn with the embedded Naskh font; the document says its language.
    expect(pdf.toString("latin1")).toContain("NotoNaskhArabic");
    expect(pdf.toString("latin1")).toContain("/Lang (ur)");
    const [printed] = await deps.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, kase.id), eq(auditEvents.action, "care_plan.printed")));
    expect(printed?.details).toMatchObject({ version: 1, language: "ur", isFallback: false });

    const somali = await team.caseworker.request("GET", `/api/cases/${kase.id}/care-plan/summary.pdf?language=so`);
    expect(somali.statusCode).toBe(200);
    const fallback = await deps.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, kase.id), eq(auditEvents.action, "care_plan.printed")));
    expect(fallback.map((event) => event.details)).toContainEqual(expect.objectContaining({ language: "en", isFallback: true }));
    expect((await team.caseworker.request("GET", `/api/cases/${kase.id}/care-plan/summary.pdf?language=xx`)).statusCode).toBe(400);
  });

  it("refuses to change or delete a stored version in the database", async () => {
    const { team, kase } = await setUp();
    await create(team.caseworker, kase.id, { content: planContent(team.caseworkerUser.id) });
    await expect(deps.db.execute(sql`update care_plan_versions set created_on = created_on - 1 where case_id = ${kase.id}`)).rejects.toThrow();
    await expect(deps.db.execute(sql`update care_plan_versions set content = content where case_id = ${kase.id}`)).rejects.toThrow();
    await expect(deps.db.execute(sql`delete from care_plan_versions where case_id = ${kase.id}`)).rejects.toThrow();
  });
});
