import { and, eq } from "drizzle-orm";
import { createTestCase } from "../../test/case-factories.js";
import { describe, expect, it } from "vitest";
import { testApp } from "../../test/app.js";
import { createOrganisation, createUser } from "../../test/factories.js";
import { signInAs } from "../../test/http.js";
import { auditEvents } from "../db/schema.js";

const { app, deps } = await testApp();

async function setting() {
  const organisation = await createOrganisation(deps.db);
  const manager = await createUser(deps.db, deps.vault, organisation, { role: "team_manager" });
  const caseworkerUser = await createUser(deps.db, deps.vault, organisation, { role: "caseworker" });
  const caseworker = await signInAs(app, caseworkerUser, deps.now());
  const clientNamed = (givenName: string, familyName: string, dateOfBirth: string, site: 0 | 1 = 0) =>
    createTestCase(deps, organisation, manager.id, { site, identity: { givenName, familyName, dateOfBirth } });
  return { organisation, caseworker, caseworkerUser, clientNamed };
}

describe("clients.search", () => {
  it("finds a client by reference, however it is typed", async () => {
    const { caseworker, clientNamed } = await setting();
    const { client } = await clientNamed("Ayesha", "Rahman", "2008-03-14");
    const found = (await caseworker.request("GET", `/api/clients/search?reference=${client.reference.toLowerCase()}`)).json();
    expect(found.items).toEqual([{ clientId: client.id, reference: client.reference, strength: "strong", reasons: ["same_reference"], isInScope: true }]);
    expect((await caseworker.request("GET", "/api/clients/search?reference=C-0000-0000")).json().items).toEqual([]);
  });

  it("finds another spelling of the same name with the same date of birth, ranked, with the reasons", async () => {
    const { caseworker, clientNamed } = await setting();
    const stored = await clientNamed("Muhammad", "Hussain", "2005-06-01");
    const sameNameOtherDate = await clientNamed("Muhammad", "Hussain", "1990-01-20");
    await clientNamed("Bilal", "Ahmed", "2005-06-01");
    const response = await caseworker.request("GET", "/api/clients/search?givenName=Mohammed&familyName=Husain&dateOfBirth=2005-06-01");
    const { items } = response.json();
    expect(items[0]).toEqual({
      clientId: stored.client.id,
      reference: stored.client.reference,
      strength: "strong",
      reasons: ["same_date_of_birth_and_family_name", "same_date_of_birth_and_given_name", "similar_name"],
      isInScope: true,
    });
    // A similar name with another date of birth is taken to be someone else; Bilal Ahmed is not shown.
    expect(items.map((item: { clientId: string }) => item.clientId)).toEqual([stored.client.id]);
    expect(items.map((item: { clientId: string }) => item.clientId)).not.toContain(sameNameOtherDate.client.id);
    // Results carry references and reasons, never names.
    expect(response.body).not.toMatch(/hussain|muhammad/i);
  });

  it("lists a match the searcher cannot open by reference only, so they can ask a colleague", async () => {
    const { caseworker, clientNamed } = await setting();
    const here = await clientNamed("Muhammad", "Hussain", "2005-06-01", 0);
    const elsewhere = await clientNamed("Muhammad", "Hussain", "2005-06-01", 1);
    const { items } = (await caseworker.request("GET", "/api/clients/search?givenName=Muhammad&familyName=Hussain&dateOfBirth=2005-06-01")).json();
    expect(items).toHaveLength(2);
    expect(items).toContainEqual(expect.objectContaining({ clientId: here.client.id, isInScope: true, strength: "strong" }));
    expect(items).toContainEqual(expect.objectContaining({ clientId: elsewhere.client.id, reference: elsewhere.client.reference, isInScope: false }));
    expect((await caseworker.request("GET", `/api/clients/${elsewhere.client.id}`)).statusCode).toBe(404);
  });

  it("audits which fields were searched, never what was typed", async () => {
    const { caseworker, caseworkerUser, clientNamed } = await setting();
    await clientNamed("Zainab", "Qureshi", "2001-02-03");
    await caseworker.request("GET", "/api/clients/search?givenName=Zainab&familyName=Qureshi&dateOfBirth=2001-02-03");
    const [event] = await deps.db.select().from(auditEvents).where(and(eq(auditEvents.actorUserId, caseworkerUser.id), eq(auditEvents.action, "client.searched")));
    expect(event?.details).toEqual({ fields: ["dateOfBirth", "familyName", "givenName"], resultCount: 1 });
    expect(JSON.stringify(event)).not.toMatch(/zainab|qureshi|2001-02-03/i);
  });

  it("asks for a reference or a name, and is only for people who work a caseload", async () => {
    const { organisation, caseworker } = await setting();
    const empty = await caseworker.request("GET", "/api/clients/search?dateOfBirth=2001-02-03");
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields).toEqual([{ path: "query.reference", message: "Give a reference or a name." }]);
    const mentor = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "mentor" }), deps.now());
    expect((await mentor.request("GET", "/api/clients/search?givenName=Zainab")).statusCode).toBe(403);
  });
});
