/** Built-in programme versions are stored once and never change. */
import { randomUUID } from "node:crypto";
import { eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { builtInProgrammes, preventionMentoring } from "../../core/programmes/built-in.js";
import { testDatabase } from "../../test/db.js";
import { programmeVersions } from "../db/schema.js";
import { ProgrammeVersionChangedError, syncBuiltInProgrammes } from "./sync-built-ins.js";

describe("programmes.sync-built-ins", () => {
  it("stores every built-in version once, however often it runs", async () => {
    const { db } = await testDatabase();
    await syncBuiltInProgrammes(db);
    expect(await syncBuiltInProgrammes(db)).toBe(0);
    const stored = await db.select({ key: programmeVersions.key, version: programmeVersions.version }).from(programmeVersions).where(isNull(programmeVersions.organisationId));
    for (const definition of builtInProgrammes) {
      expect(stored.filter((row) => row.key === definition.key && row.version === definition.version)).toHaveLength(1);
    }
  });

  it("refuses a version whose definition changed in place, and accepts it as a new version", async () => {
    const { db } = await testDatabase();
    const key = `test_${randomUUID().slice(0, 8)}`;
    const original = { ...preventionMentoring, key };
    expect(await syncBuiltInProgrammes(db, [original])).toBe(1);
    const revised = { ...original, title: "Prevention mentoring, revised" };
    await expect(syncBuiltInProgrammes(db, [revised])).rejects.toThrow(ProgrammeVersionChangedError);
    await expect(syncBuiltInProgrammes(db, [revised])).rejects.toThrow(`"${key}" version 1 is not the same`);
    expect(await syncBuiltInProgrammes(db, [original, { ...revised, version: 2 }])).toBe(1);
    const versions = await db.select({ version: programmeVersions.version }).from(programmeVersions).where(eq(programmeVersions.key, key));
    expect(versions.map((row) => row.version).sort()).toEqual([1, 2]);
  });
});
