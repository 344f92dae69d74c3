import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../test/app.js";
import { createOrganisation, createUser, type TestOrganisation } from "../../test/factories.js";
import { signedInTeam } from "../../test/team.js";
import { signInAs } from "../../test/http.js";
import { inTransaction } from "../db/client.js";
import { auditEvents, clients, referrals, relationships } from "../db/schema.js";
import { createTestCase, createTestReferral, identityOf } from "../../test/case-factories.js";
import { createClient } from "./create-client.js";

const { app, deps } = await testApp();

const team = (organisation: TestOrganisation) => signedInTeam(app, deps, organisation);

const auditOf = (clientId: string, action: string) =>
  deps.db.select().from(auditEvents).where(and(eq(auditEvents.clientId, clientId), eq(auditEvents.action, action)));

/** Every property name anywhere in a JSON value. */
const keysDeep = (value: unknown): string[] =>
  Array.isArray(value) ? value.flatMap(keysDeep) : value && typeof value === "object" ? Object.entries(value).flatMap(([key, inner]) => [key, ...keysDeep(inner)]) : [];

const identity = { givenName: "Safiya", familyName: "Begum", dateOfBirth: "2007-09-30", phone: "07700 900555", postcode: "B12 9QR", email: "safiya@example.org" };

describe("clients.profile", () => {
  it("shows demographics, age band, consents and cases, and never who the client is", async () => {
    const organisation = await createOrganisation(deps.db);
    const { caseworker, managerUser } = await team(organisation);
    const { client, kase } = await createTestCase(deps, organisation, managerUser.id, { identity });
    const response = await caseworker.request("GET", `/api/clients/${client.id}`);
    expect(response.statusCode).toBe(200);
    const profile = response.json();
    expect(profile).toMatchObject({
      id: client.id,
      reference: client.reference,
      demographics: { postcodeDistrict: "B12", preferredLanguage: "en" },
      cases: [{ id: kase.id, reference: kase.reference, state: "assessment" }],
      abilities: { revealIdentity: true, revealContacts: true, edit: true, recordConsent: true, merge: false },
    });
    expect(profile.ageBand).not.toBe("unknown");
    for (const value of Object.values(identity)) expect(response.body).not.toContain(value);
    const identityFields = ["givenName", "familyName", "otherNames", "dateOfBirth", "address", "postcode", "phone", "email", "nhsNumber"];
    expect(keysDeep(profile).filter((key) => identityFields.includes(key))).toEqual([]);
    expect(await auditOf(client.id, "client.read")).toHaveLength(1);
  });

  it("reveals the identity only through an audited request", async () => {
    const organisation = await createOrganisation(deps.db);
    const { caseworker, managerUser } = await team(organisation);
    const { client } = await createTestCase(deps, organisation, managerUser.id, { identity });
    expect(await auditOf(client.id, "client.identity_revealed")).toHaveLength(0);
    const revealed = await caseworker.request("POST", `/api/clients/${client.id}/reveal`);
    expect(revealed.json()).toEqual({ ...identityOf(identity), familyName: "Begum" });
    expect(await auditOf(client.id, "client.identity_revealed")).toHaveLength(1);
  });

  it("hides a client from a mentor until they are assigned to one of the client's cases", async () => {
    const organisation = await createOrganisation(deps.db);
    const { manager, managerUser, mentor, mentorUser } = await team(organisation);
    const { client, kase } = await createTestCase(deps, organisation, managerUser.id, { identity });
    expect((await mentor.request("GET", `/api/clients/${client.id}`)).statusCode).toBe(404);
    expect((await mentor.request("POST", `/api/clients/${client.id}/reveal`)).statusCode).toBe(404);
    await manager.request("POST", `/api/cases/${kase.id}/assignments`, { userId: mentorUser.id, role: "mentor" });
    const profile = await mentor.request("GET", `/api/clients/${client.id}`);
    expect(profile.json()).toMatchObject({ id: client.id, abilities: { revealIdentity: true, edit: false, recordConsent: false, merge: false } });
    expect((await mentor.request("PATCH", `/api/clients/${client.id}/demographics`, { religion: "muslim" })).statusCode).toBe(403);
  });

  it("shows a client created from a referral awaiting a case to the people who see that referral", async () => {
    const organisation = await createOrganisation(deps.db);
    const { caseworker } = await team(organisation);
    const elsewhere = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "caseworker", site: 1 }), deps.now());
    const referral = await createTestReferral(deps, organisation);
    const { client } = await inTransaction(deps.db, async (tx) => {
      const created = await createClient(tx, { vault: deps.vault, now: deps.now() }, { organisationId: organisation.id, identity: identityOf(), preferredLanguage: "ur", isInterpreterNeeded: true, preferredWorkerGender: "female" });
      await tx.update(referrals).set({ clientId: created.client.id }).where(eq(referrals.id, referral.id));
      return created;
    });
    expect((await caseworker.request("GET", `/api/clients/${client.id}`)).json()).toMatchObject({ cases: [], demographics: { preferredLanguage: "ur", isInterpreterNeeded: true } });
    expect((await elsewhere.request("GET", `/api/clients/${client.id}`)).statusCode).toBe(404);
  });
});

describe("clients.changes", () => {
  it("corrects the identity: re-encrypted, searchable by the new name only, audited by field name", async () => {
    const organisation = await createOrganisation(deps.db);
    const { caseworker, managerUser } = await team(organisation);
    const { client } = await createTestCase(deps, organisation, managerUser.id, { identity });
    const changed = await caseworker.request("PATCH", `/api/clients/${client.id}/identity`, { familyName: "Chowdhury", postcode: "M1 1AE" });
    expect(changed.json()).toMatchObject({ demographics: { postcodeDistrict: "M1" } });
    expect(changed.body).not.toContain("Chowdhury");
    expect((await caseworker.request("POST", `/api/clients/${client.id}/reveal`)).json()).toMatchObject({ givenName: "Safiya", familyName: "Chowdhury", phone: "07700 900555" });
    const search = (familyName: string) => caseworker.request("GET", `/api/clients/search?givenName=Safiya&familyName=${familyName}&dateOfBirth=2007-09-30`);
    expect((await search("Chowdhury")).json().items[0]).toMatchObject({ clientId: client.id, strength: "strong" });
    expect((await search("Begum")).json().items.filter((item: { reasons: string[] }) => item.reasons.includes("same_date_of_birth_and_family_name"))).toEqual([]);
    const [event] = await auditOf(client.id, "client.identity_updated");
    expect(event?.details).toEqual({ fields: ["familyName", "postcode"] });
    expect((await caseworker.request("PATCH", `/api/clients/${client.id}/identity`, {})).statusCode).toBe(400);
  });

  it("records demographics", async () => {
    const organisation = await createOrganisation(deps.db);
    const { caseworker, managerUser } = await team(organisation);
    const { client } = await createTestCase(deps, organisation, managerUser.id);
    const changed = await caseworker.request("PATCH", `/api/clients/${client.id}/demographics`, { religion: "muslim", ethnicity: "asian_pakistani", firstLanguage: "Urdu" });
    expect(changed.json().demographics).toMatchObject({ religion: "muslim", ethnicity: "asian_pakistani", firstLanguage: "Urdu", sex: "not_stated" });
    expect((await auditOf(client.id, "client.demographics_updated"))[0]?.details).toEqual({ fields: ["ethnicity", "firstLanguage", "religion"] });
  });

  it("links family, keeping a contact's details sealed under the client's key and out of the profile", async () => {
    const organisation = await createOrganisation(deps.db);
    const other = await createOrganisation(deps.db);
    const { caseworker, managerUser } = await team(organisation);
    const { client } = await createTestCase(deps, organisation, managerUser.id);
    const sibling = await createTestCase(deps, organisation, managerUser.id, { site: 1 });
    const stranger = await createTestCase(deps, other, (await createUser(deps.db, deps.vault, other, { role: "team_manager" })).id);
    const withContact = await caseworker.request("POST", `/api/clients/${client.id}/relationships`, { relation: "mother", contactName: "Rukhsana Begum", contactPhone: "07700 900777" });
    expect(withContact.statusCode).toBe(200);
    expect(withContact.body).not.toMatch(/Rukhsana|900777/);
    const linked = (await caseworker.request("POST", `/api/clients/${client.id}/relationships`, { relation: "sibling", relatedClientId: sibling.client.id })).json();
    expect(linked.relationships).toEqual([
      { id: expect.any(String), relation: "mother", relatedClientId: null, relatedReference: null, hasContactDetails: true },
      { id: expect.any(String), relation: "sibling", relatedClientId: sibling.client.id, relatedReference: sibling.client.reference, hasContactDetails: false },
    ]);
    const [stored] = await deps.db.select().from(relationships).where(and(eq(relationships.clientId, client.id), eq(relationships.relation, "mother")));
    expect(deps.vault.decrypt(await deps.vault.loadSubjectKey(deps.db, client.id), "relationship.contact_name", stored!.contactName!)).toBe("Rukhsana Begum");
    const refused = await caseworker.request("POST", `/api/clients/${client.id}/relationships`, { relation: "sibling", relatedClientId: stranger.client.id });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields).toEqual([{ path: "body.relatedClientId", message: "No such client." }]);
    expect((await caseworker.request("POST", `/api/clients/${client.id}/relationships`, { relation: "friend" })).statusCode).toBe(400);
  });

  it("answers 404 for a merged record's id", async () => {
    const organisation = await createOrganisation(deps.db);
    const { caseworker, managerUser } = await team(organisation);
    const kept = await createTestCase(deps, organisation, managerUser.id);
    const { client } = await createTestCase(deps, organisation, managerUser.id);
    await deps.db.update(clients).set({ mergedIntoId: kept.client.id, mergedAt: deps.now() }).where(eq(clients.id, client.id));
    expect((await caseworker.request("GET", `/api/clients/${client.id}`)).statusCode).toBe(404);
  });
});
