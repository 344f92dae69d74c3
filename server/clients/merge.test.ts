import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../test/app.js";
import { createTestCase, createTestReferral } from "../../test/case-factories.js";
import { createOrganisation, createUser } from "../../test/factories.js";
import { signInAs } from "../../test/http.js";
import { createTestAssessment } from "../../test/assessment-factories.js";
import { minimalPlan } from "../../test/care-plan-factories.js";
import { addDays } from "../../core/instruments/reassessment.js";
import { londonDay } from "../../core/referrals/triage-target.js";
import { createTestSession } from "../sessions/test-support.js";
import { auditEvents, caseOutcomes, cases, clientIndexes, clientMerges, consents, referrals, relationships } from "../db/schema.js";
import { outcomeFields } from "../outcomes/fields.js";

const { app, deps, clock } = await testApp();

const sorted = (rows: { id: string | number }[]) => rows.map((row) => String(row.id)).sort();

/** Every row that belongs to a client, by table, to compare before and after. */
async function rowsOf(clientId: string) {
  return {
    cases: sorted(await deps.db.select({ id: cases.id }).from(cases).where(eq(cases.clientId, clientId))),
    referrals: sorted(await deps.db.select({ id: referrals.id }).from(referrals).where(eq(referrals.clientId, clientId))),
    consents: sorted(await deps.db.select({ id: consents.id }).from(consents).where(eq(consents.clientId, clientId))),
    relationships: sorted(await deps.db.select({ id: relationships.id }).from(relationships).where(eq(relationships.clientId, clientId))),
    relatedFrom: sorted(await deps.db.select({ id: relationships.id }).from(relationships).where(eq(relationships.relatedClientId, clientId))),
    indexes: (await deps.db.select({ kind: clientIndexes.kind, value: clientIndexes.value }).from(clientIndexes).where(eq(clientIndexes.clientId, clientId)))
      .map((row) => `${row.kind}:${row.value}`)
      .sort(),
  };
}

/** Two records of one person: one registered directly, one through a referral accepted at triage, with consents and family links. */
async function twoRecordsOfOnePerson() {
  const organisation = await createOrganisation(deps.db);
  const managerUser = await createUser(deps.db, deps.vault, organisation, { role: "team_manager" });
  const manager = await signInAs(app, managerUser, deps.now());
  const caseworker = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "caseworker" }), deps.now());
  const kept = await createTestCase(deps, organisation, managerUser.id, { identity: { givenName: "Muhammad", familyName: "Hussain", dateOfBirth: "2005-06-01" } });
  const referral = await createTestReferral(deps, organisation, {
    person: { givenName: "Mohammed", familyName: "Husain", dateOfBirth: "2005-06-01", phone: "07700 900100", postcode: "B8 1AA" },
  });
  const { caseId } = (await manager.request("POST", `/api/referrals/${referral.id}/triage`, { decision: "accept", reason: "Needs support with exploitation." })).json();
  const [linked] = await deps.db.select({ clientId: referrals.clientId }).from(referrals).where(eq(referrals.id, referral.id));
  const duplicateId = linked!.clientId!;
  await caseworker.request("POST", `/api/clients/${duplicateId}/consents`, { purpose: "service", status: "given", method: "verbal" });
  await caseworker.request("POST", `/api/clients/${duplicateId}/relationships`, { relation: "mother", contactName: "Fatima Husain", contactPhone: "07700 900200" });
  await caseworker.request("POST", `/api/clients/${kept.client.id}/consents`, { purpose: "anonymised_reporting", status: "given", method: "written" });
  const sibling = await createTestCase(deps, organisation, managerUser.id);
  await caseworker.request("POST", `/api/clients/${sibling.client.id}/relationships`, { relation: "sibling", relatedClientId: duplicateId });
  // A submitted assessment on the duplicate's case: unchangeable, yet its answers must follow the case.
  const [duplicateCase] = await deps.db.select().from(cases).where(eq(cases.id, caseId as string));
  const assessment = await createTestAssessment(deps, duplicateCase!, managerUser.id, {
    status: "submitted",
    answers: { q1: "monthly_or_less", q2: "one_two", q3: "never", q4: "never", q5: "never", q6: "never", q7: "never", q8: "never", q9: "no", q10: "no" },
  });
  // A care plan on it, revised and reviewed: its history is unchangeable, yet its words must follow the case.
  const today = londonDay(deps.now());
  await manager.request("POST", `/api/cases/${caseId}/care-plan`, { content: minimalPlan(today) });
  await manager.request("POST", `/api/cases/${caseId}/care-plan/versions`, { content: minimalPlan(today), reason: "Agreed with the client's mother.", expectedVersion: 1 });
  await manager.request("POST", `/api/cases/${caseId}/care-plan/reviews`, { planVersion: 2, progress: [{ goalId: "g1", value: "progressing", note: "Visited two colleges." }], nextReviewOn: addDays(today, 28) });
  const session = await createTestSession(deps, duplicateCase!, [managerUser.id], { notes: "Talked about the move to college." });
  const enrolment = (await manager.request("POST", `/api/cases/${caseId}/enrolments`, { programmeKey: "multilingual_recovery" })).json<{ id: string; version: number }>();
  await manager.request("POST", `/api/enrolments/${enrolment.id}/events`, { event: { type: "advance", criteriaMet: [], override: { reason: "Engaged through the mosque before referral." } }, version: enrolment.version });
  const evidence = deps.vault.encrypt(await deps.vault.loadSubjectKey(deps.db, duplicateId), outcomeFields.evidence, "Tenancy agreement seen.");
  await deps.db.insert(caseOutcomes).values({ organisationId: organisation.id, siteId: duplicateCase!.siteId, caseId: duplicateCase!.id, code: "secured_housing", achievedOn: "2024-05-01", evidence, recordedBy: managerUser.id, recordedAt: deps.now() });
  const cousin = await createUser(deps.db, deps.vault, organisation, { role: "mentor" });
  await manager.request("POST", `/api/cases/${caseId}/conflicts`, { userId: cousin.id, kind: "same_family", note: "The mentor is the client's cousin." });
  const merge = () => manager.request("POST", `/api/clients/${kept.client.id}/merge`, { duplicateClientId: duplicateId, reason: "Same date of birth and mother; registered twice." });
  return { organisation, manager, caseworker, kept: kept.client, keptCaseId: kept.kase.id, duplicateId, duplicateCaseId: caseId as string, assessmentId: assessment.id, sessionId: session.id, enrolmentId: enrolment.id, merge };
}

/** What the duplicate's care plan says, readable wherever the case belongs. */
const carePlanWords = {
  versions: [{ version: 1 }, { version: 2, reason: "Agreed with the client's mother." }],
  reviews: [{ progress: [{ goalId: "g1", value: "progressing", note: "Visited two colleges." }] }],
};

const adminOf = async (organisation: Awaited<ReturnType<typeof twoRecordsOfOnePerson>>["organisation"]) =>
  signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "administrator" }), deps.now());

describe("clients.merge", () => {
  it("moves everything that was the duplicate's to the kept record, and audits it against both", async () => {
    const { manager, caseworker, kept, keptCaseId, duplicateId, duplicateCaseId, assessmentId, sessionId, enrolmentId, merge } = await twoRecordsOfOnePerson();
    const duplicateBefore = await rowsOf(duplicateId);
    const keptBefore = await rowsOf(kept.id);
    expect(duplicateBefore.referrals).toHaveLength(1);
    expect((await caseworker.request("POST", `/api/clients/${kept.id}/merge`, { duplicateClientId: duplicateId, reason: "Same person." })).statusCode).toBe(403);
    expect(await rowsOf(duplicateId)).toEqual(duplicateBefore);

    const response = await merge();
    expect(response.statusCode, response.body).toBe(201);
    const result = response.json();
    const [record] = await deps.db.select().from(clientMerges).where(eq(clientMerges.id, result.mergeId));
    expect(result).toEqual({ mergeId: record!.id, keptClientId: kept.id, reversibleUntil: new Date(record!.mergedAt.getTime() + 30 * 86_400_000).toISOString() });
    expect(await rowsOf(duplicateId)).toEqual({ cases: [], referrals: [], consents: [], relationships: [], relatedFrom: [], indexes: [] });
    const keptAfter = await rowsOf(kept.id);
    for (const table of ["cases", "referrals", "consents", "relationships", "relatedFrom"] as const) {
      expect(keptAfter[table]).toEqual([...keptBefore[table], ...duplicateBefore[table]].sort());
    }
    expect(record!.movedRecords).toMatchObject({
      cases: duplicateBefore.cases,
      referrals: duplicateBefore.referrals,
      consents: duplicateBefore.consents,
      relationships: duplicateBefore.relationships,
      relationships_related: duplicateBefore.relatedFrom,
    });

    expect((await manager.request("GET", `/api/clients/${duplicateId}`)).statusCode).toBe(404);
    const profile = (await manager.request("GET", `/api/clients/${kept.id}`)).json();
    expect(profile.cases.map((c: { id: string }) => c.id).sort()).toEqual([keptCaseId, duplicateCaseId].sort());
    expect(profile.relationships).toEqual([expect.objectContaining({ relation: "mother", hasContactDetails: true })]);
    // The moved case's timeline was re-sealed under the kept record's key, and notes the merge with its reason.
    const timeline = (await manager.request("GET", `/api/cases/${duplicateCaseId}`)).json().timeline;
    expect(timeline).toContainEqual(expect.objectContaining({ type: "opened", reason: "Needs support with exploitation." }));
    expect(timeline).toContainEqual(expect.objectContaining({ type: "client_merged", reason: "Same date of birth and mother; registered twice." }));
    // So was the submitted assessment on it: the same answers, readable under the kept record's key.
    expect((await manager.request("GET", `/api/assessments/${assessmentId}`)).json()).toMatchObject({ status: "submitted", clientId: kept.id, answers: { q1: "monthly_or_less" } });
    // And its care plan: the versions' reasons and the review's notes.
    expect((await manager.request("GET", `/api/cases/${duplicateCaseId}/care-plan`)).json().plan).toMatchObject(carePlanWords);
    // And the notes of a session on it.
    expect((await manager.request("GET", `/api/sessions/${sessionId}`)).json()).toMatchObject({ notes: "Talked about the move to college." });
    // And the note of a programme step on it.
    expect((await manager.request("GET", `/api/enrolments/${enrolmentId}`)).json().history[0]).toMatchObject({ isOverride: true, note: "Engaged through the mosque before referral." });
    const [contact] = await deps.db.select().from(relationships).where(inArray(relationships.id, duplicateBefore.relationships));
    expect(deps.vault.decrypt(await deps.vault.loadSubjectKey(deps.db, kept.id), "relationship.contact_name", contact!.contactName!)).toBe("Fatima Husain");
    const [outcome] = await deps.db.select().from(caseOutcomes).where(eq(caseOutcomes.caseId, duplicateCaseId));
    expect(deps.vault.decrypt(await deps.vault.loadSubjectKey(deps.db, kept.id), outcomeFields.evidence, outcome!.evidence)).toBe("Tenancy agreement seen.");
    // And a conflict of interest declared against the duplicate, with its note.
    expect((await manager.request("GET", `/api/cases/${duplicateCaseId}/conflicts`)).json().items).toEqual([expect.objectContaining({ kind: "same_family", note: "The mentor is the client's cousin." })]);
    // Searching for either name finds only the kept record.
    const { items } = (await caseworker.request("GET", "/api/clients/search?givenName=Mohammed&familyName=Husain&dateOfBirth=2005-06-01")).json();
    expect(items.map((item: { clientId: string }) => item.clientId)).toEqual([kept.id]);
    const merged = await deps.db.select().from(auditEvents).where(and(eq(auditEvents.action, "client.merged"), inArray(auditEvents.clientId, [kept.id, duplicateId])));
    expect(merged).toHaveLength(2);
    expect(JSON.stringify(merged)).not.toMatch(/registered twice/);
  });

  it("refuses to merge a record into itself", async () => {
    const { manager, kept } = await twoRecordsOfOnePerson();
    const response = await manager.request("POST", `/api/clients/${kept.id}/merge`, { duplicateClientId: kept.id, reason: "Oops." });
    expect(response.statusCode).toBe(400);
  });

  it("is reversed by an administrator within 30 days, restoring exactly the rows moved, and only once", async () => {
    const { organisation, caseworker, kept, duplicateId, duplicateCaseId, assessmentId, merge } = await twoRecordsOfOnePerson();
    const duplicateBefore = await rowsOf(duplicateId);
    const keptBefore = await rowsOf(kept.id);
    const { mergeId } = (await merge()).json();
    // Recorded on the kept record after the merge: it stays there.
    const later = (await caseworker.request("POST", `/api/clients/${kept.id}/consents`, { purpose: "case_study", status: "given", method: "written" })).json();
    expect(later.consents).toHaveLength(3);

    clock.advanceMinutes(29 * 24 * 60);
    const admin = await adminOf(organisation);
    const reversed = await admin.request("POST", `/api/client-merges/${mergeId}/reverse`);
    expect(reversed.statusCode, reversed.body).toBe(200);
    expect(reversed.json()).toMatchObject({ mergeId, keptClientId: kept.id, restoredClientId: duplicateId });
    expect(await rowsOf(duplicateId)).toEqual(duplicateBefore);
    const keptAfter = await rowsOf(kept.id);
    expect({ ...keptAfter, consents: keptAfter.consents.length }).toEqual({ ...keptBefore, consents: keptBefore.consents.length + 1 });

    const manager = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "team_manager" }), deps.now());
    expect((await manager.request("GET", `/api/clients/${duplicateId}`)).statusCode).toBe(200);
    const timeline = (await manager.request("GET", `/api/cases/${duplicateCaseId}`)).json().timeline;
    expect(timeline.map((entry: { type: string }) => entry.type)).toEqual(expect.arrayContaining(["opened", "client_merged", "client_merge_reversed"]));
    expect(timeline).toContainEqual(expect.objectContaining({ type: "opened", reason: "Needs support with exploitation." }));
    expect((await manager.request("GET", `/api/assessments/${assessmentId}`)).json()).toMatchObject({ clientId: duplicateId, answers: { q1: "monthly_or_less" } });
    expect((await manager.request("GET", `/api/cases/${duplicateCaseId}/care-plan`)).json().plan).toMatchObject(carePlanWords);
    expect(await deps.db.select().from(auditEvents).where(and(eq(auditEvents.action, "client.merge_reversed"), inArray(auditEvents.clientId, [kept.id, duplicateId])))).toHaveLength(2);

    const again = await admin.request("POST", `/api/client-merges/${mergeId}/reverse`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe("This merge has already been reversed.");
  });

  it("cannot be reversed after 30 days", async () => {
    const { organisation, kept, duplicateId, merge } = await twoRecordsOfOnePerson();
    const { mergeId } = (await merge()).json();
    const keptAfterMerge = await rowsOf(kept.id);
    clock.advanceMinutes(31 * 24 * 60);
    const admin = await adminOf(organisation);
    const refused = await admin.request("POST", `/api/client-merges/${mergeId}/reverse`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/reversed for 30 days only/);
    expect(await rowsOf(kept.id)).toEqual(keptAfterMerge);
    expect((await rowsOf(duplicateId)).cases).toEqual([]);
  });
});
