import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testDatabase } from "../../test/db.js";

describe("database", () => {
  it("is migrated and answers queries", async () => {
    const { db } = await testDatabase();
    const result = await db.execute(sql`select count(*)::int as n from organisations`);
    expect(result.rows[0]).toHaveProperty("n");
  });
});
