import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../test/app.js";
import { createTestCase } from "../../test/case-factories.js";
import { createOrganisation, createUser, type TestOrganisation } from "../../test/factories.js";
import { expectCleanRefusal, signInAs } from "../../test/http.js";
import { organisationSnapshot } from "../../test/snapshot.js";
import { readCsvRecords } from "../../core/csv.js";
import { inTransaction } from "../db/client.js";
import { auditEvents, users } from "../db/schema.js";
import { recordAudit } from "./record-audit.js";
import { sealOrganisationChain } from "./seal-chain.js";

const { app, deps } = await testApp();

async function setUp() {
  const organisation = await createOrganisation(deps.db);
  const [dpoUser, adminUser, manager, worker] = await Promise.all([
    createUser(deps.db, deps.vault, organisation, { role: "data_protection_officer" }),
    createUser(deps.db, deps.vault, organisation, { role: "administrator" }),
    createUser(deps.db, deps.vault, organisation, { role: "team_manager", site: 0 }),
    createUser(deps.db, deps.vault, organisation, { role: "caseworker", site: 1 }),
  ]);
  await deps.db.update(users).set({ displayName: "Amina Patel" }).where(eq(users.id, worker.id));
  const first = await createTestCase(deps, organisation, manager.id, { site: 0 });
  const second = await createTestCase(deps, organisation, manager.id, { site: 1 });
  return { organisation, dpoUser, adminUser, manager, worker, first, second, dpo: await signInAs(app, dpoUser, deps.now()), admin: await signInAs(app, adminUser, deps.now()) };
}

/** An event as a reader of client data leaves it, at a chosen moment. */
async function accessed(organisation: TestOrganisation, actorUserId: string, clientId: string, at: string, action = "client.read", siteId: string | null = null) {
  await inTransaction(deps.db, (tx) => recordAudit(tx, { organisationId: organisation.id, actorUserId, action, entityType: "client", entityId: clientId, clientId, siteId, at: new Date(at) }));
}

const actionsOf = (body: { items: { action: string }[] }) => body.items.map((item) => item.action);

describe("audit.viewer", () => {
  it("filters by person, client, site, action and London days, newest first, naming the client by reference", async () => {
    const { organisation, dpo, worker, manager, first, second } = await setUp();
    // 30 June 2026 23:30 UTC is 1 July in London (BST).
    await accessed(organisation, worker.id, first.client.id, "2026-06-30T23:30:00Z", "client.read", organisation.siteIds[0]);
    await accessed(organisation, worker.id, second.client.id, "2026-07-02T10:00:00Z", "case.read", organisation.siteIds[1]);
    await accessed(organisation, manager.id, second.client.id, "2026-07-03T10:00:00Z", "client.identity_revealed", organisation.siteIds[1]);
    await sealOrganisationChain(deps.db, organisation.id);

    const byWorker = (await dpo.request("GET", `/api/audit/events?actorUserId=${worker.id}`)).json();
    expect(byWorker.items.map((item: { action: string; actorName: string; clientReference: string }) => [item.action, item.actorName, item.clientReference])).toEqual([
      ["case.read", "Amina Patel", second.client.reference],
      ["client.read", "Amina Patel", first.client.reference],
    ]);
    expect(byWorker.total).toBe(2);
    expect(actionsOf((await dpo.request("GET", `/api/audit/events?clientId=${second.client.id}&action=client.identity_revealed`)).json())).toEqual(["client.identity_revealed"]);
    expect(actionsOf((await dpo.request("GET", `/api/audit/events?siteId=${organisation.siteIds[0]}`)).json())).toEqual(["case.opened", "client.read"]);
    const july = (await dpo.request("GET", `/api/audit/events?actorUserId=${worker.id}&from=2026-07-01&to=2026-07-01`)).json();
    expect(actionsOf(july)).toEqual(["client.read"]);
    expect(july.items[0]).toMatchObject({ siteName: "Birmingham", isBreakGlass: false, at: "2026-06-30T23:30:00.000Z" });
    expect(actionsOf((await dpo.request("GET", `/api/audit/events?actorUserId=${worker.id}&from=2026-06-30&to=2026-06-30`)).json())).toEqual([]);
    const paged = (await dpo.request("GET", `/api/audit/events?clientId=${second.client.id}&page=4&pageSize=1`)).json();
    expect(paged).toMatchObject({ total: 4, page: 4, pageSize: 1, isTotalCapped: false });
    expect(actionsOf(paged)).toEqual(["case.read"]);
  });

  it("records each reading of the trail, with the filter used and the client it was about", async () => {
    const { organisation, dpo, dpoUser, first } = await setUp();
    await dpo.request("GET", `/api/audit/events?clientId=${first.client.id}&from=2026-01-01`);
    const [read] = await deps.db.select().from(auditEvents).where(and(eq(auditEvents.actorUserId, dpoUser.id), eq(auditEvents.action, "audit.events_read")));
    expect(read).toMatchObject({ organisationId: organisation.id, clientId: first.client.id, details: { filter: { clientId: first.client.id, from: "2026-01-01" }, page: 1 } });
  });

  it("shows emergency access only, and lets the data protection officer alone read why it was used", async () => {
    const { organisation, dpo, admin, dpoUser, first, second } = await setUp();
    const outsider = await createUser(deps.db, deps.vault, organisation, { role: "team_manager", site: 1 });
    const manager = await signInAs(app, outsider, deps.now());
    const granted = await manager.request("POST", `/api/cases/${first.kase.id}/break-glass`, { reason: "Police called about an immediate risk tonight" });
    expect(granted.statusCode, granted.body).toBe(201);
    expect((await manager.request("GET", `/api/cases/${first.kase.id}`)).statusCode).toBe(200);
    await accessed(organisation, outsider.id, second.client.id, new Date().toISOString());
    await sealOrganisationChain(deps.db, organisation.id);

    const list = (await dpo.request("GET", `/api/audit/events?actorUserId=${outsider.id}&breakGlassOnly=true`)).json();
    expect(actionsOf(list)).toEqual(["case.read_break_glass", "case.break_glass"]);
    expect(list.items.every((item: { isBreakGlass: boolean; clientReference: string }) => item.isBreakGlass && item.clientReference === first.client.reference)).toBe(true);
    const reasonUrl = `/api/audit/events/${list.items[0].id}/break-glass-reason`;
    const reason = await dpo.request("GET", reasonUrl);
    expect(reason.statusCode, reason.body).toBe(200);
    expect(reason.json().reason).toBe("Police called about an immediate risk tonight");
    const [audited] = await deps.db.select().from(auditEvents).where(and(eq(auditEvents.actorUserId, dpoUser.id), eq(auditEvents.action, "audit.break_glass_reason_read")));
    expect(audited).toMatchObject({ clientId: first.client.id, details: { eventId: list.items[0].id } });
    expect(JSON.stringify(audited!.details)).not.toMatch(/Police/);
    expect((await admin.request("GET", reasonUrl)).statusCode).toBe(403);
    const ordinary = (await dpo.request("GET", `/api/audit/events?actorUserId=${outsider.id}&action=client.read`)).json().items[0];
    expect((await dpo.request("GET", `/api/audit/events/${ordinary.id}/break-glass-reason`)).statusCode).toBe(404);
  });

  it("exports the filtered events as CSV in plain words with client references, and audits the export", async () => {
    const { organisation, dpo, dpoUser, worker, first } = await setUp();
    await accessed(organisation, worker.id, first.client.id, "2026-01-12T09:15:00Z", "case.read", organisation.siteIds[0]);
    await sealOrganisationChain(deps.db, organisation.id);
    const response = await dpo.request("GET", `/api/audit/events.csv?actorUserId=${worker.id}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers["content-type"]).toMatch(/text\/csv/);
    const [header, row, ...rest] = readCsvRecords(response.body)!;
    expect(header).toEqual(["Day", "Time (London)", "Staff member", "What happened", "Client reference", "Site", "Emergency access", "Action", "Record", "Chain number"]);
    expect(row!.slice(0, 8)).toEqual(["2026-01-12", "09:15:00", "Amina Patel", `Amina Patel opened the case of client ${first.client.reference}`, first.client.reference, "Birmingham", "no", "case.read"]);
    expect(rest).toEqual([]);
    expect(response.body).not.toContain(first.person.givenName);
    const exported = await deps.db.select().from(auditEvents).where(and(eq(auditEvents.actorUserId, dpoUser.id), eq(auditEvents.action, "audit.events_exported")));
    expect(exported.map((event) => event.details)).toEqual([{ filter: { actorUserId: worker.id }, rows: 1 }]);
  });

  it("finds a client by reference or by name sent in the body, answering references only, and audits which fields were used", async () => {
    const { dpo, dpoUser, first } = await setUp();
    const byReference = await dpo.request("POST", "/api/audit/client-search", { reference: first.client.reference.toLowerCase() });
    expect(byReference.json()).toEqual({ items: [{ clientId: first.client.id, reference: first.client.reference }] });
    const byName = await dpo.request("POST", "/api/audit/client-search", { givenName: first.person.givenName, familyName: first.person.familyName, dateOfBirth: first.person.dateOfBirth });
    expect(byName.json().items).toContainEqual({ clientId: first.client.id, reference: first.client.reference });
    expect(byName.body).not.toContain(first.person.givenName);
    const searches = await deps.db.select().from(auditEvents).where(and(eq(auditEvents.actorUserId, dpoUser.id), eq(auditEvents.action, "audit.client_searched")));
    expect(searches.map((event) => event.details.fields)).toEqual([["reference"], ["dateOfBirth", "familyName", "givenName"]]);
    expect(JSON.stringify(searches.map((event) => event.details))).not.toContain(first.person.givenName);
  });

  it("refuses a bad filter naming each field, and changes nothing", async () => {
    const { organisation, dpo } = await setUp();
    const elsewhere = await createOrganisation(deps.db);
    const before = await organisationSnapshot(deps.db, organisation.id);
    const shape = await dpo.request("GET", "/api/audit/events?from=2026-13-01&action=DROP%20TABLE&breakGlassOnly=yes&clientId=x");
    expectCleanRefusal(shape);
    expect(shape.json().error.fields.map((field: { path: string }) => field.path).sort()).toEqual(["query.action", "query.breakGlassOnly", "query.clientId", "query.from"]);
    const backwards = await dpo.request("GET", "/api/audit/events?from=2026-02-01&to=2026-01-01");
    expect(backwards.json().error.fields).toEqual([{ path: "query.to", message: "The first day must not be after the last." }]);
    const foreign = await dpo.request("GET", `/api/audit/events?siteId=${elsewhere.siteIds[0]}`);
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.fields).toEqual([{ path: "query.siteId", message: "No such site." }]);
    const search = await dpo.request("POST", "/api/audit/client-search", { reference: "" });
    expectCleanRefusal(search);
    expect((await dpo.request("GET", `/api/audit/events.csv?siteId=${elsewhere.siteIds[0]}`)).statusCode).toBe(400);
    expect(await organisationSnapshot(deps.db, organisation.id)).toEqual(before);
  });
});
