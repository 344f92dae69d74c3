import { describe, expect, it } from "vitest";
import { testDatabase } from "../../test/db.js";
import { sql } from "drizzle-orm";
import { queryRows } from "../db/client.js";
import { BackupError } from "./backup-error.js";
import { orderParentsFirst, tablesInLoadOrder } from "./catalogue.js";

describe("backup catalogue", () => {
  it("orders tables parents first, alphabetically among equals", () => {
    const references = [
      { child: "cases", parent: "clients" },
      { child: "cases", parent: "sites" },
      { child: "sessions", parent: "cases" },
      { child: "clients", parent: "organisations" },
      { child: "sites", parent: "organisations" },
    ];
    expect(orderParentsFirst(["sessions", "sites", "cases", "organisations", "clients", "jobs"], references)).toEqual([
      "jobs",
      "organisations",
      "clients",
      "sites",
      "cases",
      "sessions",
    ]);
  });

  it("refuses foreign keys that form a cycle or refer to their own table, naming the tables", () => {
    expect(() => orderParentsFirst(["a", "b", "c"], [{ child: "a", parent: "b" }, { child: "b", parent: "a" }, { child: "c", parent: "a" }])).toThrow(/a, b, c form a cycle/);
    expect(() => orderParentsFirst(["a"], [{ child: "a", parent: "a" }])).toThrow(BackupError);
  });

  it("covers every table of the application's schema, each after every table it refers to", async () => {
    const { db } = await testDatabase();
    const ordered = await tablesInLoadOrder(db);
    const all = await queryRows<{ name: string }>(db, sql`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`);
    expect([...ordered].sort()).toEqual(all.map((t) => t.name).sort());
    expect(ordered).toContain("audit_events");
    const references = await queryRows<{ child: string; parent: string }>(
      db,
      sql`select k.conrelid::regclass::text as child, k.confrelid::regclass::text as parent from pg_constraint k join pg_namespace n on n.oid = k.connamespace where k.contype = 'f' and n.nspname = current_schema()`,
    );
    for (const { child, parent } of references) expect(ordered.indexOf(parent), `${parent} before ${child}`).toBeLessThan(ordered.indexOf(child));
  });
});
