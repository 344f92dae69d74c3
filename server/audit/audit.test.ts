import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testDatabase } from "../../test/db.js";
import { inTransaction } from "../db/client.js";
import { recordAudit } from "./record-audit.js";
import { verifyChain } from "./verify-chain.js";

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

  it("keeps one unbroken chain when many transactions write at once", async () => {
    const { db } = await testDatabase();
    const organisationId = randomUUID();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        inTransaction(db, (tx) =>
          recordAudit(tx, { organisationId, actorUserId: null, action: "test.concurrent", entityType: "test", entityId: String(i) }),
        ),
      ),
    );
    expect(await verifyChain(db, organisationId)).toMatchObject({ isIntact: true, checkedEvents: 20 });
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
