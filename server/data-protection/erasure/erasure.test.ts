/**
 * Erasure, holds and restriction through the API, as the data protection officer and staff use
 * them: a request held while a safeguarding concern is open and granted once the case is closed;
 * the erased person found by no search; pages that showed them still opening; a restriction of
 * processing making the record read-only and leaving it out of lists and searches.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../../test/app.js";
import { createOrganisation, createUser, type TestOrganisation } from "../../../test/factories.js";
import { signInAs, type Agent } from "../../../test/http.js";
import { organisationSnapshot } from "../../../test/snapshot.js";
import { createTestRequest } from "../../data-rights/test-support.js";
import { cases, dataRightsRequests, referrals } from "../../db/schema.js";
import { insertRestriction } from "./test-support.js";

const { app, deps } = await testApp();

const person = { givenName: "Ayesha", familyName: "Quillfeather", dateOfBirth: "2001-07-19", phone: "07700 900412", postcode: "B12 9QT" };
const soundAlike = { givenName: "Aisha", familyName: "Quilfeather" };

async function ok(response: Promise<{ statusCode: number; body: string }>, status = 200) {
  const answered = await response;
  expect(answered.statusCode, answered.body).toBe(status);
  return JSON.parse(answered.body) as Record<string, unknown>;
}

interface World {
  organisation: TestOrganisation;
  caseworker: Agent;
  manager: Agent;
  officer: Agent;
  officerId: string;
}

async function world(): Promise<World> {
  const organisation = await createOrganisation(deps.db);
  const officerUser = await createUser(deps.db, deps.vault, organisation, { role: "data_protection_officer" });
  return {
    organisation,
    caseworker: await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "caseworker" }), deps.now()),
    manager: await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "team_manager" }), deps.now()),
    officer: await signInAs(app, officerUser, deps.now()),
    officerId: officerUser.id,
  };
}

/** A referral about `person` accepted into a client and a case, through the API. */
async function referredClient(w: World, who = person) {
  const referral = await ok(
    w.caseworker.request("POST", "/api/referrals", {
      siteId: w.organisation.siteIds[0],
      sourceCode: "family",
      person: who,
      referrer: { name: "Referring Aunt", phone: "07700 900413", relationship: "aunt" },
      reasons: ["criminal_exploitation_gangs"],
      concern: "Seen with older men near the canal most evenings.",
      urgency: "soon",
      isPersonAware: true,
      isReferrerConsentGiven: true,
    }),
    201,
  );
  const { caseId } = (await ok(w.caseworker.request("POST", `/api/referrals/${referral.id as string}/triage`, { decision: "accept", reason: "Meets the criteria." }))) as { caseId: string };
  const [linked] = await deps.db.select({ clientId: referrals.clientId }).from(referrals).where(eq(referrals.id, referral.id as string));
  const [kase] = await deps.db.select({ reference: cases.reference }).from(cases).where(eq(cases.id, caseId));
  const client = (await ok(w.caseworker.request("GET", `/api/clients/${linked!.clientId!}`))) as { reference: string };
  return { clientId: linked!.clientId!, caseId, referralId: referral.id as string, reference: client.reference, caseReference: kase!.reference };
}

const versionOf = async (caseId: string) => (await deps.db.select({ version: cases.version }).from(cases).where(eq(cases.id, caseId)))[0]!.version;

async function closeThroughApi(w: World, caseId: string) {
  await ok(w.manager.request("POST", `/api/cases/${caseId}/transitions`, { event: { type: "close", reason: "support_completed", outcome: "improved" }, reason: "Support finished.", version: await versionOf(caseId) }));
}

/** Everything a search could find the person by, as `agent` searches. */
async function searchesFor(agent: Agent, reference: string) {
  const search = async (query: string) => ((await ok(agent.request("GET", `/api/clients/search?${query}`))) as { items: unknown[] }).items;
  const found = (items: unknown[]) => items.length;
  return {
    byName: found(await search(`givenName=${person.givenName}&familyName=${person.familyName}`)),
    bySoundAlike: found(await search(`givenName=${soundAlike.givenName}&familyName=${soundAlike.familyName}`)),
    byNameAndDateOfBirth: found(await search(`givenName=${person.givenName}&familyName=${person.familyName}&dateOfBirth=${person.dateOfBirth}`)),
    byReference: found(await search(`reference=${reference}`)),
  };
}

describe("data-protection.erasure", () => {
  it("holds an erasure request while a safeguarding concern is open, and erases once the case is closed: the person is then found by no search", async () => {
    const w = await world();
    const client = await referredClient(w);
    await ok(w.manager.request("POST", `/api/cases/${client.caseId}/transitions`, { event: { type: "begin_support", tier: "panel_referral" }, reason: "Brought to the panel.", version: await versionOf(client.caseId) }));
    const request = await createTestRequest(deps, w.organisation, { clientId: client.clientId, kind: "erasure" });
    const decide = (body: unknown) => w.officer.request("POST", `/api/data-rights/requests/${request.id}/erasure-decision`, body);

    const state = await ok(w.officer.request("GET", `/api/data-protection/clients/${client.clientId}`));
    expect(state).toMatchObject({ reference: client.reference, holds: [{ kind: "safeguarding", concern: "case_at_risk", caseReference: client.caseReference }], abilities: { erase: false } });
    expect(await searchesFor(w.caseworker, client.reference)).toEqual({ byName: 1, bySoundAlike: 1, byNameAndDateOfBirth: 1, byReference: 1 });

    // With the hold, erasing is refused and changes nothing; the request goes on hold instead.
    const before = await organisationSnapshot(deps.db, w.organisation.id);
    const refused = await decide({ decision: "erase", confirmReference: client.reference });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain("safeguarding");
    expect(await organisationSnapshot(deps.db, w.organisation.id)).toEqual(before);
    await ok(decide({ decision: "hold" }));
    const [held] = await deps.db.select().from(dataRightsRequests).where(eq(dataRightsRequests.id, request.id));
    expect(held!.status).toBe("on_hold");

    // The case is closed by its team manager; the hold has gone and the officer confirms.
    await closeThroughApi(w, client.caseId);
    expect((await ok(w.officer.request("GET", `/api/data-protection/clients/${client.clientId}`))).holds).toEqual([]);
    const mistyped = await decide({ decision: "erase", confirmReference: "C-WRONG-REF" });
    expect(mistyped.statusCode).toBe(400);
    expect(mistyped.json().error.fields).toEqual([{ path: "body.confirmReference", message: "Does not match the client's reference." }]);
    const erased = await ok(decide({ decision: "erase", confirmReference: client.reference.toLowerCase() }));
    expect(erased).toMatchObject({ erasure: { basis: "request", dataRightsRequestId: request.id, tally: { keysDestroyed: 2 } }, abilities: { erase: false } });
    const [completed] = await deps.db.select().from(dataRightsRequests).where(eq(dataRightsRequests.id, request.id));
    expect(completed!.status).toBe("completed");

    expect(await searchesFor(w.caseworker, client.reference)).toEqual({ byName: 0, bySoundAlike: 0, byNameAndDateOfBirth: 0, byReference: 0 });
    // The duplicate check at intake does not find them either: a new referral about the same person has no match.
    const again = await ok(w.caseworker.request("POST", "/api/referrals", {
      siteId: w.organisation.siteIds[0],
      sourceCode: "family",
      person,
      referrer: { name: "Referring Aunt", phone: "07700 900413", relationship: "aunt" },
      reasons: ["criminal_exploitation_gangs"],
      concern: "Referred again.",
      urgency: "soon",
      isPersonAware: true,
      isReferrerConsentGiven: true,
    }), 201);
    const duplicates = await ok(w.caseworker.request("GET", `/api/referrals/${again.id as string}/duplicates`));
    expect(JSON.stringify(duplicates)).not.toContain(client.clientId);
    // Nor the data protection officer's own matching of requests to clients.
    const matches = await ok(w.officer.request("GET", `/api/data-rights/client-matches?givenName=${person.givenName}&familyName=${person.familyName}&dateOfBirth=${person.dateOfBirth}`));
    expect(JSON.stringify(matches)).not.toContain(client.clientId);
  });

  it("refuses a request while a legal claim holds the record, telling the person why", async () => {
    const w = await world();
    const client = await referredClient(w);
    await closeThroughApi(w, client.caseId);
    const placed = await ok(w.officer.request("POST", `/api/data-protection/clients/${client.clientId}/holds`, { kind: "legal_claim", reason: "The family has started a claim about the support given.", reviewOn: "2027-01-31" }), 201);
    expect(placed.holds).toEqual([expect.objectContaining({ kind: "legal_claim", reason: "The family has started a claim about the support given.", reviewOn: "2027-01-31" })]);
    const request = await createTestRequest(deps, w.organisation, { clientId: client.clientId, kind: "erasure" });
    await ok(w.officer.request("POST", `/api/data-rights/requests/${request.id}/erasure-decision`, { decision: "refuse" }));
    const [refused] = await deps.db.select().from(dataRightsRequests).where(eq(dataRightsRequests.id, request.id));
    expect(refused).toMatchObject({ status: "refused", refusalReason: "legal_claims" });

    // Lifting the hold lets the next request through.
    const holdId = (placed.holds as { holdId: string }[])[0]!.holdId;
    const lifted = await ok(w.officer.request("POST", `/api/data-protection/holds/${holdId}/lift`, { reason: "The claim was withdrawn." }));
    expect(lifted).toMatchObject({ holds: [], abilities: { erase: true } });
    expect((await w.officer.request("POST", `/api/data-protection/holds/${holdId}/lift`, { reason: "Again." })).statusCode).toBe(409);
  });

  it("after erasure every page that showed the person still opens, with nothing of them in it", async () => {
    const w = await world();
    const client = await referredClient(w);
    await closeThroughApi(w, client.caseId);
    const request = await createTestRequest(deps, w.organisation, { clientId: client.clientId, kind: "erasure" });
    await ok(w.officer.request("POST", `/api/data-rights/requests/${request.id}/erasure-decision`, { decision: "erase", confirmReference: client.reference }));

    const kase = await ok(w.manager.request("GET", `/api/cases/${client.caseId}`));
    expect(kase).toMatchObject({ reference: client.caseReference, state: "closed", clientRecord: "erased", availableEvents: [], abilities: { transition: false, assign: false } });
    expect((kase.timeline as { reason: string | null }[]).every((entry) => entry.reason === null)).toBe(true);
    const list = await ok(w.manager.request("GET", `/api/cases?siteId=${w.organisation.siteIds[0]}&state=closed`));
    expect(JSON.stringify(list)).toContain(client.caseReference);
    const referral = await ok(w.manager.request("GET", `/api/referrals/${client.referralId}`));
    expect(referral).toMatchObject({ id: client.referralId, concern: "" });
    expect((await w.manager.request("POST", `/api/referrals/${client.referralId}/reveal`)).statusCode).toBe(410);
    expect((await w.manager.request("GET", `/api/clients/${client.clientId}`)).statusCode).toBe(404);
    const officerView = await ok(w.officer.request("GET", `/api/data-rights/requests/${request.id}`));
    expect(officerView).toMatchObject({ status: "completed", requester: null });
    // Nothing about them can be written again: the reopening is refused and says why.
    const reopen = await w.manager.request("POST", `/api/cases/${client.caseId}/transitions`, { event: { type: "reopen" }, reason: "Back again.", version: await versionOf(client.caseId) });
    expect(reopen.statusCode).toBe(410);
    expect(reopen.json().error.message).toBe("This person's details have been erased.");
  });

  it("restricting processing makes the record read-only and leaves it out of lists and searches until lifted", async () => {
    const w = await world();
    const client = await referredClient(w);
    const restricted = await ok(w.officer.request("POST", `/api/data-protection/clients/${client.clientId}/restriction`, { ground: "accuracy_contested", reason: "The person says the referral named the wrong school.", reviewOn: "2027-02-01" }));
    expect(restricted).toMatchObject({ restriction: { ground: "accuracy_contested", reason: "The person says the referral named the wrong school.", reviewOn: "2027-02-01" }, abilities: { restrict: false, liftRestriction: true } });

    const kase = await ok(w.caseworker.request("GET", `/api/cases/${client.caseId}`));
    expect(kase).toMatchObject({ clientRecord: "processing_restricted", availableEvents: [], abilities: { transition: false } });
    expect(await ok(w.caseworker.request("GET", `/api/clients/${client.clientId}`))).toMatchObject({ clientRecord: "processing_restricted", abilities: { edit: false, recordConsent: false } });
    const before = await organisationSnapshot(deps.db, w.organisation.id);
    const change = await w.manager.request("POST", `/api/cases/${client.caseId}/transitions`, { event: { type: "begin_support", tier: "low_level" }, reason: "Starting.", version: await versionOf(client.caseId) });
    expect(change.statusCode).toBe(409);
    expect(change.json().error.message).toContain("restriction of processing");
    expect(await organisationSnapshot(deps.db, w.organisation.id)).toEqual(before);
    const open = await ok(w.caseworker.request("GET", `/api/cases?siteId=${w.organisation.siteIds[0]}&state=open`));
    expect(JSON.stringify(open)).not.toContain(client.caseReference);
    expect(await searchesFor(w.caseworker, client.reference)).toMatchObject({ byName: 0, byReference: 0 });

    await ok(w.officer.request("POST", `/api/data-protection/clients/${client.clientId}/restriction/lift`, { reason: "Corrected the school's name." }));
    await ok(w.manager.request("POST", `/api/cases/${client.caseId}/transitions`, { event: { type: "begin_support", tier: "low_level" }, reason: "Starting.", version: await versionOf(client.caseId) }));
    expect(JSON.stringify(await ok(w.caseworker.request("GET", `/api/cases?siteId=${w.organisation.siteIds[0]}&state=open`)))).toContain(client.caseReference);
  });

  it("refuses bad input naming the field, and changes nothing", async () => {
    const w = await world();
    const client = await referredClient(w);
    await insertRestriction(deps, w.organisation, (await referredClient(w, { ...person, familyName: "Other" })).clientId, w.officerId);
    const request = await createTestRequest(deps, w.organisation, { clientId: client.clientId, kind: "access" });
    const before = await organisationSnapshot(deps.db, w.organisation.id);
    const cases: [string, string, unknown, number, string][] = [
      ["POST", `/api/data-protection/clients/${client.clientId}/holds`, { kind: "safeguarding", reason: "x" }, 400, "body.kind"],
      ["POST", `/api/data-protection/clients/${client.clientId}/holds`, { kind: "legal_claim", reason: "  " }, 400, "body.reason"],
      ["POST", `/api/data-protection/clients/${client.clientId}/holds`, { kind: "legal_claim", reason: "A claim.", reviewOn: "31/01/2027" }, 400, "body.reviewOn"],
      ["POST", `/api/data-protection/clients/${client.clientId}/restriction`, { ground: "accuracy_contested", reason: "Checking." }, 400, "body.reviewOn"],
      ["POST", `/api/data-protection/clients/${client.clientId}/restriction`, { ground: "because", reason: "Checking.", reviewOn: "2027-01-01" }, 400, "body.ground"],
      ["POST", `/api/data-protection/clients/${client.clientId}/restriction`, { ground: "accuracy_contested", reason: "Checking.", reviewOn: "2027-01-01", dataRightsRequestId: request.id }, 400, "body.dataRightsRequestId"],
      ["POST", `/api/data-rights/requests/${request.id}/erasure-decision`, { decision: "erase" }, 400, "body.confirmReference"],
      ["POST", `/api/data-protection/clients/not-an-id/holds`, { kind: "legal_claim", reason: "A claim." }, 400, "params.clientId"],
    ];
    for (const [method, url, body, status, field] of cases) {
      const response = await w.officer.request(method, url, body);
      expect(response.statusCode, `${url} ${JSON.stringify(body)}`).toBe(status);
      expect((response.json().error.fields as { path: string }[]).map((f) => f.path)).toContain(field);
    }
    // An access request is not decided as an erasure; a lift with nothing to lift is a conflict.
    expect((await w.officer.request("POST", `/api/data-rights/requests/${request.id}/erasure-decision`, { decision: "hold" })).statusCode).toBe(409);
    expect((await w.officer.request("POST", `/api/data-protection/clients/${client.clientId}/restriction/lift`, { reason: "Nothing." })).statusCode).toBe(409);
    expect(await organisationSnapshot(deps.db, w.organisation.id)).toEqual(before);
  });
});
