/** Built-in instrument versions are stored once and never change. */
import { randomUUID } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { phq9 } from "../../core/instruments/built-in/phq9-dast10.js";
import { builtInInstruments } from "../../core/instruments/built-in/index.js";
import { testDatabase } from "../../test/db.js";
import { instrumentVersions } from "../db/schema.js";
import { InstrumentVersionChangedError, syncBuiltInInstruments } from "./sync-built-ins.js";

describe("instruments.sync-built-ins", () => {
  it("stores every built-in version once, however often it runs", async () => {
    const { db } = await testDatabase();
    await syncBuiltInInstruments(db);
    expect(await syncBuiltInInstruments(db)).toBe(0);
    const stored = await db.select({ key: instrumentVersions.key, version: instrumentVersions.version }).from(instrumentVersions).where(isNull(instrumentVersions.organisationId));
    for (const definition of builtInInstruments) {
      expect(stored.filter((row) => row.key === definition.key && row.version === definition.version)).toHaveLength(1);
    }
  });

  it("refuses a version whose definition changed in place, and accepts it as a new version", async () => {
    const { db } = await testDatabase();
    const key = `test_${randomUUID().slice(0, 8)}`;
    const original = { ...phq9, key };
    expect(await syncBuiltInInstruments(db, [original])).toBe(1);
    const revised = { ...original, title: "PHQ-9, revised wording" };
    await expect(syncBuiltInInstruments(db, [revised])).rejects.toThrow(InstrumentVersionChangedError);
    await expect(syncBuiltInInstruments(db, [revised])).rejects.toThrow(`"${key}" version 1 is not the same`);
    expect(await syncBuiltInInstruments(db, [original, { ...revised, version: 2 }])).toBe(1);
    const versions = await db.select({ version: instrumentVersions.version }).from(instrumentVersions).where(eq(instrumentVersions.key, key));
    expect(versions.map((row) => row.version).sort()).toEqual([1, 2]);
  });

  it("never lets a stored version be changed or deleted, even by a direct query", async () => {
    const { db } = await testDatabase();
    const key = `test_${randomUUID().slice(0, 8)}`;
    await syncBuiltInInstruments(db, [{ ...phq9, key }]);
    const where = and(isNull(instrumentVersions.organisationId), eq(instrumentVersions.key, key));
    await expect(db.update(instrumentVersions).set({ definitionHash: "tampered" }).where(where)).rejects.toThrow();
    await expect(db.delete(instrumentVersions).where(where)).rejects.toThrow();
    expect(await db.$count(instrumentVersions, where)).toBe(1);
  });
});
