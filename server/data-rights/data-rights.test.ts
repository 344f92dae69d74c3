import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { londonDay } from "../../core/london-time.js";
import { responseDueOn } from "../../core/data-rights/deadline.js";
import { testApp } from "../../test/app.js";
import { createTestCase } from "../../test/case-factories.js";
import { createOrganisation, createUser } from "../../test/factories.js";
import { expectCleanRefusal, signInAs } from "../../test/http.js";
import { organisationSnapshot } from "../../test/snapshot.js";
import { auditEvents, dataRightsRequests, subjectKeys } from "../db/schema.js";
import { holidaysOf } from "./queries.js";

const { app, deps } = await testApp();

async function setUp() {
  const organisation = await createOrganisation(deps.db);
  const officerUser = await createUser(deps.db, deps.vault, organisation, { role: "data_protection_officer" });
  const caseworker = await createUser(deps.db, deps.vault, organisation, { role: "caseworker" });
  return { organisation, caseworker, officer: await signInAs(app, officerUser, deps.now()) };
}

const today = () => londonDay(deps.now());
const daysAgo = (days: number) => londonDay(new Date(deps.now().getTime() - days * 86_400_000));

const body = (extra: Record<string, unknown> = {}) => ({
  kind: "access",
  requesterRelation: "solicitor",
  requesterName: "Zainab Qureshi-Solicitor",
  requesterContact: "zq@example.org",
  description: "A copy of all records",
  receivedOn: daysAgo(3),
  ...extra,
});

describe("data-rights.requests", () => {
  it("logs a request with its deadline, lists it as open with days left, and seals who asked", async () => {
    const { officer, organisation } = await setUp();
    const created = await officer.request("POST", "/api/data-rights/requests", body());
    expect(created.statusCode, created.body).toBe(201);
    const detail = created.json();
    const expectedDue = responseDueOn(daysAgo(3), await holidaysOf(deps.db, organisation.id));
    expect(detail).toMatchObject({ kind: "access", status: "received", dueOn: expectedDue, isExtended: false, urgency: "on_track", client: null });
    expect(detail.requester).toEqual({ name: "Zainab Qureshi-Solicitor", contact: "zq@example.org", description: "A copy of all records" });
    expect(detail.history.map((event: { kind: string }) => event.kind)).toEqual(["logged"]);

    const [row] = await deps.db.select().from(dataRightsRequests).where(eq(dataRightsRequests.id, detail.id));
    expect(Buffer.from(row!.requesterDetails!).toString("latin1")).not.toContain("Qureshi");
    const audits = await deps.db.select().from(auditEvents).where(eq(auditEvents.entityId, detail.id));
    expect(audits.map((event) => event.action).sort()).toEqual(["data_rights.logged", "data_rights.request_read"]);
    expect(JSON.stringify(audits.map((event) => event.details))).not.toContain("Qureshi");

    const list = await officer.request("GET", "/api/data-rights/requests?kind=access");
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((item: { id: string }) => item.id)).toEqual([detail.id]);
    expect(list.json().counts).toEqual({ open: 1, overdue: 0, dueSoon: 0 });
    expect((await officer.request("GET", "/api/data-rights/requests?kind=erasure")).json().items).toEqual([]);
  });

  it("marks an overdue request and one due soon", async () => {
    const { officer } = await setUp();
    await officer.request("POST", "/api/data-rights/requests", body({ receivedOn: daysAgo(40) }));
    await officer.request("POST", "/api/data-rights/requests", body({ kind: "erasure", receivedOn: daysAgo(27) }));
    const list = (await officer.request("GET", "/api/data-rights/requests")).json();
    expect(list.items.map((item: { kind: string; urgency: string }) => [item.kind, item.urgency])).toEqual([
      ["access", "overdue"],
      ["erasure", "due_soon"],
    ]);
    expect(list.counts).toMatchObject({ open: 2, overdue: 1, dueSoon: 1 });
  });

  it("refuses bad input naming each field, and changes nothing", async () => {
    const { officer, organisation } = await setUp();
    const before = await organisationSnapshot(deps.db, organisation.id);
    const shape = await officer.request("POST", "/api/data-rights/requests", body({ kind: "deletion", requesterName: " ", receivedOn: "2026-02-30" }));
    expectCleanRefusal(shape);
    expect(shape.statusCode).toBe(400);
    expect(shape.json().error.fields.map((field: { path: string }) => field.path).sort()).toEqual(["body.kind", "body.receivedOn", "body.requesterName"]);
    const future = await officer.request("POST", "/api/data-rights/requests", body({ receivedOn: "2099-01-01" }));
    expect(future.statusCode).toBe(400);
    expect(future.json().error.fields).toEqual([{ path: "body.receivedOn", message: "Cannot be in the future." }]);
    const elsewhere = await createOrganisation(deps.db);
    const outsider = await createTestCase(deps, elsewhere, (await createUser(deps.db, deps.vault, elsewhere, { role: "caseworker" })).id);
    const foreign = await officer.request("POST", "/api/data-rights/requests", body({ clientId: outsider.client.id }));
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json().error.fields[0].path).toBe("body.clientId");
    expect(await organisationSnapshot(deps.db, organisation.id)).toEqual(before);
  });

  it("matches a request to a client found by reference, moving who asked under the client's key", async () => {
    const { officer, organisation, caseworker } = await setUp();
    const { client, person } = await createTestCase(deps, organisation, caseworker.id);
    const created = (await officer.request("POST", "/api/data-rights/requests", body())).json();
    const found = await officer.request("GET", `/api/data-rights/client-matches?reference=${client.reference}`);
    expect(found.json().items).toEqual([{ id: client.id, reference: client.reference, name: `${person.givenName} ${person.familyName}`, dateOfBirth: person.dateOfBirth }]);
    const matched = await officer.request("POST", `/api/data-rights/requests/${created.id}/match`, { clientId: client.id });
    expect(matched.statusCode, matched.body).toBe(200);
    expect(matched.json()).toMatchObject({ clientReference: client.reference, client: { id: client.id }, requester: { name: "Zainab Qureshi-Solicitor" } });
    const [ownKey] = await deps.db.select().from(subjectKeys).where(eq(subjectKeys.subjectId, created.id));
    expect(ownKey!.wrappedKey).toBeNull();
    const again = await officer.request("POST", `/api/data-rights/requests/${created.id}/match`, { clientId: client.id });
    expect(again.statusCode).toBe(409);
  });

  it("extends only on a lawful ground told within the first month, once", async () => {
    const { officer, organisation } = await setUp();
    const created = (await officer.request("POST", "/api/data-rights/requests", body({ receivedOn: daysAgo(10) }))).json();
    const before = await organisationSnapshot(deps.db, organisation.id);
    const early = await officer.request("POST", `/api/data-rights/requests/${created.id}/extend`, { ground: "complex", toldOn: daysAgo(11) });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.fields[0].path).toBe("body.toldOn");
    const badGround = await officer.request("POST", `/api/data-rights/requests/${created.id}/extend`, { ground: "busy", toldOn: today() });
    expect(badGround.statusCode).toBe(400);
    expect(await organisationSnapshot(deps.db, organisation.id)).toEqual(before);
    const extended = await officer.request("POST", `/api/data-rights/requests/${created.id}/extend`, { ground: "several_requests", toldOn: today() });
    expect(extended.statusCode, extended.body).toBe(200);
    expect(extended.json()).toMatchObject({ isExtended: true, originalDueOn: created.dueOn, extension: { ground: "several_requests", toldOn: today() } });
    expect(extended.json().dueOn > created.dueOn).toBe(true);
    expect((await officer.request("POST", `/api/data-rights/requests/${created.id}/extend`, { ground: "complex", toldOn: today() })).statusCode).toBe(409);
  });

  it("records the identity check and closes a request as refused with its reason; a closed request changes no more", async () => {
    const { officer } = await setUp();
    const created = (await officer.request("POST", "/api/data-rights/requests", body())).json();
    const checked = await officer.request("POST", `/api/data-rights/requests/${created.id}/identity-check`, { method: "signed_authority_checked", checkedOn: today() });
    expect(checked.json().identityCheck).toMatchObject({ method: "signed_authority_checked", checkedOn: today() });
    const noReason = await officer.request("POST", `/api/data-rights/requests/${created.id}/status`, { status: "refused" });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields[0].path).toBe("body.refusalReason");
    // A hold is claimed only through the erasure decision, which checks that one applies.
    const claimedHold = await officer.request("POST", `/api/data-rights/requests/${created.id}/status`, { status: "refused", refusalReason: "retention_hold" });
    expect(claimedHold.statusCode).toBe(400);
    expect(claimedHold.json().error.fields[0].path).toBe("body.refusalReason");
    const refused = await officer.request("POST", `/api/data-rights/requests/${created.id}/status`, { status: "refused", refusalReason: "manifestly_excessive" });
    expect(refused.json()).toMatchObject({ status: "refused", refusalReason: "manifestly_excessive", daysLeft: null, urgency: null });
    expect(refused.json().history.map((event: { kind: string }) => event.kind)).toEqual(["logged", "identity_checked", "refused"]);
    expect((await officer.request("POST", `/api/data-rights/requests/${created.id}/status`, { status: "in_progress" })).statusCode).toBe(409);
    const rows = await deps.db.select().from(dataRightsRequests).where(and(eq(dataRightsRequests.id, created.id), eq(dataRightsRequests.status, "refused")));
    expect(rows).toHaveLength(1);
  });
});
