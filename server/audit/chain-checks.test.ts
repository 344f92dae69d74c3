import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../test/app.js";
import { createOrganisation, createUser, type TestOrganisation } from "../../test/factories.js";
import { signInAs } from "../../test/http.js";
import { inTransaction } from "../db/client.js";
import { auditChainChecks, auditEvents, emailOutbox, notifications } from "../db/schema.js";
import { queueEmails } from "../email/queue-emails.js";
import { verifyChainsNightly } from "./chain-checks.js";
import { recordAudit } from "./record-audit.js";
import { sealOrganisationChain } from "./seal-chain.js";

const { app, deps } = await testApp();

async function setUp() {
  const organisation = await createOrganisation(deps.db);
  const [dpoUser, adminUser] = await Promise.all([
    createUser(deps.db, deps.vault, organisation, { role: "data_protection_officer" }),
    createUser(deps.db, deps.vault, organisation, { role: "administrator" }),
  ]);
  for (let i = 0; i < 4; i += 1) {
    await inTransaction(deps.db, (tx) => recordAudit(tx, { organisationId: organisation.id, actorUserId: adminUser.id, action: "test.event", entityType: "test", entityId: String(i) }));
  }
  await sealOrganisationChain(deps.db, organisation.id);
  return { organisation, dpoUser, adminUser, dpo: await signInAs(app, dpoUser, deps.now()), admin: await signInAs(app, adminUser, deps.now()) };
}

/** Rewrites a sealed event as someone with the database's superuser could, bypassing the append-only trigger. */
async function tamper(organisation: TestOrganisation, seq: number) {
  await inTransaction(deps.db, async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await tx.execute(sql`update audit_events set action = 'test.rewritten' where organisation_id = ${organisation.id} and seq = ${seq}`);
  });
}

describe("audit.chain-checks", () => {
  it("verifies on demand, keeps the result in the history with who asked, and audits the check", async () => {
    const { organisation, admin, adminUser, dpo } = await setUp();
    const checked = await admin.request("POST", "/api/audit/verification");
    expect(checked.statusCode, checked.body).toBe(200);
    expect(checked.json()).toMatchObject({ isIntact: true, firstBrokenSeq: null });
    const history = (await dpo.request("GET", "/api/audit/verifications")).json();
    expect(history.items).toEqual([expect.objectContaining({ trigger: "on_demand", requestedByName: "Test User", isIntact: true, checkedEvents: checked.json().checkedEvents })]);
    const [audited] = await deps.db.select().from(auditEvents).where(and(eq(auditEvents.organisationId, organisation.id), eq(auditEvents.action, "audit.chain_verified")));
    expect(audited).toMatchObject({ actorUserId: adminUser.id, details: { isIntact: true, firstBrokenSeq: null } });
  });

  it("checks every night and, when the chain is broken, alerts the data protection officer in the app and by email naming the event", async () => {
    const { organisation, dpoUser, adminUser, dpo } = await setUp();
    expect(await inTransaction(deps.db, (tx) => verifyChainsNightly(tx, deps.now(), { organisationIds: [organisation.id] }))).toBe(0);
    await tamper(organisation, 3);
    expect(await inTransaction(deps.db, (tx) => verifyChainsNightly(tx, deps.now(), { organisationIds: [organisation.id] }))).toBe(1);
    const checks = await deps.db.select().from(auditChainChecks).where(eq(auditChainChecks.organisationId, organisation.id)).orderBy(auditChainChecks.checkedAt, auditChainChecks.isIntact);
    // The intact check came first; both were made at the same test moment, so they are compared as a set.
    expect(checks.map((check) => [check.trigger, check.isIntact, check.firstBrokenSeq]).sort()).toEqual([
      ["nightly", false, 3],
      ["nightly", true, null],
    ]);
    const told = await deps.db.select().from(notifications).where(and(eq(notifications.organisationId, organisation.id), eq(notifications.kind, "audit_chain_broken")));
    expect(told.map((row) => [row.userId, row.details])).toEqual([[dpoUser.id, { reference: "3" }]]);
    expect(told.some((row) => row.userId === adminUser.id)).toBe(false);
    const alerts = (await dpo.request("GET", "/api/notifications")).json();
    expect(alerts.items[0]).toMatchObject({ kind: "audit_chain_broken", entity: { type: "audit_check", reference: "3" } });
    await inTransaction(deps.db, (tx) => queueEmails(tx, { now: new Date(), publicUrl: "https://pathways.example.org" }));
    const [email] = await deps.db.select().from(emailOutbox).where(eq(emailOutbox.notificationId, told[0]!.id));
    expect(email).toMatchObject({ userId: dpoUser.id, subject: "The audit log's chain is broken" });
    expect(email!.body).toContain("event 3");
    expect(email!.body).toContain("https://pathways.example.org/audit?tab=verification");
  });
});
