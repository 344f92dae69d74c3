import { describe, expect, it } from "vitest";
import { testDatabase } from "../../test/db.js";
import { createOrganisation } from "../../test/factories.js";
import { sumOverOrganisations } from "./each-organisation.js";

const { db } = await testDatabase();

describe("jobs.each organisation", () => {
  it("runs for every organisation, or only those chosen, adding up what each answers", async () => {
    const first = await createOrganisation(db);
    const second = await createOrganisation(db);
    const seen: string[] = [];
    const work = async (organisationId: string) => {
      seen.push(organisationId);
      return organisationId === first.id ? 2 : 1;
    };
    expect(await sumOverOrganisations(db, { organisationIds: [first.id] }, work)).toBe(2);
    expect(seen).toEqual([first.id]);
    seen.length = 0;
    const total = await sumOverOrganisations(db, {}, work);
    expect(seen).toEqual(expect.arrayContaining([first.id, second.id]));
    expect(total).toBe(seen.length + 1);
    seen.length = 0;
    expect(await sumOverOrganisations(db, { organisationIds: [] }, work)).toBe(0);
    expect(seen).toEqual([]);
  });
});
