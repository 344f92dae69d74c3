import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../test/app.js";
import { createTestCase } from "../../test/case-factories.js";
import { createOrganisation, createUser, type TestOrganisation } from "../../test/factories.js";
import { expectCleanRefusal, signInAs } from "../../test/http.js";
import { organisationSnapshot } from "../../test/snapshot.js";
import { inTransaction } from "../db/client.js";
import { auditAlerts, auditEvents, notifications, users } from "../db/schema.js";
import { detectUnusualAccessEverywhere } from "./detect-unusual-access.js";
import { recordAudit } from "./record-audit.js";
import { sealOrganisationChain } from "./seal-chain.js";

const { app, deps } = await testApp();

async function setUp() {
  const organisation = await createOrganisation(deps.db);
  const [dpoUser, adminUser, worker] = await Promise.all([
    createUser(deps.db, deps.vault, organisation, { role: "data_protection_officer" }),
    createUser(deps.db, deps.vault, organisation, { role: "administrator" }),
    createUser(deps.db, deps.vault, organisation, { role: "caseworker" }),
  ]);
  await deps.db.update(users).set({ displayName: "Amina Patel" }).where(eq(users.id, worker.id));
  const setup = { organisation, dpoUser, adminUser, worker, dpo: await signInAs(app, dpoUser, deps.now()), admin: await signInAs(app, adminUser, deps.now()) };
  // Detection switched on: it judges what happens from now.
  await detect(organisation);
  return setup;
}

/** `count` client records (fresh clients unless given) opened a minute apart from `start`, then sealed. */
async function opens(organisation: TestOrganisation, userId: string, start: string, count: number, options: { clientIds?: string[]; action?: string } = {}) {
  await inTransaction(deps.db, async (tx) => {
    for (let i = 0; i < count; i += 1) {
      const clientId = options.clientIds?.[i] ?? randomUUID();
      const at = new Date(new Date(start).getTime() + i * 60_000);
      await recordAudit(tx, { organisationId: organisation.id, actorUserId: userId, action: options.action ?? "client.read", entityType: "client", entityId: clientId, clientId, at });
    }
  });
  await sealOrganisationChain(deps.db, organisation.id);
}

const detect = (organisation: TestOrganisation) => inTransaction(deps.db, (tx) => detectUnusualAccessEverywhere(tx, deps.now(), { organisationIds: [organisation.id] }));
const alertsOf = (organisation: TestOrganisation) => deps.db.select().from(auditAlerts).where(eq(auditAlerts.organisationId, organisation.id)).orderBy(auditAlerts.rule, auditAlerts.createdAt);
const toldOf = (organisation: TestOrganisation) =>
  deps.db.select().from(notifications).where(and(eq(notifications.organisationId, organisation.id), eq(notifications.kind, "unusual_access"))).orderBy(notifications.createdAt);

describe("audit.unusual-access detection", () => {
  it("judges nothing written before detection was first switched on for the organisation", async () => {
    const organisation = await createOrganisation(deps.db);
    const worker = await createUser(deps.db, deps.vault, organisation, { role: "caseworker" });
    await opens(organisation, worker.id, "2026-01-12T22:00:00Z", 12);
    expect(await detect(organisation)).toBe(0);
    await opens(organisation, worker.id, "2026-01-13T22:00:00Z", 1);
    expect(await detect(organisation)).toBe(1);
    expect((await alertsOf(organisation)).map((alert) => alert.findingKey)).toEqual([`out_of_hours:${worker.id}:2026-01-13`]);
  });

  it("alerts the data protection officer once when someone opens more clients off their caseload than allowed, and grows the same alert", async () => {
    const { organisation, worker, dpoUser } = await setUp();
    // Monday 12 January 2026, 10:00 in London: working hours.
    await opens(organisation, worker.id, "2026-01-12T10:00:00Z", 10);
    expect(await detect(organisation)).toBe(0);
    await opens(organisation, worker.id, "2026-01-12T10:10:00Z", 1);
    expect(await detect(organisation)).toBe(1);
    const [alert] = await alertsOf(organisation);
    expect(alert).toMatchObject({ rule: "off_caseload", userId: worker.id, count: 11, threshold: 10, status: "open", findingKey: `off_caseload:${worker.id}:2026-01-12` });
    const told = await toldOf(organisation);
    expect(told.map((row) => [row.userId, row.entityId, row.details])).toEqual([[dpoUser.id, alert!.id, { userId: worker.id, rule: "off_caseload", count: 11, date: "2026-01-12" }]]);
    // Running again reads nothing new; more accesses that day grow the alert without telling anyone again.
    expect(await detect(organisation)).toBe(0);
    await opens(organisation, worker.id, "2026-01-12T10:11:00Z", 3);
    expect(await detect(organisation)).toBe(0);
    expect((await alertsOf(organisation)).map((row) => [row.id, row.count])).toEqual([[alert!.id, 14]]);
    expect(await toldOf(organisation)).toHaveLength(1);
  });

  it("does not count clients on the person's caseload", async () => {
    const { organisation, worker } = await setUp();
    const mine = await createTestCase(deps, organisation, worker.id, { keyWorkerId: worker.id });
    const assignedAt = deps.now();
    await opens(organisation, worker.id, new Date(assignedAt.getTime() + 60_000).toISOString(), 11, { clientIds: [mine.client.id, ...Array.from({ length: 10 }, () => randomUUID())] });
    await detect(organisation);
    // Ten clients off the caseload and one on it: not over the threshold of ten.
    expect((await alertsOf(organisation)).filter((alert) => alert.rule === "off_caseload")).toEqual([]);
  });

  it("alerts on client records opened outside working hours, per person and London day", async () => {
    const { organisation, worker } = await setUp();
    // Friday 23 October 2026 18:30 UTC is 19:30 in London (BST): after hours. 07:30 UTC on Monday 26 October is 07:30 (GMT): before.
    await opens(organisation, worker.id, "2026-10-23T18:30:00Z", 2);
    await opens(organisation, worker.id, "2026-10-26T07:30:00Z", 1);
    await opens(organisation, worker.id, "2026-10-26T10:00:00Z", 1);
    expect(await detect(organisation)).toBe(2);
    expect((await alertsOf(organisation)).map((alert) => [alert.rule, alert.findingKey, alert.count])).toEqual([
      ["out_of_hours", `out_of_hours:${worker.id}:2026-10-23`, 2],
      ["out_of_hours", `out_of_hours:${worker.id}:2026-10-26`, 1],
    ]);
  });

  it("alerts on repeated emergency access within the period", async () => {
    const { organisation, worker } = await setUp();
    await opens(organisation, worker.id, "2026-01-12T10:00:00Z", 2, { action: "case.break_glass" });
    expect(await detect(organisation)).toBe(0);
    await opens(organisation, worker.id, "2026-01-14T10:00:00Z", 1, { action: "case.break_glass" });
    expect(await detect(organisation)).toBe(1);
    expect((await alertsOf(organisation)).map((alert) => [alert.rule, alert.count, alert.threshold])).toEqual([["repeated_break_glass", 3, 3]]);
  });

  it("judges every event once however many runs start together", async () => {
    const { organisation, worker } = await setUp();
    await opens(organisation, worker.id, "2026-01-13T10:00:00Z", 12);
    const results = await Promise.all([detect(organisation), detect(organisation), detect(organisation)]);
    expect(results.reduce((sum, n) => sum + n, 0)).toBe(1);
    expect(await alertsOf(organisation)).toHaveLength(1);
    expect(await toldOf(organisation)).toHaveLength(1);
  });

  it("applies the organisation's own thresholds, and never shows someone an alert about themselves", async () => {
    const { organisation, dpo, admin, dpoUser, adminUser } = await setUp();
    const current = (await dpo.request("GET", "/api/audit/alert-settings")).json();
    expect(current).toMatchObject({ offCaseloadClients: 10, offCaseloadMinutes: 60, workdayStart: "08:00", workdayEnd: "19:00", workingDays: [1, 2, 3, 4, 5], version: 1 });
    const changed = await admin.request("PUT", "/api/audit/alert-settings", { ...current, offCaseloadClients: 2, isOutOfHoursOn: false, version: 1, updatedAt: undefined, updatedByName: undefined });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ offCaseloadClients: 2, version: 2, updatedByName: "Test User" });
    const [setting] = await deps.db.select().from(auditEvents).where(and(eq(auditEvents.organisationId, organisation.id), eq(auditEvents.action, "audit.alert_settings_changed")));
    expect(setting!.details).toEqual({ changed: ["offCaseloadClients", "isOutOfHoursOn"] });

    // The data protection officer opens three clients off any caseload: administrators are told, and the officer cannot see it.
    await opens(organisation, dpoUser.id, "2026-01-12T10:00:00Z", 3);
    expect(await detect(organisation)).toBe(1);
    const [alert] = await alertsOf(organisation);
    expect((await toldOf(organisation)).map((row) => row.userId)).toEqual([adminUser.id]);
    expect((await dpo.request("GET", "/api/audit/alerts")).json().items).toEqual([]);
    expect((await dpo.request("GET", `/api/audit/alerts/${alert!.id}`)).statusCode).toBe(404);
    expect((await dpo.request("POST", `/api/audit/alerts/${alert!.id}/review`, { status: "closed", note: "Mine", version: 1 })).statusCode).toBe(404);
    expect((await admin.request("GET", `/api/audit/alerts/${alert!.id}`)).json()).toMatchObject({ rule: "off_caseload", count: 3, threshold: 2, userName: "Test User" });
  });
});

describe("audit.unusual-access review", () => {
  it("acknowledges and then closes an alert with a note kept encrypted, audited without its words", async () => {
    const { organisation, worker, dpo, dpoUser } = await setUp();
    await opens(organisation, worker.id, "2026-01-12T22:00:00Z", 1);
    await detect(organisation);
    const list = (await dpo.request("GET", "/api/audit/alerts?status=open")).json();
    expect(list.items.map((item: { rule: string; userName: string; count: number }) => [item.rule, item.userName, item.count])).toEqual([["out_of_hours", "Amina Patel", 1]]);
    const url = `/api/audit/alerts/${list.items[0].id}/review`;
    const acknowledged = await dpo.request("POST", url, { status: "acknowledged", note: "Asked her manager about the late shift", version: 1 });
    expect(acknowledged.statusCode, acknowledged.body).toBe(200);
    expect(acknowledged.json()).toMatchObject({ status: "acknowledged", note: "Asked her manager about the late shift", reviewedByName: "Test User", version: 2 });
    const [stored] = await deps.db.select({ note: sql<string>`encode(${auditAlerts.note}, 'escape')` }).from(auditAlerts).where(eq(auditAlerts.id, list.items[0].id));
    expect(stored!.note).not.toContain("late shift");
    const closed = await dpo.request("POST", url, { status: "closed", note: "Covering an emergency on call: expected", version: 2 });
    expect(closed.json()).toMatchObject({ status: "closed", version: 3 });
    expect((await dpo.request("GET", "/api/audit/alerts?status=open")).json().items).toEqual([]);
    const reviews = await deps.db.select().from(auditEvents).where(and(eq(auditEvents.actorUserId, dpoUser.id), eq(auditEvents.action, "audit.alert_reviewed")));
    expect(reviews.map((event) => event.details)).toEqual([
      { from: "open", to: "acknowledged", hasNote: true, userId: worker.id },
      { from: "acknowledged", to: "closed", hasNote: true, userId: worker.id },
    ]);
    expect(JSON.stringify(reviews)).not.toMatch(/shift|emergency/);
  });

  it("refuses a bad review or bad settings naming each field, a stale version or a closed alert, and changes nothing", async () => {
    const { organisation, worker, dpo } = await setUp();
    await opens(organisation, worker.id, "2026-01-12T22:00:00Z", 1);
    await detect(organisation);
    const [alert] = await alertsOf(organisation);
    const url = `/api/audit/alerts/${alert!.id}/review`;
    const before = await organisationSnapshot(deps.db, organisation.id);
    const noReason = await dpo.request("POST", url, { status: "closed", note: " ", version: 1 });
    expectCleanRefusal(noReason);
    expect(noReason.json().error.fields).toEqual([{ path: "body.note", message: "Say why the alert is closed." }]);
    const badStatus = await dpo.request("POST", url, { status: "open", note: "", version: 1 });
    expect(badStatus.json().error.fields.map((field: { path: string }) => field.path)).toEqual(["body.status"]);
    expect((await dpo.request("POST", url, { status: "acknowledged", note: "", version: 7 })).statusCode).toBe(409);
    const settings = await dpo.request("PUT", "/api/audit/alert-settings", {
      offCaseloadClients: 0,
      offCaseloadMinutes: 60,
      isOutOfHoursOn: true,
      workdayStart: "18:00",
      workdayEnd: "08:00",
      workingDays: [1, 1, 9],
      breakGlassUses: 3,
      breakGlassDays: 400,
      version: 1,
    });
    expectCleanRefusal(settings);
    expect(settings.json().error.fields.map((field: { path: string }) => field.path).sort()).toEqual(["body.breakGlassDays", "body.offCaseloadClients", "body.workdayEnd", "body.workingDays", "body.workingDays.2"]);
    const backwards = await dpo.request("PUT", "/api/audit/alert-settings", { offCaseloadClients: 5, offCaseloadMinutes: 60, isOutOfHoursOn: true, workdayStart: "18:00", workdayEnd: "08:00", workingDays: [1], breakGlassUses: 3, breakGlassDays: 7, version: 1 });
    expect(backwards.json().error.fields).toEqual([{ path: "body.workdayEnd", message: "The working day must end after it starts." }]);
    expect(await organisationSnapshot(deps.db, organisation.id)).toEqual(before);
    await dpo.request("POST", url, { status: "closed", note: "Expected", version: 1 });
    const closedBefore = await organisationSnapshot(deps.db, organisation.id);
    expect((await dpo.request("POST", url, { status: "acknowledged", note: "", version: 2 })).statusCode).toBe(409);
    expect(await organisationSnapshot(deps.db, organisation.id)).toEqual(closedBefore);
  });
});
