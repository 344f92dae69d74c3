import { randomUUID } from "node:crypto";
import { asc, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testDatabase } from "../../test/db.js";
import { inTransaction } from "../db/client.js";
import { auditEvents } from "../db/schema.js";
import { recordAudit } from "./record-audit.js";
import { sealOrganisationChain } from "./seal-chain.js";
import { sealingGraceMinutes, verifyChain } from "./verify-chain.js";

async function chainOf(length: number) {
  const { db } = await testDatabase();
  const organisationId = randomUUID();
  for (let i = 0; i < length; i += 1) {
    await inTransaction(db, (tx) =>
      recordAudit(tx, {
        organisationId,
        actorUserId: randomUUID(),
        action: "test.event",
        entityType: "test",
        entityId: String(i),
        details: { index: i, nested: { b: 2, a: 1 } },
      }),
    );
  }
  await sealOrganisationChain(db, organisationId);
  return { db, organisationId };
}

/** Changes a stored event as a superuser would, bypassing the append-only trigger for this transaction only. */
async function tamper(organisationId: string, seq: number, change: "action" | "delete") {
  const { db } = await testDatabase();
  await inTransaction(db, async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    if (change === "delete") {
      await tx.execute(sql`delete from audit_events where organisation_id = ${organisationId} and seq = ${seq}`);
    } else {
      await tx.execute(sql`update audit_events set action = 'test.rewritten' where organisation_id = ${organisationId} and seq = ${seq}`);
    }
  });
}

describe("audit chain", () => {
  it("verifies an untouched chain as intact", async () => {
    const { db, organisationId } = await chainOf(5);
    expect(await verifyChain(db, organisationId)).toEqual({
      isIntact: true,
      checkedEvents: 5,
      firstBrokenSeq: null,
      problem: null,
      unsealedEvents: 0,
    });
  });

  it("reports the first event whose content was rewritten", async () => {
    const { db, organisationId } = await chainOf(5);
    await tamper(organisationId, 3, "action");
    const report = await verifyChain(db, organisationId);
    expect(report).toMatchObject({ isIntact: false, firstBrokenSeq: 3, checkedEvents: 2 });
    expect(report.problem).toMatch(/content/);
  });

  it("reports a removed event as a missing link", async () => {
    const { db, organisationId } = await chainOf(4);
    await tamper(organisationId, 2, "delete");
    expect(await verifyChain(db, organisationId)).toMatchObject({ isIntact: false, firstBrokenSeq: 2 });
  });

  it("keeps one unbroken chain when many transactions write and several sealers seal at once", async () => {
    const { db } = await testDatabase();
    const organisationId = randomUUID();
    const write = (i: number) =>
      inTransaction(db, (tx) => recordAudit(tx, { organisationId, actorUserId: null, action: "test.concurrent", entityType: "test", entityId: String(i) }));
    await Promise.all([
      ...Array.from({ length: 20 }, (_, i) => write(i)),
      sealOrganisationChain(db, organisationId),
      sealOrganisationChain(db, organisationId),
    ]);
    await Promise.all([sealOrganisationChain(db, organisationId), sealOrganisationChain(db, organisationId)]);
    await sealOrganisationChain(db, organisationId);
    expect(await verifyChain(db, organisationId)).toMatchObject({ isIntact: true, checkedEvents: 20, unsealedEvents: 0 });
  });

  it("writes events unsealed and seals them in the order they were written, numbering from 1", async () => {
    const { db } = await testDatabase();
    const organisationId = randomUUID();
    for (const entityId of ["a", "b", "c"]) {
      await inTransaction(db, (tx) => recordAudit(tx, { organisationId, actorUserId: null, action: "test.ordered", entityType: "test", entityId }));
    }
    const chainOrder = () =>
      db.select({ seq: auditEvents.seq, entityId: auditEvents.entityId }).from(auditEvents).where(eq(auditEvents.organisationId, organisationId)).orderBy(asc(auditEvents.id));
    expect(await chainOrder()).toEqual([null, null, null].map((seq, i) => ({ seq, entityId: ["a", "b", "c"][i] })));
    expect(await verifyChain(db, organisationId)).toMatchObject({ isIntact: true, checkedEvents: 0, unsealedEvents: 3 });
    expect(await sealOrganisationChain(db, organisationId)).toBe(3);
    expect(await chainOrder()).toEqual([{ seq: 1, entityId: "a" }, { seq: 2, entityId: "b" }, { seq: 3, entityId: "c" }]);
    expect(await sealOrganisationChain(db, organisationId)).toBe(0);
  });

  it("refuses every change to an event but its one sealing, and refuses deletion", async () => {
    const { db } = await testDatabase();
    const organisationId = randomUUID();
    await inTransaction(db, (tx) => recordAudit(tx, { organisationId, actorUserId: null, action: "test.kept", entityType: "test" }));
    const change = (statement: ReturnType<typeof sql>) => inTransaction(db, (tx) => tx.execute(statement));
    const where = sql`where organisation_id = ${organisationId}`;
    const refused = expect.objectContaining({ cause: expect.objectContaining({ message: "audit_events is append-only" }) });
    // Unsealed: the content cannot change, nor be sealed with altered content.
    await expect(change(sql`update audit_events set action = 'test.rewritten' ${where}`)).rejects.toThrow(refused);
    await expect(change(sql`update audit_events set seq = 1, prev_hash = 'x', hash = 'y', action = 'test.rewritten' ${where}`)).rejects.toThrow(refused);
    await expect(change(sql`delete from audit_events ${where}`)).rejects.toThrow(refused);
    await sealOrganisationChain(db, organisationId);
    // Sealed: the chain fields cannot be set again.
    await expect(change(sql`update audit_events set hash = 'y' ${where}`)).rejects.toThrow(refused);
    await expect(change(sql`update audit_events set seq = null, prev_hash = null, hash = null ${where}`)).rejects.toThrow(refused);
    await expect(change(sql`truncate audit_events`)).rejects.toThrow(refused);
    expect(await verifyChain(db, organisationId)).toMatchObject({ isIntact: true, checkedEvents: 1 });
  });

  it("reports the chain as not intact when an event has waited too long to be sealed", async () => {
    const { db } = await testDatabase();
    const organisationId = randomUUID();
    await inTransaction(db, (tx) => recordAudit(tx, { organisationId, actorUserId: null, action: "test.waiting", entityType: "test" }));
    const later = new Date(Date.now() + (sealingGraceMinutes + 1) * 60_000);
    expect(await verifyChain(db, organisationId, later)).toMatchObject({ isIntact: false, unsealedEvents: 1, problem: expect.stringMatching(/sealed/) });
    await sealOrganisationChain(db, organisationId);
    expect(await verifyChain(db, organisationId, later)).toMatchObject({ isIntact: true, unsealedEvents: 0 });
  });

  it("writes nothing when the surrounding transaction rolls back", async () => {
    const { db } = await testDatabase();
    const organisationId = randomUUID();
    await expect(
      inTransaction(db, async (tx) => {
        await recordAudit(tx, { organisationId, actorUserId: null, action: "test.rolled_back", entityType: "test" });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await verifyChain(db, organisationId)).toMatchObject({ isIntact: true, checkedEvents: 0 });
  });
});
