import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { audit } from "../../core/instruments/built-in/audit.js";
import { testApp } from "../../test/app.js";
import { createTestCase } from "../../test/case-factories.js";
import { createOrganisation, createUser, type TestOrganisation } from "../../test/factories.js";
import { fhirValidator } from "../../test/fhir-schema.js";
import { signedInTeam } from "../../test/team.js";
import { expectCleanRefusal, signInAs, type Agent } from "../../test/http.js";
import { assessments, auditEvents, notifications } from "../db/schema.js";
import { sendReassessmentReminders } from "./reminders.js";
import { crossVulnerabilityAnswers } from "../../core/instruments/built-in/cross-vulnerability.js";

const { app, deps } = await testApp();

const team = (organisation: TestOrganisation) => signedInTeam(app, deps, organisation);

const daysAgo = (days: number) => new Date(deps.now().getTime() - days * 86_400_000).toISOString().slice(0, 10);

/** Every cross-vulnerability rating 0 and no significant harm, then the given ratings with evidence. */
const profile = (ratings: Record<string, number> = {}) => crossVulnerabilityAnswers(ratings, "Seen by the school's pastoral lead in October.");

const auditAnswers = (q1: string, rest: Record<string, string> = {}) => ({ q1, q9: "no", q10: "no", ...rest });
const heavyDrinking = auditAnswers("four_plus_a_week", { q2: "ten_plus", q3: "daily", q4: "daily", q5: "weekly", q6: "never", q7: "weekly", q8: "never", q9: "no", q10: "yes_last_year" });

async function start(agent: Agent, caseId: string, instrumentKey: string, assessedOn?: string) {
  const response = await agent.request("POST", `/api/cases/${caseId}/assessments`, { instrumentKey, ...(assessedOn ? { assessedOn } : {}) });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string; version: number; status: string; instrument: { version: number } }>();
}

async function fill(agent: Agent, assessment: { id: string; version: number }, answers: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const response = await agent.request("PUT", `/api/assessments/${assessment.id}/draft`, { answers, version: assessment.version, ...extra });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ version: number; result: { scores: { id: string; value: number | null; band: { label: string } | null }[]; flags: { id: string }[] }; suggestion: { tier: string } | null }>();
}

async function given(agent: Agent, caseId: string, instrumentKey: string, answers: Record<string, unknown>, assessedOn?: string) {
  const draft = await start(agent, caseId, instrumentKey, assessedOn);
  const saved = await fill(agent, draft, answers);
  const submitted = await agent.request("POST", `/api/assessments/${draft.id}/submit`, { answers, version: saved.version });
  expect(submitted.statusCode, submitted.body).toBe(200);
  return submitted.json<{ id: string; status: string }>();
}

describe("assessments", () => {
  it("goes from draft to an approved tier decision: suggested, decided with a rationale, approved by a manager, in effect on the case", async () => {
    const organisation = await createOrganisation(deps.db);
    const { caseworker, manager, managerUser, caseworkerUser } = await team(organisation);
    const { kase } = await createTestCase(deps, organisation, managerUser.id, { keyWorkerId: caseworkerUser.id });
    const draft = await start(caseworker, kase.id, "cross_vulnerability", daysAgo(28));
    // A draft says whether it will need approval: the organisation's current setting.
    expect(draft).toMatchObject({ status: "draft", requiresApproval: true });

    const answers = profile({ criminal_exploitation_gangs_push: 3, criminal_exploitation_gangs_pull: 2, family_protective: 2 });
    const saved = await fill(caseworker, draft, answers);
    expect(saved.suggestion?.tier).toBe("intensive");

    // Submitting without a decision is refused, naming what is missing, and changes nothing.
    const undecided = await caseworker.request("POST", `/api/assessments/${draft.id}/submit`, { answers, version: saved.version });
    expectCleanRefusal(undecided);
    expect(undecided.json().error.fields).toEqual([{ path: "tierDecision", message: "Choose the support tier and explain why." }]);
    expect((await caseworker.request("GET", `/api/assessments/${draft.id}`)).json().status).toBe("draft");

    const rationale = "High gang involvement; family supportive; weekly mentoring and family work.";
    const decided = await fill(caseworker, { id: draft.id, version: saved.version }, answers, { tierDecision: { tier: "intensive", rationale } });
    const submitted = await caseworker.request("POST", `/api/assessments/${draft.id}/submit`, { answers, version: decided.version });
    expect(submitted.json()).toMatchObject({ status: "submitted", requiresApproval: true, chosenTier: "intensive", tierDecision: { tier: "intensive", rationale } });
    // Not yet in effect: the case waits for a manager.
    expect((await caseworker.request("GET", `/api/cases/${kase.id}`)).json()).toMatchObject({ state: "assessment", tier: null });
    const [waiting] = await deps.db.select().from(notifications).where(and(eq(notifications.userId, managerUser.id), eq(notifications.kind, "assessment_awaiting_approval")));
    expect(waiting).toMatchObject({ entityType: "assessment", entityId: draft.id, details: { reference: kase.reference, instrumentTitle: "Cross-vulnerability assessment" } });

    // The caseworker cannot approve; the manager can.
    expect((await caseworker.request("POST", `/api/assessments/${draft.id}/approve`, {})).statusCode).toBe(403);
    const approved = await manager.request("POST", `/api/assessments/${draft.id}/approve`, { note: "Agreed; review in six weeks." });
    expect(approved.json()).toMatchObject({ status: "approved", approvalNote: "Agreed; review in six weeks.", approvedByName: "Test User" });
    const now = (await caseworker.request("GET", `/api/cases/${kase.id}`)).json();
    expect(now).toMatchObject({ state: "active", tier: "intensive" });
    expect(now.timeline.map((entry: { type: string }) => entry.type)).toEqual(["opened", "assessment_submitted", "assessment_approved", "begin_support"]);
    expect(now.timeline.at(-1)).toMatchObject({ reason: rationale, details: { tier: "intensive", assessmentId: draft.id } });
    const audited = await deps.db.select({ action: auditEvents.action, actor: auditEvents.actorUserId }).from(auditEvents).where(eq(auditEvents.entityId, draft.id));
    expect(audited).toContainEqual({ action: "assessment.approved", actor: managerUser.id });
  });

  it("never lets the person who submitted an assessment approve it", async () => {
    const organisation = await createOrganisation(deps.db);
    const { manager, managerUser } = await team(organisation);
    const { kase } = await createTestCase(deps, organisation, managerUser.id);
    const draft = await start(manager, kase.id, "cross_vulnerability");
    const saved = await fill(manager, draft, profile(), { tierDecision: { tier: "low_level", rationale: "No need found in any domain at this time." } });
    expect((await manager.request("POST", `/api/assessments/${draft.id}/submit`, { answers: profile(), version: saved.version })).statusCode).toBe(200);
    const own = await manager.request("POST", `/api/assessments/${draft.id}/approve`, {});
    expect(own.statusCode).toBe(403);
    expect(own.json().error.message).toContain("Someone other than the person who submitted it");
  });

  it("names every unanswered question on submit, scores and flags at once as answers are saved", async () => {
    const organisation = await createOrganisation(deps.db);
    const { caseworker, managerUser } = await team(organisation);
    const { kase } = await createTestCase(deps, organisation, managerUser.id);
    const draft = await start(caseworker, kase.id, "audit");
    const partial = await fill(caseworker, draft, { q1: "four_plus_a_week", q2: "ten_plus" });
    expect(partial.result.scores.find((score) => score.id === "total")?.value).toBeNull();
    const incomplete = await caseworker.request("POST", `/api/assessments/${draft.id}/submit`, { answers: { q1: "four_plus_a_week", q2: "ten_plus" }, version: partial.version });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().error.fields.map((field: { path: string }) => field.path)).toEqual(["answers.q3", "answers.q4", "answers.q5", "answers.q6", "answers.q7", "answers.q8", "answers.q9", "answers.q10"]);

    const full = await fill(caseworker, { id: draft.id, version: partial.version }, heavyDrinking);
    expect(full.result.scores.find((score) => score.id === "total")).toMatchObject({ value: 26, band: { label: expect.stringMatching(/dependence/i) } });
    expect(full.result.flags.map((flag) => flag.id)).toContain("possible_dependence");

    // A wrong answer is refused by name and nothing is saved.
    const wrong = await caseworker.request("PUT", `/api/assessments/${draft.id}/draft`, { answers: { ...heavyDrinking, q3: "sometimes" }, version: full.version });
    expectCleanRefusal(wrong);
    expect(wrong.json().error.fields).toEqual([{ path: "answers.q3", message: "Choose one of the options." }]);
    // So is a stale save (someone else saved first).
    expect((await caseworker.request("PUT", `/api/assessments/${draft.id}/draft`, { answers: heavyDrinking, version: partial.version })).statusCode).toBe(409);
  });

  it("alerts the key worker and the managers when an answer raises a flag, never with the answers", async () => {
    const organisation = await createOrganisation(deps.db);
    const { caseworker, caseworkerUser, managerUser } = await team(organisation);
    const keyWorker = await createUser(deps.db, deps.vault, organisation, { role: "caseworker" });
    const { kase } = await createTestCase(deps, organisation, managerUser.id, { keyWorkerId: keyWorker.id });
    const answers = { q1: "several_days", q2: "several_days", q3: "not_at_all", q4: "several_days", q5: "not_at_all", q6: "not_at_all", q7: "not_at_all", q8: "not_at_all", q9: "several_days" };
    const submitted = await given(caseworker, kase.id, "phq9", answers);
    const flagged = await deps.db.select().from(notifications).where(and(eq(notifications.entityId, submitted.id), eq(notifications.kind, "assessment_flag")));
    expect(flagged.map((row) => row.userId).sort()).toEqual([keyWorker.id, managerUser.id].sort());
    expect(flagged.map((row) => row.userId)).not.toContain(caseworkerUser.id);
    expect(flagged[0]!.details).toEqual({
      reference: kase.reference,
      siteId: kase.siteId,
      userId: caseworkerUser.id,
      instrumentTitle: "PHQ-9: low mood",
      flagLabels: ["Thoughts of self-harm or of being better off dead: assess risk today"],
    });
  });

  it("keeps a submitted response unchanged; a correction is a new response linked to it, and both are kept", async () => {
    const organisation = await createOrganisation(deps.db);
    const { caseworker, managerUser } = await team(organisation);
    const { kase, client } = await createTestCase(deps, organisation, managerUser.id);
    const original = await given(caseworker, kase.id, "audit", auditAnswers("never"));
    expect((await caseworker.request("PUT", `/api/assessments/${original.id}/draft`, { answers: {}, version: 3 })).statusCode).toBe(409);
    expect((await caseworker.request("DELETE", `/api/assessments/${original.id}`)).statusCode).toBe(409);
    // Not even a direct query can change or remove it.
    await expect(deps.db.update(assessments).set({ assessedOn: "2020-01-01" }).where(eq(assessments.id, original.id))).rejects.toThrow();
    await expect(deps.db.delete(assessments).where(eq(assessments.id, original.id))).rejects.toThrow();

    const amended = await caseworker.request("POST", `/api/assessments/${original.id}/amendments`, { reason: "Q1 was misheard: weekly, not never." });
    expect(amended.statusCode, amended.body).toBe(201);
    const correction = amended.json();
    expect(correction).toMatchObject({ status: "draft", amendsId: original.id, answers: auditAnswers("never") });
    expect((await caseworker.request("GET", `/api/assessments/${original.id}`)).json().openAmendmentId).toBe(correction.id);
    // One correction at a time.
    expect((await caseworker.request("POST", `/api/assessments/${original.id}/amendments`, { reason: "Again." })).statusCode).toBe(403);
    const corrected = auditAnswers("two_to_three_a_week", { q2: "three_four", q3: "monthly", q4: "never", q5: "never", q6: "never", q7: "never", q8: "never" });
    expect((await caseworker.request("POST", `/api/assessments/${correction.id}/submit`, { answers: corrected, version: correction.version })).statusCode).toBe(200);

    const kept = (await caseworker.request("GET", `/api/assessments/${original.id}`)).json();
    expect(kept).toMatchObject({ status: "submitted", supersededById: correction.id, answers: auditAnswers("never") });
    const list = (await caseworker.request("GET", `/api/cases/${kase.id}/assessments`)).json();
    expect(list.items.map((item: { id: string }) => item.id).sort()).toEqual([original.id, correction.id].sort());
    // Outcomes use the correction, not what it corrected.
    const outcomes = (await caseworker.request("GET", `/api/clients/${client.id}/outcomes`)).json();
    const total = outcomes.series.find((series: { instrumentKey: string }) => series.instrumentKey === "audit").scores.find((score: { id: string }) => score.id === "total");
    expect(total.points).toEqual([expect.objectContaining({ assessmentId: correction.id, value: 6 })]);
  });

  it("exports a response as a valid FHIR R4 QuestionnaireResponse naming the client only by reference", async () => {
    const organisation = await createOrganisation(deps.db);
    const { caseworker, managerUser } = await team(organisation);
    const { kase, client, person } = await createTestCase(deps, organisation, managerUser.id);
    const submitted = await given(caseworker, kase.id, "audit", heavyDrinking);
    const response = await caseworker.request("GET", `/api/assessments/${submitted.id}/fhir`);
    expect(response.headers["content-disposition"]).toBe(`attachment; filename="assessment-${submitted.id}.questionnaire-response.json"`);
    const resource = response.json();
    const validate = fhirValidator();
    expect(validate(resource), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(resource).toMatchObject({ resourceType: "QuestionnaireResponse", status: "completed", questionnaire: `https://pathways.example/fhir/Questionnaire/audit|${audit.version}` });
    expect(resource.subject.identifier.value).toBe(client.reference);
    expect(response.body).not.toContain(person.familyName);
    const [exported] = await deps.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, submitted.id), eq(auditEvents.action, "assessment.exported")));
    expect(exported).toMatchObject({ actorUserId: expect.any(String), clientId: client.id });
  });

  it("returns a submitted assessment for correction with the reason, telling whoever submitted it", async () => {
    const organisation = await createOrganisation(deps.db);
    const { caseworker, caseworkerUser, manager, managerUser } = await team(organisation);
    const { kase } = await createTestCase(deps, organisation, managerUser.id);
    const draft = await start(caseworker, kase.id, "cross_vulnerability");
    const decision = { tierDecision: { tier: "low_level", rationale: "Housing worry only; signpost to the council." } };
    await caseworker.request("POST", `/api/assessments/${draft.id}/submit`, { answers: profile({ housing_push: 1 }), version: draft.version, ...decision });
    const returned = await manager.request("POST", `/api/assessments/${draft.id}/return`, { reason: "The school reported missing days: rate education." });
    expect(returned.json()).toMatchObject({ status: "returned", returnReason: "The school reported missing days: rate education.", abilities: { approve: false } });
    expect((await caseworker.request("GET", `/api/assessments/${draft.id}`)).json().abilities).toMatchObject({ amend: true, edit: false });
    const [told] = await deps.db.select().from(notifications).where(and(eq(notifications.kind, "assessment_returned"), eq(notifications.entityId, draft.id)));
    expect(told?.userId).toBe(caseworkerUser.id);
    expect((await caseworker.request("GET", `/api/cases/${kase.id}`)).json().tier).toBeNull();
  });

  it("shows an old response with the items and score of the version it used after the instrument is revised", async () => {
    const organisation = await createOrganisation(deps.db);
    const administrator = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "administrator" }), deps.now());
    const { caseworker, managerUser } = await team(organisation);
    const { kase } = await createTestCase(deps, organisation, managerUser.id);
    const before = await given(caseworker, kase.id, "audit", heavyDrinking);

    // An organisation's official wording arrives as a FHIR Questionnaire for AUDIT: version 2.
    const exported = (await administrator.request("GET", `/api/instruments/versions/${(await caseworker.request("GET", `/api/assessments/${before.id}`)).json().instrument.versionId}/export?format=fhir`)).json();
    exported.item[0].item[0].text = "Official wording of question one";
    const imported = await administrator.request("POST", "/api/instruments/imports", { format: "fhir", document: exported, wordingFor: "audit" });
    expect(imported.statusCode, imported.body).toBe(201);
    expect(imported.json()).toMatchObject({ key: "audit", version: audit.version + 1, unmatched: [] });

    const after = await given(caseworker, kase.id, "audit", heavyDrinking);
    const old = (await caseworker.request("GET", `/api/assessments/${before.id}`)).json();
    const revised = (await caseworker.request("GET", `/api/assessments/${after.id}`)).json();
    expect(old.instrument.version).toBe(audit.version);
    expect(old.definition.sections[0].items[0].label).toBe(audit.sections[0]!.items[0]!.label);
    expect(old.result.scores.find((score: { id: string }) => score.id === "total").value).toBe(26);
    expect(revised.instrument.version).toBe(audit.version + 1);
    expect(revised.definition.sections[0].items[0].label).toBe("Official wording of question one");
    expect(revised.result.scores.find((score: { id: string }) => score.id === "total").value).toBe(26);
  });

  it("keeps vulnerability assessments from mentors, and lets an assigned mentor give a screening tool", async () => {
    const organisation = await createOrganisation(deps.db);
    const { caseworker, manager, mentor, mentorUser, managerUser } = await team(organisation);
    const { kase } = await createTestCase(deps, organisation, managerUser.id);
    const vulnerability = await start(caseworker, kase.id, "cross_vulnerability");
    expect((await mentor.request("GET", `/api/assessments/${vulnerability.id}`)).statusCode).toBe(404);
    expect((await mentor.request("POST", `/api/cases/${kase.id}/assessments`, { instrumentKey: "craving" })).statusCode).toBe(404);
    expect((await manager.request("POST", `/api/cases/${kase.id}/assignments`, { userId: mentorUser.id, role: "mentor" })).statusCode).toBe(200);
    expect((await mentor.request("GET", `/api/assessments/${vulnerability.id}`)).statusCode).toBe(404);
    expect((await mentor.request("POST", `/api/cases/${kase.id}/assessments`, { instrumentKey: "cross_vulnerability" })).statusCode).toBe(403);
    const craving = await start(mentor, kase.id, "craving");
    const list = (await mentor.request("GET", `/api/cases/${kase.id}/assessments`)).json();
    expect(list.items.map((item: { id: string }) => item.id)).toEqual([craving.id]);
  });

  it("charts each instrument over time with reliable-change marks, and the vulnerability profile first against latest", async () => {
    const organisation = await createOrganisation(deps.db);
    const { caseworker, manager, managerUser } = await team(organisation);
    const { kase, client } = await createTestCase(deps, organisation, managerUser.id);
    const first = await given(caseworker, kase.id, "audit", heavyDrinking, daysAgo(28));
    const second = await given(caseworker, kase.id, "audit", auditAnswers("monthly_or_less", { q2: "one_two", q3: "never", q4: "never", q5: "never", q6: "never", q7: "never", q8: "never" }));
    for (const [days, ratings] of [[28, { substance_misuse_push: 3, substance_misuse_pull: 3 }], [0, { substance_misuse_push: 1, substance_misuse_protective: 2 }]] as const) {
      const draft = await start(caseworker, kase.id, "cross_vulnerability", daysAgo(days));
      const decision = { tierDecision: { tier: "intensive", rationale: "Drug use remains the main concern this month." } };
      expect((await caseworker.request("POST", `/api/assessments/${draft.id}/submit`, { answers: profile(ratings), version: draft.version, ...decision })).statusCode).toBe(200);
      await manager.request("POST", `/api/assessments/${draft.id}/approve`, {});
    }
    // PHQ-9 from 14 to 7 (a fall of 7, reliable at 6), then 9 (still 5 below the first: not reliable).
    const phq9 = (scores: number[]) => Object.fromEntries(scores.map((score, index) => [`q${index + 1}`, ["not_at_all", "several_days", "more_than_half", "nearly_every_day"][score]!]));
    await given(caseworker, kase.id, "phq9", phq9([2, 2, 2, 2, 2, 2, 1, 1, 0]), daysAgo(28));
    await given(caseworker, kase.id, "phq9", phq9([1, 1, 1, 1, 1, 1, 1, 0, 0]), daysAgo(14));
    await given(caseworker, kase.id, "phq9", phq9([1, 1, 1, 1, 1, 1, 1, 2, 0]), daysAgo(0));
    const outcomes = (await caseworker.request("GET", `/api/clients/${client.id}/outcomes`)).json();
    const mood = outcomes.series.find((series: { instrumentKey: string }) => series.instrumentKey === "phq9").scores[0];
    expect(outcomes.clientReference).toBe(client.reference);
    expect(mood).toMatchObject({ reliableChange: 6, isHigherBetter: false, range: { min: 0, max: 27 } });
    expect(mood.bands.map((band: { from: number }) => band.from)).toEqual([0, 5, 10, 15, 20]);
    expect(mood.points.map((point: { value: number; reliableChange: string | null }) => [point.value, point.reliableChange])).toEqual([
      [14, null],
      [7, "improved"],
      [9, null],
    ]);
    const total = outcomes.series.find((series: { instrumentKey: string }) => series.instrumentKey === "audit").scores.find((score: { id: string }) => score.id === "total");
    expect(total.points.map((point: { assessmentId: string; value: number; assessedOn: string }) => [point.assessmentId, point.value, point.assessedOn])).toEqual([
      [first.id, 26, daysAgo(28)],
      [second.id, 1, daysAgo(0)],
    ]);
    const drugs = outcomes.series.find((series: { instrumentKey: string }) => series.instrumentKey === "cross_vulnerability").scores.find((score: { id: string }) => score.id === "substance_misuse_need");
    expect(drugs.points.map((point: { value: number }) => point.value)).toEqual([6, -1]);
    expect(outcomes.profile.first.needs.find((need: { domain: string }) => need.domain === "substance_misuse")).toEqual({ domain: "substance_misuse", push: 3, pull: 3, protective: 0, need: 6 });
    expect(outcomes.profile.latest.needs.find((need: { domain: string }) => need.domain === "substance_misuse")).toEqual({ domain: "substance_misuse", push: 1, pull: 0, protective: 2, need: -1 });
  });

  it("reminds the key worker once when the schedule says the TOP is due, and lists it on the case", async () => {
    const organisation = await createOrganisation(deps.db);
    const { caseworker, caseworkerUser, managerUser } = await team(organisation);
    const { kase } = await createTestCase(deps, organisation, managerUser.id, { keyWorkerId: caseworkerUser.id });
    const list = (await caseworker.request("GET", `/api/cases/${kase.id}/assessments`)).json();
    expect(list.due).toContainEqual(expect.objectContaining({ instrumentKey: "top", reason: "start", isOverdue: false }));
    await sendReassessmentReminders(deps.db, deps.now(), { organisationIds: [organisation.id] });
    await sendReassessmentReminders(deps.db, deps.now(), { organisationIds: [organisation.id] });
    const reminders = await deps.db.select().from(notifications).where(and(eq(notifications.entityId, kase.id), eq(notifications.kind, "reassessment_due")));
    expect(reminders.map((row) => [row.userId, row.details.instrumentKey]).sort()).toEqual([
      [caseworkerUser.id, "cross_vulnerability"],
      [caseworkerUser.id, "top"],
    ]);
  });

  it("lets administrators turn an instrument off, and refuses an invalid import naming each problem", async () => {
    const organisation = await createOrganisation(deps.db);
    const administrator = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "administrator" }), deps.now());
    const { caseworker, managerUser } = await team(organisation);
    const { kase } = await createTestCase(deps, organisation, managerUser.id);
    const settings = { isEnabled: false, requiresApproval: false, schedule: { atStart: false, everyWeeks: null, atExit: false } };
    expect((await caseworker.request("PUT", "/api/instruments/sds/settings", settings)).statusCode).toBe(403);
    expect((await administrator.request("PUT", "/api/instruments/sds/settings", settings)).json()).toMatchObject({ key: "sds", settings });
    expect((await caseworker.request("POST", `/api/cases/${kase.id}/assessments`, { instrumentKey: "sds" })).statusCode).toBe(409);

    const broken = { ...audit, key: "local_audit", scores: [{ ...audit.scores[0], itemIds: ["q1", "q99"] }] };
    const refused = await administrator.request("POST", "/api/instruments/imports", { format: "json", document: broken });
    expectCleanRefusal(refused);
    expect(refused.json().error.fields).toContainEqual({ path: "body.document", message: 'scores.0.itemIds.1: Score "total" names "q99", which is not an item.' });
    const catalogue = (await administrator.request("GET", "/api/instruments")).json();
    expect(catalogue.items.map((item: { key: string }) => item.key)).not.toContain("local_audit");
    // A stored version is never replaced.
    const again = await administrator.request("POST", "/api/instruments/imports", { format: "json", document: audit });
    expect(again.statusCode).toBe(409);
  });
});
