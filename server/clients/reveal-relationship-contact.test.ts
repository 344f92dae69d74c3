import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../test/app.js";
import { createTestCase } from "../../test/case-factories.js";
import { createOrganisation, createUser, type TestOrganisation } from "../../test/factories.js";
import { signInAs } from "../../test/http.js";
import { organisationSnapshot } from "../../test/snapshot.js";
import { auditEvents } from "../db/schema.js";
import { createTestContact } from "./test-support.js";

const { app, deps } = await testApp();

async function clientWithContact(organisation: TestOrganisation, contact?: { contactName: string; contactPhone?: string }) {
  const managerId = (await createUser(deps.db, deps.vault, organisation, { role: "team_manager" })).id;
  const { client } = await createTestCase(deps, organisation, managerId);
  const relationshipId = await createTestContact(deps, organisation, managerId, client.id, 0, contact);
  return { client, relationshipId, url: `/api/clients/${client.id}/relationships/${relationshipId}/reveal` };
}

const revealsOf = (clientId: string) =>
  deps.db.select().from(auditEvents).where(and(eq(auditEvents.clientId, clientId), eq(auditEvents.action, "client.relationship_contact_revealed")));

describe("clients.relationships reveal", () => {
  it("shows a contact's name and phone only through an audited request", async () => {
    const organisation = await createOrganisation(deps.db);
    const { client, relationshipId, url } = await clientWithContact(organisation);
    const caseworker = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "caseworker" }), deps.now());

    const profile = await caseworker.request("GET", `/api/clients/${client.id}`);
    expect(profile.body).not.toMatch(/Rukhsana|900777/);
    expect(profile.json().abilities.revealContacts).toBe(true);
    expect(await revealsOf(client.id)).toHaveLength(0);

    const response = await caseworker.request("POST", url);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ contactName: "Rukhsana Begum", contactPhone: "07700 900777" });
    const [event] = await revealsOf(client.id);
    expect(event).toMatchObject({ entityType: "client", entityId: client.id, details: { relationshipId, isBreakGlass: false } });
    // The audit trail records that details were seen, never what they were.
    expect(JSON.stringify(event?.details)).not.toMatch(/Rukhsana|900777/);
  });

  it("shows a missing phone as missing", async () => {
    const organisation = await createOrganisation(deps.db);
    const { url } = await clientWithContact(organisation, { contactName: "Yasmin Ali" });
    const caseworker = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "caseworker" }), deps.now());
    expect((await caseworker.request("POST", url)).json()).toEqual({ contactName: "Yasmin Ali", contactPhone: null });
  });

  it("finds a contact only under its own client, and records nothing when it is not found", async () => {
    const organisation = await createOrganisation(deps.db);
    const first = await clientWithContact(organisation);
    const second = await clientWithContact(organisation);
    const caseworker = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "caseworker" }), deps.now());
    const before = await organisationSnapshot(deps.db, organisation.id);

    const crossed = await caseworker.request("POST", `/api/clients/${first.client.id}/relationships/${second.relationshipId}/reveal`);
    expect(crossed.statusCode).toBe(404);
    expect(crossed.body).not.toMatch(/Rukhsana|900777/);
    const unknown = await caseworker.request("POST", `/api/clients/${first.client.id}/relationships/00000000-0000-4000-8000-000000000000/reveal`);
    expect(unknown.statusCode).toBe(404);
    expect(await organisationSnapshot(deps.db, organisation.id)).toEqual(before);
  });

  it("tells people who cannot see the client that it does not exist, and records nothing", async () => {
    const organisation = await createOrganisation(deps.db);
    const { client, url } = await clientWithContact(organisation);
    for (const role of ["mentor", "outreach_worker", "administrator", "commissioner"] as const) {
      const agent = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role }), deps.now());
      const refused = await agent.request("POST", url);
      expect(refused.statusCode, role).toBe(404);
      expect(refused.body).not.toMatch(/Rukhsana|900777/);
    }
    const elsewhere = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "caseworker", site: 1 }), deps.now());
    expect((await elsewhere.request("POST", url)).statusCode).toBe(404);
    expect((await app.inject({ method: "POST", url, payload: {} })).statusCode).toBe(401);
    expect(await revealsOf(client.id)).toHaveLength(0);
  });

  it("refuses malformed ids with field errors", async () => {
    const organisation = await createOrganisation(deps.db);
    const { client } = await clientWithContact(organisation);
    const caseworker = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "caseworker" }), deps.now());
    const response = await caseworker.request("POST", `/api/clients/${client.id}/relationships/not-an-id/reveal`);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([{ path: "params.relationshipId", message: "Must be a valid id." }]);
  });
});
