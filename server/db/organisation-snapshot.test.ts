import { describe, expect, it } from "vitest";
import { testDatabase } from "../../test/db.js";
import { createOrganisation } from "../../test/factories.js";
import { organisationSnapshot, tablesOutsideSnapshot } from "../../test/snapshot.js";
import { sites } from "./schema.js";

const { db } = await testDatabase();

describe("organisation snapshot", () => {
  it("covers every table in the database, or names why it leaves one out", async () => {
    expect(await tablesOutsideSnapshot(db)).toEqual([]);
  });

  it("changes when anything of the organisation changes, and not for another organisation's change", async () => {
    const mine = await createOrganisation(db);
    const theirs = await createOrganisation(db);
    const before = await organisationSnapshot(db, mine.id);
    expect(before.funding_grants).toBeDefined();
    await db.insert(sites).values({ organisationId: theirs.id, name: "Elsewhere" });
    expect(await organisationSnapshot(db, mine.id)).toEqual(before);
    await db.insert(sites).values({ organisationId: mine.id, name: "Leicester" });
    const after = await organisationSnapshot(db, mine.id);
    expect(Object.keys(after).filter((table) => after[table] !== before[table])).toEqual(["sites"]);
  });
});
