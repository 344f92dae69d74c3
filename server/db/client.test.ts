import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testDatabase } from "../../test/db.js";
import { queryRows } from "./client.js";

describe("database", () => {
  it("is migrated and answers queries", async () => {
    const { db } = await testDatabase();
    const rows = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from organisations`);
    expect(typeof rows[0]?.n).toBe("number");
  });

  it("refuses to change or delete audit events", async () => {
    const { db } = await testDatabase();
    const organisationId = randomUUID();
    await db.execute(sql`insert into audit_events (organisation_id, seq, at, action, entity_type, details, prev_hash, hash)
      values (${organisationId}, 1, now(), 'test', 'test', '{}', 'a', 'b')`);
    const refusal = (error: unknown) => String((error as Error).cause).includes("append-only");
    await expect(db.execute(sql`update audit_events set action = 'x' where organisation_id = ${organisationId}`)).rejects.toSatisfy(refusal);
    await expect(db.execute(sql`delete from audit_events where organisation_id = ${organisationId}`)).rejects.toSatisfy(refusal);
  });
});
