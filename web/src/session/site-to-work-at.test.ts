import { describe, expect, it } from "vitest";
import { siteToWorkAt } from "./site-to-work-at.js";

const birmingham = { id: "00000000-0000-4000-8000-00000000000b", name: "Birmingham" };
const luton = { id: "00000000-0000-4000-8000-00000000000c", name: "Luton" };

describe("session.siteToWorkAt", () => {
  it("keeps the site chosen on this device while it is still one of the user's", () => {
    const session = { sites: [birmingham, luton], grants: [{ role: "caseworker" as const, siteId: birmingham.id }, { role: "caseworker" as const, siteId: luton.id }] };
    expect(siteToWorkAt(session, luton.id)).toEqual(luton);
    expect(siteToWorkAt(session, "00000000-0000-4000-8000-0000000000ff")).toEqual(birmingham);
    expect(siteToWorkAt(session, null)).toEqual(birmingham);
  });

  it("puts someone with only organisation-wide roles at no site, though every site is listed for them", () => {
    const administrator = { sites: [birmingham, luton], grants: [{ role: "administrator" as const, siteId: null }] };
    expect(siteToWorkAt(administrator, birmingham.id)).toBeNull();
    expect(siteToWorkAt(administrator, null)).toBeNull();
  });

  it("puts someone with a site role as well at a site", () => {
    const both = { sites: [birmingham, luton], grants: [{ role: "administrator" as const, siteId: null }, { role: "team_manager" as const, siteId: luton.id }] };
    expect(siteToWorkAt(both, null)).toEqual(birmingham);
    expect(siteToWorkAt(both, luton.id)).toEqual(luton);
  });

  it("has no site for someone with no sites at all", () => {
    expect(siteToWorkAt({ sites: [], grants: [{ role: "caseworker", siteId: birmingham.id }] }, null)).toBeNull();
  });
});
